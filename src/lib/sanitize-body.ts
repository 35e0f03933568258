import type { Element, Nodes, Parents, Root } from 'hast';
import { defineHastPlugin, defineMdastPlugin, type HastPluginEntry, type HastVisitorContext, type MdastPluginEntry, type MdxJsxFlowElementHast, type MdxJsxTextElementHast } from 'satteri';
import { isAllowedAttribute, isAllowedElement, URL_PROPERTY } from './body-policy.ts';
import { sanitizeHtmlFragment } from './sanitize-html.ts';

/**
 * The second line of defence of the restricted trust mode, after `validate`: every rendered body,
 * Markdown or MDX, under either processor, loses what the allow-list does not name, so a body that
 * slipped past the check still cannot put script, a frame or an unsafe link into a page.
 */

/** An MDX JSX attribute as the hast of MDX carries it: a name and a string, or an expression. */
interface JsxAttribute {
	type: string;
	name?: string;
	value?: unknown;
}

/** The site's components and the props each takes, by name. */
export type ComponentProps = Readonly<Record<string, readonly string[]>>;

/** What becomes of one MDX JSX element: kept with these attributes, or removed with its content. */
export function sanitizeJsxElement<Attribute extends JsxAttribute>(name: string | null, attributes: readonly Attribute[], components: ComponentProps): Attribute[] | undefined {
	if (!name) return undefined;
	const props = Object.hasOwn(components, name) ? components[name] : undefined;
	if (!props && !isAllowedElement(name)) return undefined;
	return attributes.filter(
		(attribute) =>
			attribute.type === 'mdxJsxAttribute' &&
			(attribute.value === null || typeof attribute.value === 'string') &&
			(props ? props.includes(attribute.name ?? '') : isAllowedAttribute(name, attribute.name ?? '', attribute.value)),
	);
}

/** Whether an element Markdown made (a link, an image) points somewhere the URL rule refuses. */
function findUnsafeUrlProperty(element: Pick<Element, 'tagName' | 'properties'>): 'href' | 'src' | undefined {
	const key = Object.hasOwn(URL_PROPERTY, element.tagName) ? URL_PROPERTY[element.tagName] : undefined;
	const value = key && element.properties?.[key];
	if (key === undefined || value === undefined || value === null) return undefined;
	return isAllowedAttribute(element.tagName, key, String(value)) ? undefined : key;
}

const MDX_CODE = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'];

/**
 * The sanitiser as Sätteri takes it: one plugin for raw HTML, cleaned piece by piece as Markdown
 * hands it over, before Sätteri parses it into elements (see `rawHtml` in `config/markdown.ts`),
 * and one for the elements and MDX nodes after.
 */
export interface SatteriSanitizer {
	mdastPlugin: MdastPluginEntry;
	hastPlugin: HastPluginEntry;
}

/** For Sätteri, Markdown and MDX alike. */
export function createSatteriBodySanitizer(components: ComponentProps): SatteriSanitizer {
	const jsx = {
		filter: [],
		visit(node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, ctx: HastVisitorContext) {
			const attributes = sanitizeJsxElement(node.name, node.attributes, components);
			if (!attributes) ctx.removeNode(node);
			else if (attributes.length !== node.attributes.length) ctx.replaceNode(node, { ...node, attributes });
		},
	};
	const mdastPlugin = defineMdastPlugin({
		name: 'sanitize-raw-html',
		html(node) {
			const value = sanitizeHtmlFragment(node.value);
			if (value !== node.value) return { type: 'html', value };
		},
	});
	const hastPlugin = defineHastPlugin({
		name: 'sanitize-body',
		element: {
			filter: Object.keys(URL_PROPERTY),
			visit(node, ctx) {
				const key = findUnsafeUrlProperty(node);
				if (key === 'src') ctx.removeNode(node);
				else if (key) ctx.replaceNode(node, node.children);
			},
		},
		mdxJsxFlowElement: jsx,
		mdxJsxTextElement: jsx,
		mdxjsEsm: (node, ctx) => ctx.removeNode(node),
		mdxFlowExpression: (node, ctx) => ctx.removeNode(node),
		mdxTextExpression: (node, ctx) => ctx.removeNode(node),
	});
	return { mdastPlugin, hastPlugin };
}

/** For the unified pipeline (remark-rehype, then rehype-raw at the end), Markdown and MDX alike. */
export function rehypeSanitizeBody(components: ComponentProps) {
	return () => (tree: Root) => {
		sanitizeChildren(tree, components);
	};
}

function sanitizeChildren(parent: Parents, components: ComponentProps) {
	const children: Nodes[] = [];
	for (const child of parent.children as Nodes[]) children.push(...sanitizeNode(child, components));
	parent.children = children as Parents['children'];
}

function sanitizeNode(node: Nodes, components: ComponentProps): Nodes[] {
	if (MDX_CODE.includes(node.type)) return [];
	if (node.type === 'raw') return [{ ...node, value: sanitizeHtmlFragment(node.value) }];
	if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
		const attributes = sanitizeJsxElement(node.name, node.attributes, components);
		if (!attributes) return [];
		node.attributes = attributes;
	}
	if (node.type === 'element') {
		const key = findUnsafeUrlProperty(node);
		if (key === 'src') return [];
		if (key) {
			sanitizeChildren(node, components);
			return node.children;
		}
	}
	if ('children' in node) sanitizeChildren(node, components);
	return [node];
}
