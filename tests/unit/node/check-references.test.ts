import { describe, expect, it } from 'vitest';
import { findAuthor } from '../../../src/lib/authors.ts';
import { checkReferences } from '../../../src/node/check-references.ts';
import { formatIssue } from '../../../src/lib/content-issues.ts';
import { type Entry, type LoadedContent, loadFile } from '../../../src/node/load-content.ts';
import { toFrontmatter, validArticle } from '../../helpers/content.ts';

function entry<T>(result: { entry?: Entry<T> }): Entry<T> {
	if (!result.entry) throw new Error('fixture entry is invalid');
	return result.entry;
}

function contentWith(articles: Record<string, Record<string, unknown>>): LoadedContent {
	return {
		articles: Object.entries(articles).map(([file, fields]) => entry(loadFile('articles', file, toFrontmatter({ ...validArticle, ...fields })))),
		authors: [entry(loadFile('authors', 'content/authors/david-jenkins.yaml', 'name: David Jenkins\n'))],
		certs: [],
		domains: [],
		fileCount: 0,
		issues: [],
	};
}

const problems = (content: LoadedContent) => checkReferences(content, '/nonexistent').map((issue) => formatIssue(issue));

describe('references between files', () => {
	it('accepts an author by id or by name, in any case', () => {
		const { authors } = contentWith({});
		expect(findAuthor(authors, 'david-jenkins')?.id).toBe('david-jenkins');
		expect(findAuthor(authors, 'david JENKINS')?.id).toBe('david-jenkins');
		expect(problems(contentWith({ 'content/articles/a.mdx': { author: 'David Jenkins' } }))).toEqual([]);
	});

	it('refuses files in sub-folders and names that are no slug', () => {
		const content = contentWith({});
		content.articles.push(entry(loadFile('articles', 'content/articles/aws/tips.mdx', toFrontmatter(validArticle), 'aws/tips')));
		content.certs.push(entry(loadFile('certs', 'content/certs/AWS_MLA.yaml', 'name: N\nvendor: V\ncode: C\nsources: [s]\nchecked: 2026-01-01\nexam_domains: [{ id: a, name: A, weight: 100 }]\n')));
		expect(problems(content)).toEqual([
			'content/articles/aws/tips.mdx:1  (file name)  must sit directly in content/articles/: its file name is its URL',
			'content/certs/AWS_MLA.yaml:1  (file name)  is the id in URLs: use lower-case letters, digits and hyphens, like "exam-tips"',
		]);
	});

	it('refuses a number as a slug, which the index pages use', () => {
		expect(problems(contentWith({ 'content/articles/2.mdx': {} }))).toEqual([
			'content/articles/2.mdx:1  (file name)  is a number, which /articles/2/ already uses for a page of the article index',
		]);
	});

	it('refuses two files with one id, in every collection: Astro would keep one and drop the other with a mere warning', () => {
		expect(problems(contentWith({ 'content/articles/a.md': {}, 'content/articles/a.mdx': {} }))).toEqual([
			'content/articles/a.mdx:1  (file name)  has the id of content/articles/a.md, and so its URL: rename or remove one of them',
		]);
		const content = contentWith({});
		content.domains = ['content/domains/cloud.yaml', 'content/domains/cloud.yml'].map((file, index) =>
			entry(loadFile('domains', file, `name: Cloud ${index}\ndescription: Cloud things.\norder: ${index}\n`)),
		);
		expect(problems(content)).toEqual(['content/domains/cloud.yml:1  (file name)  has the id of content/domains/cloud.yaml, and so its URL: rename or remove one of them']);
	});

	it('needs certs before exam domains, and says when no cert exists at all', () => {
		expect(problems(contentWith({ 'content/articles/a.mdx': { exam_domains: ['data'] } }))).toEqual([
			'content/articles/a.mdx:6  exam_domains.0  needs the certs it belongs to in `certs`',
		]);
		expect(problems(contentWith({ 'content/articles/a.mdx': { certs: ['x'] } }))).toEqual([
			'content/articles/a.mdx:6  certs.0  unknown cert "x" (content/certs/ is empty)',
		]);
	});

	it('suggests the near miss for an unknown id, and lists the few there are when none is near', () => {
		const content = contentWith({ 'content/articles/a.mdx': { domains: ['ml'] }, 'content/articles/b.mdx': { domains: ['machine-learnin'] } });
		content.domains = ['cloud', 'machine-learning'].map((id, order) => entry(loadFile('domains', `content/domains/${id}.yaml`, `name: ${id}\ndescription: About ${id}.\norder: ${order}\n`)));
		expect(problems(content)).toMatchInlineSnapshot(`
			[
			  "content/articles/a.mdx:6  domains.0  unknown domain "ml" (known: cloud, machine-learning)",
			  "content/articles/b.mdx:6  domains.0  unknown domain "machine-learnin"; did you mean "machine-learning"?",
			]
		`);
	});

	it('points an article naming a cert that failed its own checks at that file, not at a near miss', () => {
		const content = contentWith({ 'content/articles/a.mdx': { certs: ['aws-mla-c01'] } });
		content.certs.push(entry(loadFile('certs', 'content/certs/aws-mls-c01.yaml', 'name: N\nvendor: V\ncode: C\nsources: [s]\nchecked: 2026-01-01\nexam_domains: [{ id: a, name: A, weight: 100 }]\n')));
		content.issues.push(...loadFile('certs', 'content/certs/aws-mla-c01.yaml', 'name: "unclosed\n').issues);
		expect(problems(content)).toEqual([
			'content/articles/a.mdx:6  certs.0  cert "aws-mla-c01" cannot be read: content/certs/aws-mla-c01.yaml has errors of its own; fix them first',
		]);
	});

	it('warns of a # heading in the body, a second h1 beside the title, but not of one in code or of ## sections', () => {
		const body = '\n# Overview\n\n## Details\n\n```md\n# in code\n```\n\n#hashtag\n  # Again\n';
		const content = contentWith({});
		content.articles = [entry(loadFile('articles', 'content/articles/a.mdx', toFrontmatter(validArticle, body)))];
		expect(problems(content)).toMatchInlineSnapshot(`
			[
			  "content/articles/a.mdx:8  body  warning: a # heading is a second h1 beside the title, the page's own: start the body's sections at ##",
			  "content/articles/a.mdx:17  body  warning: a # heading is a second h1 beside the title, the page's own: start the body's sections at ##",
			]
		`);
	});

	it('warns when the read time is far from the text, not when it is close', () => {
		expect(problems(contentWith({ 'content/articles/a.mdx': { read_time: 9 } }))).toEqual([
			'content/articles/a.mdx:6  read_time  warning: says 9 min but the text reads in about 1 min',
		]);
		expect(problems(contentWith({ 'content/articles/a.mdx': { read_time: 1 } }))).toEqual([]);
	});

	it('warns when a title has a character social cards cannot draw, unless a hero image or the settings leave cards out', () => {
		const emoji = { 'content/articles/a.mdx': { title: 'Launch 🚀 your ML career → now 🚀' } };
		expect(problems(contentWith(emoji))).toMatchInlineSnapshot(`
			[
			  "content/articles/a.mdx:2  title  warning: has 🚀 (U+1F680), → (U+2192), which social cards cannot draw: shared links show the site's default image (give a heroImage, or leave them out)",
			]
		`);
		expect(problems(contentWith({ 'content/articles/a.mdx': { ...emoji['content/articles/a.mdx'], heroImage: 'https://example.com/hero.jpg' } }))).toEqual([]);
		expect(checkReferences(contentWith(emoji), '/nonexistent', { socialCards: false })).toEqual([]);
		expect(problems(contentWith({ 'content/articles/a.mdx': { title: 'Zoë, Łódź, Ελληνικά, Кириллица: soft\u00ADhyphen' } }))).toEqual([]);
		// Characters the font's unicode-range lists promise but it has no glyph for, named by code point as they are hard to see.
		expect(problems(contentWith({ 'content/articles/a.mdx': { title: 'Pre\u2011exam checklist for MLA\u202FC01' } }))).toEqual([
			"content/articles/a.mdx:2  title  warning: has \u2011 (U+2011), \u202F (U+202F), which social cards cannot draw: shared links show the site's default image (give a heroImage, or leave them out)",
		]);
	});
});
