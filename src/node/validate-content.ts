import { existsSync } from 'node:fs';
import { htmlTagNames } from 'html-tag-names';
import { htmlToHast, mdxToJs, mdxToMdast } from 'satteri';
import { checkBodyLimits, checkTreeDepth } from '../lib/body-limits.ts';
import { type BodyNode, type ContentTrust, findBodyViolations } from '../lib/body-policy.ts';
import { type CertDomains, checkComponentProps, isAuthorComponent } from '../lib/component-props.ts';
import { AUTHOR_COMPONENT_PROPS } from '../schemas/components.ts';
import { checkReferences } from './check-references.ts';
import type { ContentIssue } from '../lib/content-issues.ts';
import { blankFrontmatter, type Entry, findBodyStart, findBodyStartLine, identifyPath, type LoadedContent, loadContent, loadPath, parseArticleTree } from './load-content.ts';

/** What of the site's settings the checks depend on besides the trust mode. */
export interface CheckSettings {
	/** Whether articles get social cards: a title they cannot draw earns a warning. */
	socialCards?: boolean;
}

/** Everything `npm run validate` and the build check, in one pass over `content/`. */
export function validateContent(projectRoot: string, trust: ContentTrust, settings: CheckSettings = {}): LoadedContent {
	const content = loadContent(projectRoot);
	content.issues.push(...checkReferences(content, projectRoot, settings));
	const certs = readCertDomains(content);
	for (const article of [...content.articles, ...(content.refusedArticles ?? [])]) content.issues.push(...checkBody(article.file, article.source, trust, certs));
	return content;
}

/**
 * The body checks of one article: MDX syntax, tags and the props of the site's components, and in
 * restricted mode the body policy. Without `certs` the components' cert and domain ids are not checked.
 */
export function checkBody(file: string, source: string, trust: ContentTrust, certs?: CertDomains): ContentIssue[] {
	const tooBig = checkBodyLimits(source.slice(findBodyStart(source)));
	if (tooBig) return [refuseBody(file, source, tooBig)];
	if (trust === 'restricted') return checkRestrictedBody(file, source, certs);
	return file.endsWith('.mdx') ? checkMdx(file, source, certs) : [];
}

/** A body refused whole, at the line where it starts. */
function refuseBody(file: string, source: string, message: string): ContentIssue {
	return { file, line: findBodyStartLine(source), field: 'body', message, severity: 'error' };
}

/** Each cert's code and exam domain ids, for checking the components that name them. */
function readCertDomains(content: LoadedContent): CertDomains {
	return new Map(content.certs.map((cert) => [cert.id, { code: cert.data.code, examDomains: cert.data.exam_domains.map((domain) => domain.id) }]));
}

/** The props check of the site's components, for a body policy or the trusted mode's tag check. */
function checkComponent(certs: CertDomains | undefined) {
	return (name: string, props: Record<string, string | null>) => (isAuthorComponent(name) ? checkComponentProps(name, props, certs) : []);
}

/**
 * Brings validated content up to date after one file was saved, added or deleted, and returns
 * the issues to show: the file's own, and for a cert, domain or author every reference issue,
 * since articles depend on those. The dev server re-reads one file per save, not the whole site.
 */
export function recheckPath(content: LoadedContent, projectRoot: string, path: string, trust: ContentTrust, settings: CheckSettings = {}): ContentIssue[] {
	const identity = identifyPath(projectRoot, path);
	if (!identity) return [];
	const loaded = existsSync(path) ? loadPath(projectRoot, path) : undefined;
	const entries = content[identity.name] as Entry<unknown>[];
	const index = entries.findIndex((entry) => entry.file === identity.file);
	if (index >= 0) entries.splice(index, 1);
	if (loaded?.entry) entries.push(loaded.entry);
	if (identity.name !== 'articles') return [...(loaded?.issues ?? []), ...checkReferences(content, projectRoot, settings)];
	const references = checkReferences(content, projectRoot, { ...settings, only: identity.file });
	const syntax = loaded ? checkBody(identity.file, loaded.source, trust, readCertDomains(content)) : [];
	return [...(loaded?.issues ?? []), ...syntax, ...references.filter((issue) => issue.file === identity.file)];
}

/** An MDX tree node, as far as the checks below read it. */
interface MdxNode {
	type: string;
	name?: string | null;
	value?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	position?: { start: { line: number; column: number } };
	children?: MdxNode[];
}

/**
 * Compiles an MDX file the way the build will, so that a syntax error surfaces with its line
 * before anything is built, and checks the tags it uses: a component that is not imported would
 * stop the build half-way through rendering, and an unknown lower-case tag would vanish from the page.
 */
export function checkMdx(file: string, source: string, certs?: CertDomains): ContentIssue[] {
	// Only `{`, `<` and import/export lines start what MDX adds to Markdown, and so all that can
	// fail to parse or name a tag: a body of plain Markdown is not parsed at all.
	if (!/[<{]|^(?:import|export)\b/m.test(source.slice(findBodyStart(source)))) return [];
	let tree: MdxNode;
	try {
		const compiled = blankFrontmatter(source);
		tree = mdxToMdast(compiled) as MdxNode;
		// The tree lets broken import/export lines through; only a compile reads them, so only a
		// file that has them pays for one.
		if (tree.children?.some((node) => node.type === 'mdxjsEsm')) mdxToJs(compiled);
	} catch (error) {
		return [describeSyntaxError(file, error as Error)];
	}
	const tooDeep = checkTreeDepth(tree);
	if (tooDeep) return [refuseBody(file, source, tooDeep)];
	const imported = new Set(
		(tree.children ?? [])
			.filter((node) => node.type === 'mdxjsEsm')
			.flatMap((node) => [...(node.value ?? '').matchAll(/\b(?:import|as)\s+(\w+)|[{,]\s*(\w+)\s*(?=[,}])/g)].map((match) => match[1] ?? match[2])),
	);
	const issues: ContentIssue[] = [];
	const visit = (node: MdxNode, inSvg: boolean) => {
		const tag = node.type.startsWith('mdxJsx') ? node.name : undefined;
		if (tag) {
			const at = { file, line: node.position?.start.line, column: node.position?.start.column, field: 'body' };
			const root = tag.split('.')[0];
			if (isAuthorComponent(tag) && !imported.has(tag)) {
				// Props written as expressions are the trusted mode's to use, and cannot be read here.
				const props = (node.attributes ?? []).filter((attribute) => attribute.type === 'mdxJsxAttribute' && (attribute.value === null || typeof attribute.value === 'string'));
				for (const message of checkComponentProps(tag, Object.fromEntries(props.map((attribute) => [attribute.name ?? '', attribute.value as string | null])), certs)) {
					issues.push({ ...at, message, severity: 'error' });
				}
			} else if (/^[A-Z]/.test(root) || tag.includes('.')) {
				if (!imported.has(root)) issues.push({ ...at, message: `<${tag}> is not imported: import it at the top of the file, or write \\<${tag}> to show the text`, severity: 'error' });
			} else if (!inSvg && !htmlTagNames.includes(tag)) {
				issues.push({ ...at, message: `<${tag}> is not an HTML element, so it would not show; write \\<${tag}> to show the text`, severity: 'warning' });
			}
		}
		for (const child of node.children ?? []) visit(child, inSvg || tag === 'svg');
	};
	visit(tree, false);
	return issues;
}

/**
 * The restricted mode's check: the body parsed as the build parses it (MDX, or Markdown with its
 * raw HTML), then held to the body policy. Only what can hold MDX, HTML or a URL (`<`, `{`,
 * import/export lines, link and image syntax) is parsed: plain prose cannot break a rule.
 */
function checkRestrictedBody(file: string, source: string, certs?: CertDomains): ContentIssue[] {
	if (!/[<{]|\]\(|\]:|^(?:import|export)\b/m.test(source.slice(findBodyStart(source)))) return [];
	let tree: BodyNode;
	try {
		tree = parseArticleTree(file, source);
	} catch (error) {
		return [describeSyntaxError(file, error as Error)];
	}
	const tooDeep = checkTreeDepth(tree);
	if (tooDeep) return [refuseBody(file, source, tooDeep)];
	const parseHtml = (html: string) => ((htmlToHast(html, { fragment: true }) as BodyNode).children ?? []);
	return findBodyViolations(tree, { components: Object.keys(AUTHOR_COMPONENT_PROPS), checkComponent: checkComponent(certs), parseHtml }).map((violation) => ({
		file,
		line: violation.line,
		column: violation.column,
		field: 'body',
		message: `${violation.message} (contentTrust: restricted)`,
		severity: 'error',
	}));
}

/** A parser's error as the author's line: where, what, and for a stray tag how to show it as text. */
function describeSyntaxError(file: string, error: Error): ContentIssue {
	const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(error.message);
	const tag = /closing tag for `<([\w.:-]+)>`/.exec(error.message)?.[1];
	const hint = tag ? `; if <${tag}> is text, write \\<${tag}>` : '';
	return {
		file,
		line: match ? Number(match[1]) : undefined,
		column: match ? Number(match[2]) : undefined,
		field: 'body',
		message: `is not valid MDX: ${match ? match[3].replace(/ \(\d+:\d+\)/, '') : error.message}${hint}`,
		severity: 'error',
	};
}

