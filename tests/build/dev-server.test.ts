import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevServer, startDevServer } from '../helpers/dev-server.ts';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { parseHtml, textOf } from '../helpers/html.ts';

describe('npm run dev', () => {
	let server: DevServer;
	let origin: string;
	let site: FixtureSite;
	beforeAll(async () => {
		site = createFixtureSite('dev', { settings: { socialCards: true } });
		server = await startDevServer(site);
		origin = server.origin;
	});
	afterAll(() => server?.stop());

	it('shows drafts and scheduled articles to authors, with a banner', async () => {
		const draft = parseHtml(await (await fetch(`${origin}/articles/draft-article/`)).text());
		expect(textOf(draft.querySelector('.unpublished'))).toBe('Draft: this page shows in previews only (npm run dev, npm run build:preview) and is left out of every build of the site.');
		const scheduled = parseHtml(await (await fetch(`${origin}/articles/scheduled-article/`)).text());
		expect(textOf(scheduled.querySelector('.unpublished'))).toContain('Scheduled: this page shows in previews only');
	});

	it('shows a saved edit, and logs a problem in a saved file with its line', async () => {
		const file = join(site.root, 'content/articles/data-preparation-guide.mdx');
		const page = async () => (await fetch(`${origin}/articles/data-preparation-guide/`)).text();
		const original = readFileSync(file, 'utf8');
		const started = performance.now();
		writeFileSync(file, `${original}\nA sentence added while the server runs.\n`);
		await server.until(async () => (await page()).includes('A sentence added while the server runs.'), 'the edit to show');
		console.log(`an edited article showed in the dev server after ${Math.round(performance.now() - started)} ms`);
		// The file watcher drops a second change to one file within a few dozen milliseconds; an author's next save is never that quick.
		await new Promise((resolve) => setTimeout(resolve, 500));
		writeFileSync(file, readFileSync(file, 'utf8').replace('type: guide', 'type: guidebook'));
		await server.until(() => server.output().includes('content/articles/data-preparation-guide.mdx:18  type  must be one of "article", "guide", not string "guidebook"'), 'the problem to be logged');
		await new Promise((resolve) => setTimeout(resolve, 500));
		writeFileSync(file, original);
		await server.until(async () => !(await page()).includes('A sentence added while the server runs.'), 'the page to be restored');
	});

	it('shows a saved title on the article and in the lists, which the site graph builds', async () => {
		const file = join(site.root, 'content/articles/gfm-corpus.md');
		const original = readFileSync(file, 'utf8');
		writeFileSync(file, original.replace("title: 'GFM corpus in Markdown'", "title: 'GFM corpus, renamed while the server runs'"));
		try {
			await server.until(async () => (await (await fetch(`${origin}/articles/gfm-corpus/`)).text()).includes('>GFM corpus, renamed while the server runs</h1>'), 'the new title');
			expect(await (await fetch(`${origin}/tags/fixture/`)).text()).toContain('GFM corpus, renamed while the server runs');
		} finally {
			writeFileSync(file, original);
		}
	});

	it('never compiles an MDX body the restricted mode refuses, and says why', async () => {
		const file = join(site.root, 'content/articles/hostile.mdx');
		writeFileSync(
			file,
			`---\ntitle: 'Hostile'\ndescription: 'Reads the environment.'\nauthor: david-jenkins\npublish_date: 2025-01-01\n---\n\nexport const leak = process.env.PATH\n\nPATH is {leak}\n`,
		);
		try {
			const page = async () => (await fetch(`${origin}/articles/hostile/`)).text();
			// Waited for by its own line: a save can reach the watcher as an empty file first, with a problem of its own.
			await server.until(async () => (await page()).includes('content/articles/hostile.mdx:8:1  body  import and export are not allowed'), 'the refusal');
			expect(await page()).toContain('This article cannot be shown yet');
			expect(await page()).not.toContain(process.env.PATH);
			await server.until(() => server.output().includes('content/articles/hostile.mdx:8:1  body  import and export are not allowed'), 'the refusal to be logged');
			expect(server.output()).not.toContain('at TransformPluginContext');
		} finally {
			unlinkSync(file);
		}
	});

	it('shows no banner on a published article', async () => {
		const published = parseHtml(await (await fetch(`${origin}/articles/data-preparation-guide/`)).text());
		expect(textOf(published.querySelector('h1'))).toBe('Data preparation for MLA-C01, step by step');
		expect(published.querySelector('.unpublished')).toBeNull();
	});

	it("draws a page's social card when it is asked for, a scheduled article's too, and none for a page that has none", async () => {
		const cardOf = async (path: string) => {
			const image = parseHtml(await (await fetch(`${origin}${path}`)).text()).querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
			return fetch(`${origin}${new URL(image).pathname}`);
		};
		for (const path of ['/articles/gfm-corpus-mdx/', '/articles/scheduled-article/', '/certifications/aws-mla-c01/']) {
			const card = await cardOf(path);
			expect([card.status, card.headers.get('content-type')], path).toEqual([200, 'image/png']);
			expect(await sharp(Buffer.from(await card.arrayBuffer())).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
		}
		expect((await fetch(`${origin}/social/articles/no-such-article.png`)).status).toBe(404);
	});
});

describe('npm run dev with invalid content', () => {
	let server: DevServer;
	let site: FixtureSite;
	const wrongType = (type: string) => `---\ntitle: 'Wrong type'\ndescription: 'Its type is not one there is.'\nauthor: david-jenkins\npublish_date: 2025-01-01\ntype: ${type}\n---\n\nText of the article with a wrong type.\n`;
	beforeAll(async () => {
		// A data file Astro cannot even parse, and an article the schema refuses: neither stops the preview.
		site = createFixtureSite('dev-invalid', { files: { 'content/authors/broken.yaml': 'name: Broken\n  bio: indented wrongly\n', 'content/articles/wrong-type.md': wrongType('tutorial') } });
		server = await startDevServer(site);
	});
	afterAll(() => server?.stop());

	it('starts, and lists every problem on the home page', async () => {
		const home = parseHtml(await (await fetch(server.origin)).text());
		const problems = home.querySelector('.problems');
		expect(textOf(problems?.querySelector('h2'))).toBe('Problems in the content (shown by npm run dev only)');
		expect(problems?.querySelectorAll('li').map((item) => item.text.trim())).toEqual([
			'content/articles/wrong-type.md:6  type  must be one of "article", "guide", not string "tutorial"',
			'content/authors/broken.yaml:1:7  (yaml)  is not valid YAML: Nested mappings are not allowed in compact mappings',
		]);
		expect(home.querySelectorAll('.card a').map((link) => link.getAttribute('href'))).not.toContain('/articles/wrong-type/');
	});

	it('shows an invalid article as a page that names its file, line, field and problem, and the article once fixed', async () => {
		const page = async () => parseHtml(await (await fetch(`${server.origin}/articles/wrong-type/`)).text());
		const broken = await page();
		expect(textOf(broken.querySelector('h1'))).toBe('This article cannot be shown yet');
		expect(broken.querySelector('.problems li')?.text.trim()).toBe('content/articles/wrong-type.md:6  type  must be one of "article", "guide", not string "tutorial"');
		expect(broken.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
		writeFileSync(join(site.root, 'content/articles/wrong-type.md'), wrongType('guide'));
		await server.until(async () => textOf((await page()).querySelector('h1')) === 'Wrong type', 'the fixed article');
		expect(textOf((await page()).querySelector('.prose'))).toBe('Text of the article with a wrong type.');
	});

	it('keeps serving every page when a local hero image is missing, shows the article\'s problem, and brings it back once fixed', async () => {
		const file = join(site.root, 'content/articles/data-preparation-guide.mdx');
		const good = readFileSync(file, 'utf8');
		const status = async (path: string) => (await fetch(`${server.origin}${path}`)).status;
		const page = async () => parseHtml(await (await fetch(`${server.origin}/articles/data-preparation-guide/`)).text());
		writeFileSync(file, good.replace(/^heroImage: .*$/m, 'heroImage: ./images/missing.png'));
		// A save can reach the watcher as an empty file first (the write truncates, then fills it): wait for the saved text's problem.
		const problem = /^content\/articles\/data-preparation-guide\.mdx:\d+ {2}heroImage {2}no image at \.\/images\/missing\.png/;
		await server.until(async () => problem.test((await page()).querySelector('.problems li')?.text.trim() ?? ''), 'the hero image problem');
		expect(textOf((await page()).querySelector('h1'))).toBe('This article cannot be shown yet');
		for (const path of ['/', '/articles/', '/certifications/aws-mla-c01/']) expect(await status(path), path).toBe(200);
		writeFileSync(file, good);
		await server.until(async () => textOf((await page()).querySelector('h1')) !== 'This article cannot be shown yet', 'the fixed article');
		expect(await status('/')).toBe(200);
	});
});
