import { formatIssue } from '../../src/lib/content-issues.ts';
import { loadFile } from '../../src/node/load-content.ts';
import type { CollectionName } from '../../src/schemas/index.ts';

/** A valid article's frontmatter, to vary one field at a time. */
export const validArticle = {
	title: 'Data preparation for MLA-C01',
	description: 'How to prepare data for the exam.',
	author: 'david-jenkins',
	publish_date: '2025-03-10',
};

/** Writes frontmatter fields as YAML lines, one per field, in order. */
export function toFrontmatter(fields: Record<string, unknown>, body = '\nText.\n'): string {
	const lines = Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
	return `---\n${lines.join('\n')}\n---\n${body}`;
}

/** Loads one file's text as the collection would, returning the entry and the lines an author sees. */
export function check(name: CollectionName, source: string, file = `content/${name}/example.${name === 'articles' ? 'mdx' : 'yaml'}`) {
	const result = loadFile(name, file, source);
	return { data: result.entry?.data as Record<string, unknown> | undefined, errors: result.issues.map((issue) => formatIssue(issue)) };
}

/** The article an author gets from these frontmatter fields (a valid article's, overridden). */
export function checkArticle(fields: Record<string, unknown>) {
	return check('articles', toFrontmatter({ ...validArticle, ...fields }));
}
