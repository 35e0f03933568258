import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { markdownToMdast, mdxToMdast } from 'satteri';
import {
	type ArticleData,
	type AuthorData,
	articleSchema,
	authorSchema,
	type CertData,
	certSchema,
	collectionFiles,
	type CollectionName,
	type DomainData,
	domainSchema,
	getCollectionFolder,
} from '../schemas/index.ts';
import type { BodyNode } from '../lib/body-policy.ts';
import { type ContentIssue, convertSchemaIssues } from '../lib/content-issues.ts';
import { createLineLocator, type LineOf, parseYaml } from '../lib/locate-yaml.ts';
import { createLinkCheck } from './linked-files.ts';

/** A content file that passed its schema. */
export interface Entry<T> {
	/** The path in the collection's folder without extension: the slug or id in URLs. */
	id: string;
	/** Path relative to the project root. */
	file: string;
	data: T;
	/** The full source text, frontmatter included. */
	source: string;
	/** The Markdown/MDX body, for articles. */
	body: string;
	/** Line of a field, for issues found after the schema. */
	lineOf: LineOf;
}

/** Every collection's valid entries, plus every problem met reading them. */
export type LoadedContent = { [N in CollectionName]: Entry<CollectionData[N]>[] } & {
	/** How many files were read. */
	fileCount: number;
	issues: ContentIssue[];
	/** Articles whose frontmatter the schema refused: their bodies are still checked, so that one run lists every problem. */
	refusedArticles?: { file: string; source: string }[];
};

/** Outside Astro a local image is a path; its existence is checked with the references. */
const plainImage = () => z.string().min(1, 'must not be empty');

const schemas = {
	articles: articleSchema({ image: plainImage }),
	certs: certSchema,
	domains: domainSchema,
	authors: authorSchema,
};

/** The data type of each collection's entries. */
export interface CollectionData {
	articles: ArticleData;
	certs: CertData;
	domains: DomainData;
	authors: AuthorData;
}

/** Reads and schema-checks every file under `content/` (or of the collections named), without Astro. */
export function loadContent(projectRoot: string, names = Object.keys(collectionFiles) as CollectionName[]): LoadedContent {
	const content: LoadedContent = { articles: [], certs: [], domains: [], authors: [], fileCount: 0, issues: [] };
	const isLinked = createLinkCheck(projectRoot);
	for (const name of names) {
		const folder = join(projectRoot, getCollectionFolder(name));
		const { files, links } = listFiles(folder, collectionFiles[name].extensions);
		for (const link of links) content.issues.push(refuseLink(relative(projectRoot, link).split(sep).join('/')));
		for (const path of files) {
			content.fileCount++;
			const result = loadPath(projectRoot, path, isLinked);
			if (!result) continue;
			content.issues.push(...result.issues);
			if (result.entry) (content[name] as Entry<unknown>[]).push(result.entry);
			// Frontmatter that parsed but failed the schema: the body below it can still be read.
			else if (name === 'articles' && !result.issues.some((issue) => issue.field === '(frontmatter)' || issue.field === '(file)')) {
				(content.refusedArticles ??= []).push({ file: result.file, source: result.source });
			}
		}
	}
	return content;
}

/** Which collection a path belongs to, its project-relative file name and its id; nothing outside `content/`. */
export function identifyPath(projectRoot: string, path: string): { name: CollectionName; file: string; id: string } | undefined {
	for (const name of Object.keys(collectionFiles) as CollectionName[]) {
		const folder = join(projectRoot, getCollectionFolder(name));
		const inside = relative(folder, path);
		if (inside.startsWith('..') || !(collectionFiles[name].extensions as readonly string[]).includes(extname(path).slice(1))) continue;
		return { name, file: relative(projectRoot, path).split(sep).join('/'), id: inside.split(sep).join('/').replace(/\.[^.]+$/, '') };
	}
	return undefined;
}

/** Reads and schema-checks one content file by its path on disk; a link is refused unread. */
export function loadPath(projectRoot: string, path: string, isLinked = createLinkCheck(projectRoot)) {
	const identity = identifyPath(projectRoot, path);
	if (!identity) return undefined;
	if (isLinked(path)) return { ...identity, source: '', issues: [refuseLink(identity.file)] };
	const source = readFileSync(path, 'utf8');
	return { ...identity, source, ...loadFile(identity.name, identity.file, source, identity.id) };
}

/**
 * A pull request can add a link to any file of the machine that builds it (its environment, a
 * token): a link is never read, so nothing of its target reaches a page or an error message.
 */
function refuseLink(file: string): ContentIssue {
	return { file, line: 1, field: '(file)', message: 'is a symbolic link, or inside one: content must be files of the repository itself', severity: 'error' };
}

/** Whether a link leads to a folder; a link that leads nowhere (or round in a loop) is one to refuse too. */
function leadsToFolder(link: string): boolean {
	try {
		return statSync(link, { throwIfNoEntry: false })?.isDirectory() ?? false;
	} catch {
		return true;
	}
}

/**
 * A collection's files, and every symbolic link among them (to a content file or a folder), hidden
 * ones aside. Links are listed, never followed: one to `/` would have the walk read the whole machine.
 */
function listFiles(folder: string, wanted: readonly string[]): { files: string[]; links: string[] } {
	const found = { files: [] as string[], links: [] as string[] };
	const walk = (directory: string) => {
		let entries: Dirent[];
		try {
			entries = readdirSync(directory, { withFileTypes: true });
		} catch {
			return;
		}
		for (const entry of entries) {
			if (entry.name.startsWith('.')) continue;
			const path = join(directory, entry.name);
			if (entry.isSymbolicLink()) {
				// A linked image is the image checks' to judge, where an article names it.
				if (wanted.includes(extname(entry.name).slice(1)) || leadsToFolder(path)) found.links.push(path);
			} else if (entry.isDirectory()) walk(path);
			else if (entry.isFile() && wanted.includes(extname(entry.name).slice(1))) found.files.push(path);
		}
	};
	walk(folder);
	return { files: found.files.sort(), links: found.links.sort() };
}

/**
 * Parses one file of a collection and checks it against the collection's schema. The id is the
 * path inside the collection's folder without extension, as Astro's glob loader makes it.
 */
export function loadFile<N extends CollectionName>(
	name: N,
	file: string,
	source: string,
	id = file.slice(file.lastIndexOf('/') + 1, file.lastIndexOf('.')),
): { entry?: Entry<CollectionData[N]>; issues: ContentIssue[] } {
	const parsed = name === 'articles' ? parseArticle(file, source) : parseData(file, source);
	if ('issue' in parsed) return { issues: [parsed.issue] };
	const schema = schemas[name];
	const result = schema.safeParse(parsed.data, { reportInput: true });
	if (!result.success) {
		return { issues: convertSchemaIssues(result.error.issues, { file, schema, lineOf: parsed.lineOf, root: name === 'articles' ? '(frontmatter)' : '(yaml)' }) };
	}
	const data = result.data as CollectionData[N];
	return { entry: { id, file, data, source, body: parsed.body, lineOf: parsed.lineOf }, issues: [] };
}

type Parsed = { data: unknown; body: string; lineOf: LineOf } | { issue: ContentIssue };

function parseArticle(file: string, source: string): Parsed {
	if (!/^\uFEFF?---\r?\n/.test(source)) {
		return { issue: { file, line: 1, field: '(frontmatter)', message: 'must start with a --- frontmatter block', severity: 'error' } };
	}
	const split = findBodyStart(source);
	const block = source.slice(0, split);
	const end = block.search(/\r?\n---[ \t]*(?:\r?\n|$)/);
	// Read as empty, an unclosed block would have every field reported missing, the title that is there too.
	if (end < 0) return { issue: { file, line: 1, field: '(frontmatter)', message: 'is not closed: end it with a line of --- before the body', severity: 'error' } };
	const text = block.slice(block.indexOf('\n') + 1, end + 1);
	const tooLarge = checkYamlSize(file, text, '(frontmatter)');
	if (tooLarge) return tooLarge;
	try {
		const data = yaml.load(text, FRONTMATTER_OPTIONS) ?? {};
		return { data, body: source.slice(split), lineOf: createLineLocator(text, firstLineOf(source) + 1) };
	} catch (error) {
		const { mark, reason } = error as { mark?: { line: number }; reason?: string };
		const line = mark ? firstLineOf(source) + mark.line + 1 : 1;
		if (reason?.startsWith('nesting exceeded maxDepth')) return refuseDepth(file, '(frontmatter)', line);
		return { issue: { file, line, field: '(frontmatter)', message: `is not valid YAML: ${reason ?? (error as Error).message}`, severity: 'error' } };
	}
}

/**
 * An article's tree as the build parses it, positions as lines of the file: MDX, or Markdown with
 * its raw HTML. The frontmatter is blanked as Astro blanks it before compiling, so the parser sees
 * the very body the build compiles, however the closing `---` line is written. Throws on a syntax error.
 */
export function parseArticleTree(file: string, source: string): BodyNode {
	if (file.endsWith('.mdx')) return mdxToMdast(blankFrontmatter(source)) as BodyNode;
	// Astro renders a .md body trimmed: its first line loses its indentation, and must be read so here too.
	const blanked = blankFrontmatter(source);
	const body = blanked.trim();
	const skipped = blanked.slice(0, blanked.indexOf(body)).split('\n').length - 1;
	return markdownToMdast('\n'.repeat(skipped) + body) as BodyNode;
}

/** The file with its frontmatter turned to spaces, lines kept: what Astro hands its MDX compiler. */
export function blankFrontmatter(source: string): string {
	const start = findBodyStart(source);
	return source.slice(0, start).replace(/[^\r\n]/g, ' ') + source.slice(start);
}

/**
 * Where the body starts, by Astro's own rule (the frontmatter ends at the first line after the
 * opening `---` that starts with `---`, whatever follows it on that line): checking a body split
 * any other way could miss what the build compiles. The end of the file when nothing closes it.
 */
export function findBodyStart(source: string): number {
	const match = ASTRO_FRONTMATTER.exec(source);
	return match ? match.index + match[0].length : source.length;
}

/** The line of the file on which the body starts, for problems found in the body as a whole. */
export function findBodyStartLine(source: string): number {
	return source.slice(0, findBodyStart(source)).split('\n').length;
}

/** Astro's frontmatter pattern (`@astrojs/internal-helpers/frontmatter`), which a test holds this copy to. */
const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/** The file line of the opening `---`: the frontmatter's text starts on the next. */
function firstLineOf(source: string): number {
	return source.slice(0, source.indexOf('---')).split('\n').length;
}

function parseData(file: string, source: string): Parsed {
	const tooLarge = checkYamlSize(file, source, '(yaml)');
	if (tooLarge) return tooLarge;
	const directive = /^\uFEFF?%\S*/m.exec(source);
	if (directive) {
		// `%YAML 1.1` would make this parser read `12:00` as 720 where the build's reads text.
		const line = source.slice(0, directive.index).split('\n').length;
		return { issue: { file, line, field: '(yaml)', message: `starts with the directive ${directive[0].replace('\uFEFF', '')}: remove it; content files are read as YAML 1.2`, severity: 'error' } };
	}
	const { doc, lineOf } = parseYaml(source);
	const [error] = doc.errors;
	if (error?.code === 'RESOURCE_EXHAUSTION') return refuseDepth(file, '(yaml)');
	if (error) {
		return {
			issue: {
				file,
				line: error.linePos?.[0].line,
				column: error.linePos?.[0].col,
				field: '(yaml)',
				message: `is not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
				severity: 'error',
			},
		};
	}
	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
	} catch {
		// Aliases of aliases expand exponentially: a few lines can ask for billions of values.
		return { issue: { file, line: 1, field: '(yaml)', message: `uses more than ${MAX_ALIASES} aliases (*name): write the values out`, severity: 'error' } };
	}
	return measureDepth(data) > MAX_YAML_DEPTH ? refuseDepth(file, '(yaml)') : { data, body: '', lineOf };
}

/** Aliases a data file may expand; far more than any real file uses, far fewer than an alias bomb needs. */
const MAX_ALIASES = 100;

/** The largest YAML (a data file, an article's frontmatter) read: a cert with every fact is a few KB. */
const MAX_YAML_BYTES = 256 * 1024;

/** How deeply YAML values may nest: the schemas go four levels down, and a parser recursing far deeper overflows its stack. */
const MAX_YAML_DEPTH = 20;

/**
 * Frontmatter is read as Astro reads it (js-yaml 4, YAML 1.2: `010` is ten, `1:30` is text), but
 * dates stay text: js-yaml would turn `2025-02-30` into March 2 unseen, and the date fields check
 * the text is a real calendar day. Nesting is held to the limit by js-yaml 4.3's own `maxDepth`,
 * which its type definitions do not list yet.
 */
const FRONTMATTER_OPTIONS: yaml.LoadOptions & { maxDepth: number } = { schema: yaml.CORE_SCHEMA, maxDepth: MAX_YAML_DEPTH };

function checkYamlSize(file: string, text: string, field: string): { issue: ContentIssue } | undefined {
	const bytes = Buffer.byteLength(text);
	if (bytes <= MAX_YAML_BYTES) return undefined;
	return { issue: { file, line: 1, field, message: `is ${Math.ceil(bytes / 1024)} KB of YAML, more than the ${MAX_YAML_BYTES / 1024} KB allowed`, severity: 'error' } };
}

function refuseDepth(file: string, field: string, line = 1): { issue: ContentIssue } {
	return { issue: { file, line, field, message: `nests values more than ${MAX_YAML_DEPTH} levels deep`, severity: 'error' } };
}

/** How many lists and maps deep a parsed value goes; stops counting past the limit. */
function measureDepth(value: unknown, depth = 0): number {
	if (depth > MAX_YAML_DEPTH || value === null || typeof value !== 'object') return depth;
	let deepest = depth + 1;
	for (const child of Object.values(value)) deepest = Math.max(deepest, measureDepth(child, depth + 1));
	return deepest;
}
