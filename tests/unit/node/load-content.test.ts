import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/content-issues.ts';
import { blankFrontmatter, findBodyStart, loadContent, loadFile } from '../../../src/node/load-content.ts';
import { toFrontmatter, validArticle } from '../../helpers/content.ts';
import { checkBody } from '../../../src/node/validate-content.ts';

/** An article whose frontmatter ends with the given lines, loaded as validate and the build load it. */
function load(extra: string) {
	const source = `---\ntitle: 'Dates and numbers'\ndescription: 'As YAML reads them.'\nauthor: david-jenkins\npublish_date: 2025-01-10\n${extra}\n---\n\nBody.\n`;
	const { entry, issues } = loadFile('articles', 'content/articles/x.mdx', source);
	return { data: entry?.data, issues: issues.map((issue) => formatIssue(issue)) };
}

describe('frontmatter, read as Astro reads it', () => {
	it('refuses an unquoted day that is not on the calendar, which YAML would roll over to the next month', () => {
		for (const time of ["'2025-03-10T25:00:00Z'", "'2025-03-10T23:60:00Z'", '2099-01-01T00:00:00+99:99']) {
			expect(load(`updated_date: ${time}`).issues, time).toEqual(['content/articles/x.mdx:6  updated_date  must be a date like 2025-03-10 or an ISO date-time like 2025-03-10T09:00:00Z']);
		}
		expect(load('updated_date: 2025-02-30').issues).toEqual([
			'content/articles/x.mdx:6  updated_date  must be a date like 2025-03-10 or an ISO date-time like 2025-03-10T09:00:00Z',
		]);
		expect(load('updated_date: 2025-02-28').data?.updated_date?.toISOString()).toBe('2025-02-28T00:00:00.000Z');
	});

	it('reads numbers and times as YAML 1.2 does, so that validate and the build agree', () => {
		expect(load('study_order: 010').data?.study_order).toBe(10);
		expect(load('read_time: 1:30').issues).toHaveLength(1);
	});

	it('names the line of a YAML error', () => {
		expect(load('tags: [unclosed').issues).toEqual([expect.stringMatching(/^content\/articles\/x\.mdx:\d+  \(frontmatter\)  is not valid YAML: /)]);
	});
});

describe('a data file', () => {
	it('refuses a YAML alias bomb with its file and line, instead of expanding billions of values', () => {
		const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
		for (const [index, name] of [...'bcdefgh'].entries()) {
			const previous = 'abcdefgh'[index];
			levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
		}
		const { issues } = loadFile('domains', 'content/domains/bomb.yaml', `${levels.join('\n')}\nname: Bomb\ndescription: boom\norder: 9\n`);
		expect(issues.map((issue) => formatIssue(issue))).toEqual(['content/domains/bomb.yaml:1  (yaml)  uses more than 100 aliases (*name): write the values out']);
	});

	it('refuses values nested past the limit, shallow or deep enough to overflow a parser’s stack', () => {
		const nested = (depth: number) => `${'['.repeat(depth)}x${']'.repeat(depth)}`;
		const loadDomain = (extra: string) => loadFile('domains', 'content/domains/deep.yaml', `name: Deep\ndescription: nested\norder: 9\n${extra}\n`).issues.map((issue) => formatIssue(issue));
		expect(loadDomain(`extra: ${nested(25)}`)).toEqual(['content/domains/deep.yaml:1  (yaml)  nests values more than 20 levels deep']);
		expect(loadDomain(`extra: ${nested(100_000)}`)).toEqual(['content/domains/deep.yaml:1  (yaml)  nests values more than 20 levels deep']);
		expect(load(`tags: ${nested(25)}`).issues).toEqual(['content/articles/x.mdx:6  (frontmatter)  nests values more than 20 levels deep']);
		expect(load(`tags: ${nested(100_000)}`).issues).toEqual(['content/articles/x.mdx:6  (frontmatter)  nests values more than 20 levels deep']);
	});

	it('refuses YAML larger than any real file, before parsing it', () => {
		const padding = `notes: '${'x'.repeat(300 * 1024)}'`;
		expect(loadFile('domains', 'content/domains/big.yaml', `name: Big\n${padding}\n`).issues.map((issue) => formatIssue(issue))).toEqual([
			'content/domains/big.yaml:1  (yaml)  is 301 KB of YAML, more than the 256 KB allowed',
		]);
		expect(load(padding).issues).toEqual(['content/articles/x.mdx:1  (frontmatter)  is 301 KB of YAML, more than the 256 KB allowed']);
	});
});

describe('the files read', () => {
	it('are the repository’s own: a symbolic link, to a file or a folder, is refused unread, so nothing of its target reaches an error or a page', () => {
		const base = mkdtempSync(join(tmpdir(), 'links-'));
		const outside = join(base, 'outside');
		mkdirSync(join(outside, 'folder'), { recursive: true });
		writeFileSync(join(outside, 'secret.txt'), 'SECRET_TOKEN=hunter2\n');
		writeFileSync(join(outside, 'article.md'), toFrontmatter(validArticle));
		writeFileSync(join(outside, 'folder', 'hidden.md'), toFrontmatter(validArticle));
		const root = join(base, 'site');
		for (const folder of ['articles', 'certs', 'authors']) mkdirSync(join(root, 'content', folder), { recursive: true });
		writeFileSync(join(root, 'content/authors/david-jenkins.yaml'), 'name: David Jenkins\n');
		symlinkSync(join(outside, 'secret.txt'), join(root, 'content/certs/leak.yaml'));
		symlinkSync(join(outside, 'article.md'), join(root, 'content/articles/outside.md'));
		symlinkSync(join(outside, 'folder'), join(root, 'content/articles/linked'));
		symlinkSync('loop', join(root, 'content/articles/loop'));

		const content = loadContent(root);
		expect(content.issues.map((issue) => formatIssue(issue))).toEqual([
			'content/articles/linked:1  (file)  is a symbolic link, or inside one: content must be files of the repository itself',
			'content/articles/loop:1  (file)  is a symbolic link, or inside one: content must be files of the repository itself',
			'content/articles/outside.md:1  (file)  is a symbolic link, or inside one: content must be files of the repository itself',
			'content/certs/leak.yaml:1  (file)  is a symbolic link, or inside one: content must be files of the repository itself',
		]);
		expect(content.articles).toEqual([]);
		expect(content.authors.map((author) => author.id)).toEqual(['david-jenkins']);
	});

	it('quote at most the start of a wrong value, and file a data file’s whole-file problem under (yaml)', () => {
		const { issues } = loadFile('authors', 'content/authors/long.yaml', `${'x'.repeat(500)}\n`);
		expect(issues.map((issue) => formatIssue(issue))).toEqual([
			`content/authors/long.yaml:1  (yaml)  must be a mapping of fields, not string "${'x'.repeat(57)}…" (500 characters)`,
		]);
	});
});

describe('where the body starts', () => {
	it('is where Astro starts it, however the closing line is written, so validate checks what the build compiles', async () => {
		const { parseFrontmatter } = await import('@astrojs/markdown-remark');
		for (const source of [
			'---\ntitle: x\n---\nBody.\n',
			'---\ntitle: x\n---\t\nimport fs from "node:fs"\n---\n',
			'---\ntitle: x\n---trailing text\nBody.\n',
			'---\r\ntitle: x\r\n---\r\nBody.\r\n',
			'---\ntitle: x\n',
		]) {
			const start = findBodyStart(source);
			const astro = parseFrontmatter(source, { frontmatter: 'remove' }).content;
			expect(source.slice(start), JSON.stringify(source)).toBe(astro === source ? '' : astro);
			expect(blankFrontmatter(source).length).toBe(source.length);
		}
	});

	it('holds a body after a closing line with a tab to the body policy, as the build would compile it', () => {
		const source = "---\ntitle: 'Tab'\ndescription: 'd'\nauthor: a\npublish_date: 2025-01-01\n---\t\nimport fs from 'node:fs'\n\n<script>alert(1)</script>\n---\n";
		expect(checkBody('content/articles/tab.mdx', source, 'restricted').map((issue) => formatIssue(issue))).toEqual([
			'content/articles/tab.mdx:7:1  body  import and export are not allowed in an article: the site’s components need no import (contentTrust: restricted)',
			'content/articles/tab.mdx:9:1  body  <script> is not allowed in an article: use Markdown, or HTML from the allow-list (README, Security) (contentTrust: restricted)',
		]);
	});
});
