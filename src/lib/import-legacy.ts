import yaml from 'js-yaml';
import { idSchema } from '../schemas/fields.ts';
import type { AuthorData, CertData } from '../schemas/index.ts';
import { findAuthor } from './authors.ts';
import { escapeForMdx } from './escape-mdx.ts';
import { slugifyName, writeFrontmatter } from './new-article.ts';

/** What the importer knows of the site: the entries a legacy article may refer to. */
export interface ImportContext {
	authors: readonly { id: string; data: Pick<AuthorData, 'name'> }[];
	certs: readonly { id: string; data: Pick<CertData, 'name' | 'code' | 'aliases'> }[];
}

/** One legacy file converted: where it goes and what it says. */
export interface ConvertedArticle {
	slug: string;
	/** The MDX file's text. */
	mdx: string;
	/** An author entry to create, when the article's author is new to the site. */
	newAuthor?: { id: string; yaml: string };
	/** Cert ids found in the text through their names, codes and aliases. */
	inferredCerts: string[];
	/** Line of the closing `---` in the legacy file. */
	frontmatterEndLine: number;
	/** Lines the import added to the frontmatter, which shift the body's lines by as much. */
	addedLines: number;
}

/** Thrown when a legacy file cannot become an article; the message says why, and the line where, when there is one. */
export class ImportRefusal extends Error {
	readonly line?: number;
	constructor(message: string, line?: number) {
		super(message);
		this.line = line;
	}
}

/**
 * Converts an article in the legacy format (YAML frontmatter over Markdown) into MDX: the
 * frontmatter kept as written, certs inferred when it names none, the body made MDX-safe.
 */
export function convertLegacyArticle(source: string, context: ImportContext, options: { slug?: string } = {}): ConvertedArticle {
	const { data, frontmatter: written, body } = readLegacyFrontmatter(source);
	if (typeof data.title !== 'string' || !data.title.trim()) throw new ImportRefusal('has no title to make a slug from');
	const slug = options.slug ?? slugifyName(data.title);
	if (!idSchema.safeParse(slug).success) throw new ImportRefusal(`cannot use "${slug}" as a slug: use lower-case letters, digits and hyphens`);

	const added: string[] = [];
	const inferredCerts = data.certs === undefined ? inferCerts([data.title, data.subtitle, data.description, body].join('\n'), context.certs) : [];
	if (inferredCerts.length) added.push(writeFrontmatter({ certs: inferredCerts }).trimEnd());

	let newAuthor: ConvertedArticle['newAuthor'];
	if (typeof data.author === 'string' && data.author.trim() && !findAuthor(context.authors, data.author)) {
		const id = slugifyName(data.author);
		if (!idSchema.safeParse(id).success) throw new ImportRefusal(`has an author, "${data.author.trim()}", with no letters or digits to make an author id from: give the author's name`);
		newAuthor = { id, yaml: `# Created by npm run import: add a bio and links.\n${writeFrontmatter({ name: data.author.trim(), bio: '' })}` };
	}

	const frontmatter = [written, ...added].join('\n');
	return {
		slug,
		mdx: `---\n${frontmatter}\n---\n${escapeForMdx(body)}`,
		newAuthor,
		inferredCerts,
		frontmatterEndLine: written.split('\n').length + 2,
		addedLines: added.length,
	};
}

/**
 * A legacy file's frontmatter, read as plain YAML data and nothing else: the file may come from
 * anyone, so no language tag after `---` (`---js` would run code in some readers) and no YAML
 * type beyond the core schema's.
 */
export function readLegacyFrontmatter(source: string): { data: Record<string, unknown>; frontmatter: string; body: string } {
	const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const block = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
	if (!block) throw new ImportRefusal('has no frontmatter: the file must start with a --- block of YAML fields');
	let data: unknown;
	try {
		data = yaml.load(block[1], { schema: yaml.CORE_SCHEMA }) ?? {};
	} catch (error) {
		const { reason, mark } = error as { reason?: string; mark?: { line: number } };
		// The mark counts from the line after the opening ---, from 0.
		throw new ImportRefusal(`is not valid YAML: ${reason ?? (error as Error).message}`, mark && mark.line + 2);
	}
	if (typeof data !== 'object' || Array.isArray(data)) throw new ImportRefusal('has frontmatter that is not a list of fields (name: value)');
	return { data: data as Record<string, unknown>, frontmatter: block[1], body: text.slice(block[0].length) };
}

/** Cert ids whose name, code or an alias appears in the text as whole words; dashes and case ignored. */
export function inferCerts(text: string, certs: ImportContext['certs']): string[] {
	const haystack = normalise(text);
	return certs
		.filter((cert) =>
			[cert.data.name, cert.data.code, ...cert.data.aliases].some((name) => {
				const needle = normalise(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
				return new RegExp(`(?<![\\p{L}\\p{N}-])${needle}(?![\\p{L}\\p{N}-])`, 'u').test(haystack);
			}),
		)
		.map((cert) => cert.id);
}

function normalise(text: string): string {
	return text.toLowerCase().replace(/\s*[‐-―−-]\s*/g, '-').replace(/\s+/g, ' ');
}
