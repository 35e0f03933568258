import { isSafeUrl } from '../schemas/fields.ts';

/** How far article bodies are trusted: the site setting `contentTrust` (README, Security). */
export type ContentTrust = 'restricted' | 'trusted';

/**
 * What an article body may contain when authors are not trusted (`contentTrust: 'restricted'`,
 * the default): Markdown, the site's own components, and raw HTML from this allow-list only.
 * Each element lists the attributes it may carry; no attribute outside it, so no event handler,
 * style or class, and every URL passes the one URL rule.
 */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
	a: ['href', 'title'],
	abbr: ['title'],
	b: [],
	blockquote: [],
	br: [],
	caption: [],
	code: [],
	dd: [],
	del: [],
	details: ['open'],
	dfn: [],
	div: [],
	dl: [],
	dt: [],
	em: [],
	figcaption: [],
	figure: [],
	h2: [],
	h3: [],
	h4: [],
	h5: [],
	h6: [],
	hr: [],
	i: [],
	img: ['src', 'alt', 'title', 'width', 'height'],
	ins: [],
	kbd: [],
	li: [],
	mark: [],
	ol: ['start', 'reversed'],
	p: [],
	pre: [],
	q: [],
	s: [],
	samp: [],
	small: [],
	span: [],
	strong: [],
	sub: [],
	summary: [],
	sup: [],
	table: [],
	tbody: [],
	td: ['colspan', 'rowspan', 'align'],
	tfoot: [],
	th: ['colspan', 'rowspan', 'align', 'scope'],
	thead: [],
	tr: [],
	u: [],
	ul: [],
	var: [],
};

/** Attributes whose value is a URL, held to the URL rule. */
const URL_ATTRIBUTES = new Set(['href', 'src']);

/** The elements of a rendered body that carry a URL, and the property that holds it: what the sanitiser and the base-path step rewrite. */
export const URL_PROPERTY: Readonly<Record<string, 'href' | 'src'>> = { a: 'href', img: 'src' };

/** A node of an mdast tree (Markdown or MDX) or of a hast tree parsed from raw HTML, as far as the policy reads it. */
export interface BodyNode {
	type: string;
	/** An MDX JSX element's name. */
	name?: string | null;
	/** A hast element's name. */
	tagName?: string;
	value?: string | null;
	/** A link's, image's or definition's URL. */
	url?: string;
	/** The label that ties a reference (`![alt][label]`) to its definition, normalised. */
	identifier?: string;
	/** An MDX JSX element's attributes. */
	attributes?: { type: string; name?: string; value?: unknown }[];
	/** A hast element's attributes. */
	properties?: Record<string, unknown>;
	position?: { start: { line: number; column: number } };
	children?: BodyNode[];
}

export interface BodyViolation {
	line?: number;
	column?: number;
	message: string;
}

export interface BodyPolicy {
	/** The components every article may use without an import. */
	components: readonly string[];
	/** What is wrong with the props given to one of those components, as messages. */
	checkComponent: (name: string, props: Record<string, string | null>) => string[];
	/** Parses raw HTML met in Markdown into hast nodes, to hold its tags to the same allow-list. */
	parseHtml: (html: string) => BodyNode[];
}

/**
 * Every way a body steps outside what an untrusted author may write, with where it is and what to
 * write instead. The tree must come from the same parser as the build's, positions included.
 */
export function findBodyViolations(tree: BodyNode, policy: BodyPolicy): BodyViolation[] {
	const violations: BodyViolation[] = [];
	const visit = (node: BodyNode, at: BodyNode['position']) => {
		const where = { line: (node.position ?? at)?.start.line, column: (node.position ?? at)?.start.column };
		const report = (message: string) => violations.push({ ...where, message });
		switch (node.type) {
			case 'mdxjsEsm':
				report('import and export are not allowed in an article: the site’s components need no import');
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				// A comment, `{/* … */}`, is the one expression that runs nothing.
				if (!isComment(node.value ?? '')) report('a {…} expression is not allowed in an article: write \\{ to show a brace');
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkJsxElement(node, policy, report);
				break;
			case 'html':
				// Raw HTML's own positions start at its node: they are not lines of the file.
				for (const child of policy.parseHtml(node.value ?? '')) visit(stripPositions(child), node.position);
				break;
			case 'element':
				checkElement(node.tagName ?? '', Object.entries(node.properties ?? {}).map(([name, value]) => [toAttributeName(name), value]), report);
				break;
			case 'link':
			case 'image':
			case 'definition':
				if (node.url !== undefined && !isSafeUrl(node.url)) report(refuseUrl(node.url));
				break;
		}
		for (const child of node.children ?? []) visit(child, node.position ?? at);
	};
	visit(tree, undefined);
	return violations;
}

function checkJsxElement(node: BodyNode, policy: BodyPolicy, report: (message: string) => void) {
	const name = node.name ?? '';
	if (!name) return report('a fragment <>…</> is not allowed in an article');
	const attributes: [string, string | null][] = [];
	for (const attribute of node.attributes ?? []) {
		if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
			return report(`<${name}> has an attribute written as an expression: attribute values must be plain text in quotes`);
		}
		attributes.push([attribute.name ?? '', (attribute.value as string | null | undefined) ?? null]);
	}
	if (/^[A-Z]/.test(name) || name.includes('.')) {
		if (!policy.components.includes(name)) {
			const known = policy.components.map((component) => `<${component}>`).join(', ');
			return report(`<${name}> is not one of the site’s components (${known}); write \\<${name}> to show the text`);
		}
		for (const message of policy.checkComponent(name, Object.fromEntries(attributes))) report(message);
		return;
	}
	checkElement(name, attributes, report);
}

function checkElement(tag: string, attributes: [string, unknown][], report: (message: string) => void) {
	if (!isAllowedElement(tag)) return report(`<${tag}> is not allowed in an article: use Markdown, or HTML from the allow-list (README, Security)`);
	const allowed = ALLOWED_HTML[tag];
	for (const [name, value] of attributes) {
		if (!allowed.includes(name)) {
			report(`<${tag} ${name}> is not allowed: ${allowed.length ? `<${tag}> may carry ${allowed.join(', ')}` : `<${tag}> takes no attributes`}`);
		} else if (URL_ATTRIBUTES.has(name) && typeof value === 'string' && !isSafeUrl(value)) {
			report(refuseUrl(value));
		}
	}
}

/** Whether the allow-list names this element (its own keys only: `constructor` is not a tag). */
export function isAllowedElement(tag: string): boolean {
	return Object.hasOwn(ALLOWED_HTML, tag);
}

/** Whether an element may carry this attribute with this value: named by the allow-list, and a URL that passes the URL rule. */
export function isAllowedAttribute(tag: string, name: string, value: unknown): boolean {
	if (!isAllowedElement(tag) || !ALLOWED_HTML[tag].includes(name)) return false;
	return !URL_ATTRIBUTES.has(name) || (typeof value === 'string' && isSafeUrl(value));
}

function isComment(expression: string): boolean {
	const match = /^\s*\/\*([\s\S]*)\*\/\s*$/.exec(expression);
	return match !== null && !match[1].includes('*/');
}

function refuseUrl(url: string): string {
	return `the URL "${url}" is refused: use https:, http: or mailto:, or a path on this site`;
}

/** hast writes `className`, `colSpan`, `ariaLabel` and `onError`; the allow-list speaks HTML. */
function toAttributeName(property: string): string {
	if (property === 'className') return 'class';
	if (/^(?:aria|data)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
	return property.toLowerCase();
}

function stripPositions(node: BodyNode): BodyNode {
	return { ...node, position: undefined, children: node.children?.map(stripPositions) };
}
