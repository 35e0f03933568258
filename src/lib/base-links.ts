import type { Element, Root } from 'hast';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/**
 * For a site served under a sub-path: the site paths an author writes in a body
 * (`[the cloud guides](/guides/cloud/)`, `![chart](/images/chart.png)`) put under the base, as
 * `link` does it, so a body's links resolve wherever the site is served.
 */
const URL_PROPERTY: Record<string, 'href' | 'src'> = { a: 'href', img: 'src' };

function rebase(element: Pick<Element, 'tagName' | 'properties'>, link: (href: string) => string): string | undefined {
	if (!Object.hasOwn(URL_PROPERTY, element.tagName)) return undefined;
	const value = element.properties?.[URL_PROPERTY[element.tagName]];
	if (typeof value !== 'string') return undefined;
	const rebased = link(value);
	return rebased === value ? undefined : rebased;
}

/** For Sätteri, Markdown and MDX alike. */
export function createSatteriBaseLinks(link: (href: string) => string): HastPluginEntry {
	return defineHastPlugin({
		name: 'base-links',
		element: {
			filter: Object.keys(URL_PROPERTY),
			visit(node, ctx) {
				const rebased = rebase(node, link);
				if (rebased !== undefined) ctx.setProperty(node, URL_PROPERTY[node.tagName], rebased);
			},
		},
	});
}

/** For the unified pipeline, Markdown and MDX alike. */
export function rehypeBaseLinks(link: (href: string) => string) {
	return () => (tree: Root) => {
		const visit = (node: Root | Element) => {
			for (const child of node.children) {
				if (child.type !== 'element') continue;
				const rebased = rebase(child, link);
				if (rebased !== undefined) child.properties[URL_PROPERTY[child.tagName]] = rebased;
				visit(child);
			}
		};
		visit(tree);
	};
}
