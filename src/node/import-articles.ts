import { type ArticleData, getCollectionFolder } from '../schemas/index.ts';
import { checkReferences } from './check-references.ts';
import { type ContentIssue, formatIssue } from '../lib/content-issues.ts';
import { convertLegacyArticle, ImportRefusal } from '../lib/import-legacy.ts';
import { loadContent, loadFile } from './load-content.ts';
import { checkBody } from './validate-content.ts';

/** What an import would do: files to write, or why files were refused (then nothing is written). */
export interface ImportPlan {
	writes: { file: string; text: string }[];
	refusals: { name: string; issues: ContentIssue[] }[];
	/** One line per article or author, for the terminal. */
	log: string[];
}

export interface ImportOptions {
	/** The slug of the one article imported, instead of one made from its title. */
	slug?: string;
	/** Overwrite an article that exists and differs from the import. */
	force?: boolean;
	exists(file: string): boolean;
	read(file: string): string;
}

/**
 * Plans the import of legacy articles: converts each, checks the result exactly as `validate`
 * would, and compares it with what is already there, so that a second run changes nothing.
 */
export function importArticles(projectRoot: string, files: { name: string; source: string }[], options: ImportOptions): ImportPlan {
	const content = loadContent(projectRoot);
	const authors = [...content.authors];
	const plan: ImportPlan = { writes: [], refusals: [], log: [] };
	const targets = new Set<string>();
	const refuse = (name: string, message: string, line?: number) =>
		plan.refusals.push({ name, issues: [{ file: name, line, field: line ? '(frontmatter)' : '(file)', message, severity: 'error' }] });

	for (const { name, source } of files) {
		let converted;
		try {
			converted = convertLegacyArticle(source, { authors, certs: content.certs }, { slug: options.slug });
		} catch (error) {
			if (error instanceof ImportRefusal) {
				refuse(name, error.message, error.line);
				continue;
			}
			throw error;
		}
		const target = `${getCollectionFolder('articles')}/${converted.slug}.mdx`;
		if (targets.has(target)) {
			refuse(name, `would also become ${target}: give it another --slug`);
			continue;
		}
		targets.add(target);
		// The same slug in Markdown is the same URL: two files cannot both be /articles/<slug>/.
		const markdownTwin = target.replace(/\.mdx$/, '.md');
		if (options.exists(markdownTwin)) {
			refuse(name, `would have the URL of ${markdownTwin}: give it another --slug`);
			continue;
		}

		const authorFile = converted.newAuthor && {
			file: `${getCollectionFolder('authors')}/${converted.newAuthor.id}.yaml`,
			text: converted.newAuthor.yaml,
		};
		const newAuthor = authorFile && !options.exists(authorFile.file) ? loadFile('authors', authorFile.file, authorFile.text).entry : undefined;
		const loaded = loadFile('articles', target, converted.mdx);
		// Only what this article names: a problem in some other file is not this import's to report.
		const references = loaded.entry
			? checkReferences({ ...content, articles: [loaded.entry], authors: [...authors, ...(newAuthor ? [newAuthor] : [])], issues: [] }, projectRoot).filter(
					(issue) => issue.file === target,
				)
			: [];
		// Whatever the site's trust, an import is held to the restricted mode: it may come from anyone.
		const issues = [...loaded.issues, ...checkBody(target, converted.mdx, 'restricted'), ...references].map((issue) => ({
			...issue,
			file: name,
			line: issue.line !== undefined && issue.line > converted.frontmatterEndLine ? issue.line - converted.addedLines : issue.line,
		}));
		if (issues.some((issue) => issue.severity === 'error')) {
			plan.refusals.push({ name, issues });
			continue;
		}
		plan.log.push(...issues.map((issue) => formatIssue(issue)));

		if (options.exists(target)) {
			const current = options.read(target);
			if (current === converted.mdx) {
				plan.log.push(`unchanged ${target}`);
				continue;
			}
			const existing = loadFile('articles', target, current).entry;
			if (!existing || !loaded.entry || !isSameArticle(existing.data, loaded.entry.data)) {
				// Not an earlier import of this article: --force must never replace someone else's work.
				refuse(name, `would replace ${target}, a different article${existing ? ` ("${existing.data.title}")` : ''} with the same slug: give it another --slug`);
				continue;
			}
			if (!options.force) {
				plan.log.push(`kept ${target}: it was imported from this article and edited since; --force overwrites the edits, --slug imports under another name`);
				continue;
			}
		}
		plan.writes.push({ file: target, text: converted.mdx });
		plan.log.push(`${options.exists(target) ? 'updated' : 'created'} ${target}${converted.inferredCerts.length ? ` (certs: ${converted.inferredCerts.join(', ')})` : ''}`);
		if (newAuthor && authorFile) {
			// Later files in this run by the same author find this entry instead of making another.
			authors.push(newAuthor);
			plan.writes.push(authorFile);
			plan.log.push(`created ${authorFile.file} for "${newAuthor.data.name}"`);
		}
	}
	return plan;
}

/** Whether an existing article is an earlier import of the same legacy article: same title, author and publication day. */
function isSameArticle(existing: ArticleData, imported: ArticleData): boolean {
	return existing.title === imported.title && existing.author === imported.author && existing.publish_date.getTime() === imported.publish_date.getTime();
}
