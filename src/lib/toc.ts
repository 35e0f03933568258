/** A heading as Astro reports it for a rendered entry. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

/** One entry of the table of contents, with the subsections under it. */
export interface TocItem extends Heading {
	children: TocItem[];
}

/** Nests h2 and h3 headings into a two-level table of contents; an h3 before any h2 stands alone. */
export function buildToc(headings: readonly Heading[], { minDepth = 2, maxDepth = 3 } = {}): TocItem[] {
	const toc: TocItem[] = [];
	for (const heading of headings) {
		if (heading.depth < minDepth || heading.depth > maxDepth) continue;
		const item = { ...heading, children: [] };
		const parent = toc.at(-1);
		if (heading.depth > minDepth && parent && parent.depth < heading.depth) parent.children.push(item);
		else toc.push(item);
	}
	return toc;
}

/**
 * The lines (from 0) of a Markdown body's `# ` headings, outside fenced code: each would be a
 * second h1 beside the page's title, which is the page's only one.
 */
export function findTopHeadingLines(body: string): number[] {
	const found: number[] = [];
	let fence: string | undefined;
	body.split('\n').forEach((line, index) => {
		const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
		if (fence) {
			if (marker?.[0] === fence[0] && marker.length >= fence.length) fence = undefined;
		} else if (marker) {
			fence = marker;
		} else if (/^ {0,3}#(?:[ \t]|\r?$)/.test(line)) {
			found.push(index);
		}
	});
	return found;
}
