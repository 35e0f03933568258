import type { Element, Nodes, Root } from 'hast';
import { defineHastPlugin, type HastPluginEntry, type HastVisitorContext, type MdxJsxFlowElementHast, type MdxJsxTextElementHast } from 'satteri';
import { URL_PROPERTY } from './body-policy.ts';

/**
 * For a site served under a sub-path: the site paths an author writes in a body, in Markdown
 * (`[the cloud guides](/guides/cloud/)`), in raw HTML (`<a href="/guides/">`) or as MDX elements,
 * put under the base, as `link` does it, so a body's links resolve wherever the site is served.
 */
type Link = (href: string) => string;

function rebaseElement(element: Pick<Element, 'tagName' | 'properties'>, link: Link): string | undefined {
	if (!Object.hasOwn(URL_PROPERTY, element.tagName)) return undefined;
	const value = element.properties?.[URL_PROPERTY[element.tagName]];
	if (typeof value !== 'string') return undefined;
	const rebased = link(value);
	return rebased === value ? undefined : rebased;
}

type JsxElement = Pick<MdxJsxFlowElementHast | MdxJsxTextElementHast, 'name' | 'attributes'>;

/** The attributes of an `<a>` or `<img>` written as an MDX element, rebased; undefined when none changes. */
function rebaseJsx(node: JsxElement, link: Link): JsxElement['attributes'] | undefined {
	const key = node.name && Object.hasOwn(URL_PROPERTY, node.name) ? URL_PROPERTY[node.name] : undefined;
	let changed = false;
	const attributes = node.attributes.map((attribute) => {
		if (!key || attribute.type !== 'mdxJsxAttribute' || attribute.name !== key || typeof attribute.value !== 'string') return attribute;
		const value = link(attribute.value);
		changed ||= value !== attribute.value;
		return { ...attribute, value };
	});
	return changed ? attributes : undefined;
}

/** A piece of raw HTML with the `href` and `src` values that are site paths rebased, quoted or not. */
export function rebaseHtml(html: string, link: Link): string {
	return html.replace(/(\s(?:href|src)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi, (whole, before: string, double?: string, single?: string, bare?: string) => {
		const value = double ?? single ?? bare ?? '';
		const rebased = link(value);
		return rebased === value ? whole : `${before}"${rebased.replaceAll('"', '&quot;')}"`;
	});
}

/** For Sätteri, Markdown and MDX alike. */
export function createSatteriBaseLinks(link: Link): HastPluginEntry {
	const jsx = {
		filter: Object.keys(URL_PROPERTY),
		visit(node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, ctx: HastVisitorContext) {
			const attributes = rebaseJsx(node, link);
			if (attributes) ctx.replaceNode(node, { ...node, attributes });
		},
	};
	return defineHastPlugin({
		name: 'base-links',
		element: {
			filter: Object.keys(URL_PROPERTY),
			visit(node, ctx) {
				const rebased = rebaseElement(node, link);
				if (rebased !== undefined) ctx.setProperty(node, URL_PROPERTY[node.tagName], rebased);
			},
		},
		raw(node, ctx) {
			const value = rebaseHtml(node.value, link);
			if (value !== node.value) ctx.replaceNode(node, { type: 'raw', value });
		},
		mdxJsxFlowElement: jsx,
		mdxJsxTextElement: jsx,
	});
}

/** For the unified pipeline (remark-rehype, then rehype-raw at the end), Markdown and MDX alike. */
export function rehypeBaseLinks(link: Link) {
	return () => (tree: Root) => {
		const visit = (node: Nodes) => {
			if (node.type === 'element') {
				const rebased = rebaseElement(node, link);
				if (rebased !== undefined) node.properties[URL_PROPERTY[node.tagName]] = rebased;
			} else if (node.type === 'raw') {
				node.value = rebaseHtml(node.value, link);
			} else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				node.attributes = rebaseJsx(node, link) ?? node.attributes;
			}
			if ('children' in node) for (const child of node.children) visit(child);
		};
		visit(tree);
	};
}
