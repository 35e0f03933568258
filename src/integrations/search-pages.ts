/** What the search integration and its middleware share: both run in the build's one process. */
export const SEARCH_PAGES_KEY = Symbol.for('certguides.search-pages');

export interface SearchPages {
	/** How many pages the build will hand over: once they all have come, the index is written while the remaining pages render. */
	expect(count: number): void;
	/** A rendered page with content to index, by its path under the base, as the bytes written to its file. */
	add(path: string, html: Uint8Array): void;
}

/** The part of a Pagefind index the hand-off uses. */
export interface IndexWriter {
	addHTMLFile(file: { url: string; content: string }): Promise<{ errors: string[] }>;
	writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
}

/**
 * Feeds rendered pages to an index and writes it to `outputPath`. Writing takes seconds, and the
 * build renders a few hundred list pages after the last page to index, so the index is written as
 * soon as the expected number of pages has come, while those render. A page that comes after that
 * (an expected count too low) is not lost: `finish` writes the index again with it.
 */
export function createSearchHandOff(index: Promise<IndexWriter>, outputPath: string) {
	const added: Promise<string[]>[] = [];
	let expected: number | undefined;
	let written: Promise<void> | undefined;
	let writtenCount = 0;
	const write = () => {
		const pending = [...added];
		const previous = written;
		writtenCount = pending.length;
		written = (async () => {
			await previous;
			throwOnErrors((await Promise.all(pending)).flat());
			throwOnErrors((await (await index).writeFiles({ outputPath })).errors);
		})();
		// Awaited by `finish`; a failure meanwhile is reported there, not as an unhandled rejection.
		written.catch(() => undefined);
	};
	return {
		expect(count: number) {
			expected ??= count;
		},
		add(url: string, html: string) {
			added.push(index.then((started) => started.addHTMLFile({ url, content: html })).then(({ errors }) => errors, (error: unknown) => [String(error)]));
			if (added.length === expected) write();
		},
		/** Once every page has rendered: the index written with every page added. Returns how many those were. */
		async finish(): Promise<number> {
			if (!written || writtenCount < added.length) write();
			await written;
			return added.length;
		},
	};
}

const HEAD_OPEN = Buffer.from('<head>');
const HEAD_CLOSE = Buffer.from('</head>');
const SEARCH_TAG = Buffer.from('<meta name="search:');
const BODY_MARK = Buffer.from(' data-pagefind-body');

/**
 * What Pagefind needs of a rendered page: the `<html>` tag (its language), the head's search tags
 * (`SearchTags.astro`: filters, metadata, sort) and the body from the element marked
 * `data-pagefind-body` on. The rest of the head (styles, structured data, social tags) and the body
 * before that element (header, breadcrumbs) are more than half of an article page's bytes, which
 * the index's thread would otherwise encode and Pagefind decode and parse for nothing while pages
 * render. Every cut errs towards keeping: no author text can put a raw `<` in the head, and a
 * `data-pagefind-body` that some text mentions before the real element only keeps more. A page
 * without these landmarks goes whole.
 */
export function trimForIndex(page: Buffer): string {
	// Each search starts where the one before found its landmark; a negative offset would count from the end.
	const headOpen = page.indexOf(HEAD_OPEN);
	const headClose = headOpen < 0 ? -1 : page.indexOf(HEAD_CLOSE, headOpen);
	const mark = headClose < 0 ? -1 : page.indexOf(BODY_MARK, headClose);
	if (mark < 0) return page.toString('utf8');
	const tagsStart = page.indexOf(SEARCH_TAG, headOpen);
	const tags = tagsStart < 0 || tagsStart > headClose ? '' : page.toString('utf8', tagsStart, page.indexOf('>', page.lastIndexOf(SEARCH_TAG, headClose)) + 1);
	const bodyStart = page.lastIndexOf('<', mark);
	return `${page.toString('utf8', 0, headOpen + HEAD_OPEN.length)}${tags}</head>${page.toString('utf8', bodyStart)}`;
}

export function throwOnErrors(errors: string[]) {
	if (errors.length > 0) throw new Error(`search index: ${errors.join('; ')}`);
}
