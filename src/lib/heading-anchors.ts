import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import Slugger from 'github-slugger';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/**
 * Every body heading gets a "#" link to itself, placed after the heading inside a
 * `div.heading`: outside the heading, so the heading's name, the table of contents and the
 * search index keep the heading's own text. The link is empty; its "#" is drawn by CSS and its
 * name is the aria-label, which names the section.
 */
function anchorProperties(headingText: string): Properties {
	return { className: ['heading-anchor'], ariaLabel: `Link to the section “${headingText}”` };
}

function groupElement(): Element {
	return { type: 'element', tagName: 'div', properties: { className: ['heading'] }, children: [] };
}

/**
 * Ids the page gives its own elements. A body heading must not take one: `## Main` would be a
 * second `id="main"`, and its section link would jump to the skip link's target instead.
 */
export const PAGE_IDS = { main: 'main', toc: 'toc-title', related: 'related-title' } as const;

/** GitHub's slugs, numbered past the page's own ids as past an earlier heading's. */
function createHeadingSlugger(): Slugger {
	const slugger = new Slugger();
	for (const id of Object.values(PAGE_IDS)) slugger.slug(id);
	return slugger;
}

/** For unified: every body heading without an id gets its slug, as Sätteri's plugin below gives it. */
export function rehypeHeadingIds() {
	return (tree: Root) => {
		const slugger = createHeadingSlugger();
		const visit = (node: Root | RootContent) => {
			if (node.type === 'element' && /^h[1-6]$/.test(node.tagName) && typeof node.properties.id !== 'string') node.properties.id = slugger.slug(getHastText(node));
			if ('children' in node) for (const child of node.children) visit(child);
		};
		visit(tree);
	};
}

/** The text of a hast node, as `textContent` gives it. */
export function getHastText(node: Element | ElementContent): string {
	if (node.type === 'text') return node.value;
	return 'children' in node ? node.children.map((child) => getHastText(child)).join('') : '';
}

/** For the unified pipeline: the options that set rehype-autolink-headings to give the markup described above. */
export const autolinkHeadingsOptions = {
	behavior: 'after',
	group: groupElement,
	content: [],
	properties: (heading: Element) => anchorProperties(getHastText(heading)),
} as const;

/**
 * For Sätteri: the same markup. Astro runs its own heading-id plugin after this one, so the id
 * is given here with the same slugger (github-slugger) and then kept by Astro.
 */
export function createSatteriHeadingAnchors(): HastPluginEntry {
	return () => {
		const slugger = createHeadingSlugger();
		return defineHastPlugin({
			name: 'heading-anchors',
			element: {
				filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
				visit(node, ctx) {
					const text = ctx.textContent(node);
					const existing = node.properties?.id;
					const id = typeof existing === 'string' ? existing : slugger.slug(text);
					if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
					const link: Element = { type: 'element', tagName: 'a', properties: { ...anchorProperties(text), href: `#${id}` }, children: [] };
					ctx.wrapNode(node, { ...groupElement(), children: [link] });
				},
			},
		});
	};
}
