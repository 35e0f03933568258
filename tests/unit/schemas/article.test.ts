import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/schemas/index.ts';
import { check, checkArticle, toFrontmatter, validArticle } from '../../helpers/content.ts';

describe('article frontmatter', () => {
	it('accepts the minimal article and fills the defaults', () => {
		const { data, errors } = checkArticle({});
		expect(errors).toEqual([]);
		expect(data).toMatchObject({ certs: [], exam_domains: [], tags: [], type: 'article', draft: false });
		expect(data?.publish_date).toEqual(new Date('2025-03-10T00:00:00Z'));
	});

	it('names every missing required field with its line', () => {
		expect(check('articles', '---\nsubtitle: only this\n---\n').errors).toMatchInlineSnapshot(`
			[
			  "content/articles/example.mdx:2  title  is required",
			  "content/articles/example.mdx:2  description  is required",
			  "content/articles/example.mdx:2  author  is required",
			  "content/articles/example.mdx:2  publish_date  is required",
			]
		`);
	});

	it('reads an unquoted date in a text field as the text written, as validate does, where the build’s YAML gives a Date', () => {
		// What Astro hands the schema: js-yaml's default schema turns `2025-01-01` into a Date.
		const { title: _, ...rest } = validArticle;
		const built = yaml.load(`${Object.entries(rest).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n')}\ntitle: 2025-01-01\ntags: [2025-01-02T10:30:00Z]\n`) as Record<string, unknown>;
		expect(built.title).toBeInstanceOf(Date);
		const parsed = articleSchema({ image: () => z.string() }).parse(built);
		expect({ title: parsed.title, tags: parsed.tags }).toEqual({ title: '2025-01-01', tags: ['2025-01-02T10:30:00Z'] });
		expect(checkArticle({ title: '2025-01-01' }).data?.title).toBe('2025-01-01');
	});

	it('limits the title to one line of 1–200 characters', () => {
		expect(checkArticle({ title: 'x'.repeat(200) }).errors).toEqual([]);
		expect(checkArticle({ title: 'x'.repeat(201) }).errors).toMatchInlineSnapshot(`
			[
			  "content/articles/example.mdx:2  title  must be at most 200 characters",
			]
		`);
		expect(checkArticle({ title: '' }).errors).toMatchInlineSnapshot(`
			[
			  "content/articles/example.mdx:2  title  must not be empty",
			]
		`);
		expect(checkArticle({ title: 'Bell\u0007 and\nnewline' }).errors).toMatchInlineSnapshot(`
			[
			  "content/articles/example.mdx:2  title  must be one line without control characters (tabs, line breaks, escape codes)",
			]
		`);
	});

	it('says what type a field has and what it needs', () => {
		expect(checkArticle({ tags: 'aws' }).errors).toMatchInlineSnapshot(`
			[
			  "content/articles/example.mdx:6  tags  must be a list, not string "aws"",
			]
		`);
		expect(checkArticle({ draft: 'yes' }).errors).toMatchInlineSnapshot(`
			[
			  "content/articles/example.mdx:6  draft  must be a boolean, not string "yes"",
			]
		`);
	});

	it.each([
		['8 mins', 8],
		['8 min', 8],
		['8 minutes', 8],
		['12', 12],
		[7, 7],
		[6.6, 7],
	])('normalises read_time %j to %i minutes', (value, minutes) => {
		expect(checkArticle({ read_time: value }).data?.read_time).toBe(minutes);
	});

	it('refuses a read_time that is not a duration', () => {
		expect(checkArticle({ read_time: 'a while' }).errors).toMatchInlineSnapshot(`
			[
			  "content/articles/example.mdx:6  read_time  must be a number of minutes like "8 mins" or 8",
			]
		`);
		expect(checkArticle({ read_time: 0 }).errors).toHaveLength(1);
	});

	it('accepts dates and ISO date-times, and refuses other date text', () => {
		expect(checkArticle({ publish_date: '2025-03-10T09:30:00Z' }).data?.publish_date).toEqual(new Date('2025-03-10T09:30:00Z'));
		expect(checkArticle({ publish_date: 'March 10, 2025' }).errors).toMatchInlineSnapshot(`
			[
			  "content/articles/example.mdx:5  publish_date  must be a date like 2025-03-10 or an ISO date-time like 2025-03-10T09:00:00Z",
			]
		`);
		expect(checkArticle({ publish_date: '2025-02-31' }).errors).toHaveLength(1);
	});

	it('reads a date-time without a zone as UTC, quoted or not, whatever the machine’s time zone', () => {
		const zone = process.env.TZ;
		process.env.TZ = 'Pacific/Kiritimati';
		try {
			const { publish_date, ...rest } = validArticle;
			const withDate = (line: string) => check('articles', toFrontmatter(rest).replace('---\n', `---\n${line}\n`));
			const quoted = withDate("publish_date: '2025-03-10T02:00:00'");
			const unquoted = withDate('publish_date: 2025-03-10T02:00:00');
			expect(quoted.data?.publish_date).toEqual(new Date('2025-03-10T02:00:00Z'));
			expect(unquoted.data?.publish_date).toEqual(new Date('2025-03-10T02:00:00Z'));
			expect(checkArticle({ publish_date: '2025-03-10T02:00:00+14:00' }).data?.publish_date).toEqual(new Date('2025-03-09T12:00:00Z'));
		} finally {
			if (zone === undefined) delete process.env.TZ;
			else process.env.TZ = zone;
		}
	});

	it('accepts unquoted YAML dates', () => {
		const source = `---\ntitle: T\ndescription: D\nauthor: a\npublish_date: 2025-03-10\nupdated_date: 2025-04-01\n---\n`;
		expect(check('articles', source).data?.updated_date).toEqual(new Date('2025-04-01T00:00:00Z'));
	});

	it('refuses an update before publication', () => {
		expect(checkArticle({ updated_date: '2025-03-09' }).errors).toMatchInlineSnapshot(`
			[
			  "content/articles/example.mdx:6  updated_date  must not be before publish_date",
			]
		`);
	});

	it('refuses unknown fields and suggests the one meant', () => {
		const source = toFrontmatter({ ...validArticle, heroImg: 'https://example.com/a.png', tagz: ['x'], colour: 'red' });
		expect(check('articles', source).errors).toMatchInlineSnapshot(`
			[
			  "content/articles/example.mdx:6  heroImg  unknown field; did you mean "heroImage"?",
			  "content/articles/example.mdx:7  tagz  unknown field; did you mean "tags"?",
			  "content/articles/example.mdx:8  colour  unknown field",
			]
		`);
	});

	it('takes a hero image as an https URL or a repository path', () => {
		expect(checkArticle({ heroImage: 'https://images.example.com/a.jpg' }).data?.heroImage).toBe('https://images.example.com/a.jpg');
		expect(checkArticle({ heroImage: './images/a.png' }).data?.heroImage).toBe('./images/a.png');
		expect(checkArticle({ heroImage: '' }).errors).toMatchInlineSnapshot(`
			[
			  "content/articles/example.mdx:6  heroImage  must be an https:// URL or the path of an image in the repository",
			]
		`);
	});

	it('turns a string cta into text for the default link, and checks an object cta', () => {
		expect(checkArticle({ cta: 'Follow us' }).data?.cta).toEqual({ text: 'Follow us' });
		expect(checkArticle({ cta: { text: 'Go', href: '/certifications/', label: 'See' } }).data?.cta).toEqual({
			text: 'Go',
			href: '/certifications/',
			label: 'See',
		});
		expect(checkArticle({ cta: { text: 'Mail', href: 'mailto:team@example.com' } }).errors).toEqual([]);
	});

	it.each(['javascript:alert(1)', 'data:text/html,x', '//evil.example', 'ftp://example.com', 'relative/path'])(
		'refuses the unsafe cta href %j',
		(href) => {
			expect(checkArticle({ cta: { text: 'Go', href } }).errors).toEqual([
				'content/articles/example.mdx:6  cta.href  must be an https://, http:// or mailto: link, or a site path starting with "/"',
			]);
		},
	);

	it('refuses unknown fields inside the cta with a suggestion', () => {
		expect(checkArticle({ cta: { text: 'Go', hreff: '/x/' } }).errors).toMatchInlineSnapshot(`
			[
			  "content/articles/example.mdx:6  cta.hreff  unknown field; did you mean "href"?",
			]
		`);
	});

	it('refuses what a feed cannot carry in any text: a control character, a non-character', () => {
		expect(checkArticle({ title: 'Ctrl \uffff title', description: 'A bell \u0007 rings', tags: ['tag\u001b'], subtitle: 'Two\nlines are fine' }).errors).toEqual([
			'content/articles/example.mdx:2  title  must be one line without control characters (tabs, line breaks, escape codes)',
			'content/articles/example.mdx:3  description  must not hold control characters (escape codes) or non-characters such as U+FFFF',
			'content/articles/example.mdx:6  tags.0  must not hold control characters (escape codes) or non-characters such as U+FFFF',
		]);
	});

	it('needs tags that can name a page', () => {
		expect(checkArticle({ tags: ['C++', 'AI/ML'] }).errors).toEqual([]);
		expect(checkArticle({ tags: ['ok', '!!!'] }).errors).toEqual(['content/articles/example.mdx:6  tags.1  needs a letter or digit to name its tag page']);
		expect(checkArticle({ tags: ['a'.repeat(51)] }).errors).toEqual(['content/articles/example.mdx:6  tags.0  must be at most 50 characters']);
		expect(checkArticle({ tags: ['2', 'AWS 2'] }).errors).toEqual(['content/articles/example.mdx:6  tags.0  must not be a number alone, which the tag index uses for its pages']);
		expect(checkArticle({ tags: Array.from({ length: 21 }, (_, index) => `t${index}`) }).errors).toEqual(['content/articles/example.mdx:6  tags  must list at most 20 tags']);
	});

	it('refuses a cert, exam domain or topic domain listed twice, and a blank title', () => {
		expect(checkArticle({ certs: ['aws-mla-c01', 'aws-mla-c01'] }).errors).toEqual(['content/articles/example.mdx:6  certs.1  "aws-mla-c01" is listed twice']);
		expect(checkArticle({ title: '   ' }).errors).toEqual(['content/articles/example.mdx:2  title  must not be empty']);
		// A soft hyphen and a zero-width space show nothing: the page's title would look empty.
		expect(checkArticle({ title: '\u00AD\u200B' }).errors).toEqual(['content/articles/example.mdx:2  title  must not be empty']);
		expect(checkArticle({ title: 'Exam\u00ADprep' }).errors).toEqual([]);
	});

	it('only accepts article or guide as the type', () => {
		expect(checkArticle({ type: 'guide' }).data?.type).toBe('guide');
		expect(checkArticle({ type: 'tutorial' }).errors).toMatchInlineSnapshot(`
			[
			  "content/articles/example.mdx:6  type  must be one of "article", "guide", not string "tutorial"",
			]
		`);
	});

	it('requires ids in certs, exam_domains and domains, and names the item', () => {
		expect(checkArticle({ certs: ['aws-mla-c01', 'AWS MLA'] }).errors).toMatchInlineSnapshot(`
			[
			  "content/articles/example.mdx:6  certs.1  must be lower-case letters, digits and hyphens, like "aws-mla-c01"",
			]
		`);
	});

	it('points at the line of a nested field', () => {
		const source = '---\ntitle: T\ndescription: D\nauthor: a\npublish_date: 2025-01-01\ncta:\n  text: Go\n  href: javascript:x\n---\n';
		expect(check('articles', source).errors).toEqual([
			'content/articles/example.mdx:8  cta.href  must be an https://, http:// or mailto: link, or a site path starting with "/"',
		]);
	});

	it('reports broken YAML with its line', () => {
		expect(check('articles', '---\ntitle: T\ndescription: "unclosed\nauthor: a\n---\n').errors).toMatchInlineSnapshot(`
			[
			  "content/articles/example.mdx:5  (frontmatter)  is not valid YAML: unexpected end of the stream within a double quoted scalar",
			]
		`);
	});

	it('says so when the frontmatter is never closed, rather than calling the fields in it missing', () => {
		expect(check('articles', "---\ntitle: 'Closed?'\ndescription: 'No.'\nauthor: a\npublish_date: 2025-01-10\n\nBody.\n").errors).toMatchInlineSnapshot(`
			[
			  "content/articles/example.mdx:1  (frontmatter)  is not closed: end it with a line of --- before the body",
			]
		`);
	});

	it('refuses a file without frontmatter', () => {
		expect(check('articles', '# Just a heading\n').errors).toMatchInlineSnapshot(`
			[
			  "content/articles/example.mdx:1  (frontmatter)  must start with a --- frontmatter block",
			]
		`);
	});
});
