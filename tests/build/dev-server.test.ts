import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type FixtureSite, productEnv } from '../helpers/fixture-site.ts';
import { parseHtml, textOf } from '../helpers/html.ts';

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

describe('npm run dev', () => {
	let server: ChildProcess;
	let origin: string;
	let site: FixtureSite;
	let output = '';
	const until = async (condition: () => Promise<boolean> | boolean, what: string) => {
		for (let attempt = 0; attempt < 100; attempt++) {
			if (await condition()) return;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		throw new Error(`timed out waiting for ${what}; the server said:\n${output}`);
	};
	beforeAll(async () => {
		site = createFixtureSite('dev');
		const port = await freePort();
		origin = `http://127.0.0.1:${port}`;
		// --ignore-lock: a test server must neither be refused by nor replace an author's own dev server.
		server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
			cwd: site.root,
			env: productEnv(),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const collect = (chunk: Buffer) => {
			output += chunk;
		};
		server.stdout?.on('data', collect);
		server.stderr?.on('data', collect);
		// The server stops with the test run even if afterAll never runs.
		const stop = setTimeout(() => server.kill(), 120_000);
		stop.unref();
		let last = '';
		for (let attempt = 0; attempt < 150; attempt++) {
			try {
				const response = await fetch(origin);
				if (response.ok) return;
				last = `HTTP ${response.status}`;
			} catch (error) {
				last = String((error as Error).cause ?? error);
			}
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
		throw new Error(`the dev server did not start (${last}):\n${output}`);
	});
	afterAll(() => {
		server?.kill();
	});

	it('shows drafts and scheduled articles to authors, with a banner', async () => {
		const draft = parseHtml(await (await fetch(`${origin}/articles/draft-article/`)).text());
		expect(textOf(draft.querySelector('.unpublished'))).toBe('Draft: this page shows in npm run dev only and is left out of every build.');
		const scheduled = parseHtml(await (await fetch(`${origin}/articles/scheduled-article/`)).text());
		expect(textOf(scheduled.querySelector('.unpublished'))).toContain('Scheduled: this page shows in npm run dev only');
	});

	it('shows a saved edit, and logs a problem in a saved file with its line', async () => {
		const file = join(site.root, 'content/articles/data-preparation-guide.mdx');
		const page = async () => (await fetch(`${origin}/articles/data-preparation-guide/`)).text();
		const original = readFileSync(file, 'utf8');
		const started = performance.now();
		writeFileSync(file, `${original}\nA sentence added while the server runs.\n`);
		await until(async () => (await page()).includes('A sentence added while the server runs.'), 'the edit to show');
		console.log(`an edited article showed in the dev server after ${Math.round(performance.now() - started)} ms`);
		// The file watcher drops a second change to one file within a few dozen milliseconds; an author's next save is never that quick.
		await new Promise((resolve) => setTimeout(resolve, 500));
		writeFileSync(file, readFileSync(file, 'utf8').replace('type: guide', 'type: guidebook'));
		await until(() => output.includes('content/articles/data-preparation-guide.mdx:18  type  must be one of "article", "guide", not string "guidebook"'), 'the problem to be logged');
		await new Promise((resolve) => setTimeout(resolve, 500));
		writeFileSync(file, original);
		await until(async () => !(await page()).includes('A sentence added while the server runs.'), 'the page to be restored');
	});

	it('shows a saved title on the article and in the lists, which the site graph builds', async () => {
		const file = join(site.root, 'content/articles/gfm-corpus.md');
		const original = readFileSync(file, 'utf8');
		writeFileSync(file, original.replace("title: 'GFM corpus in Markdown'", "title: 'GFM corpus, renamed while the server runs'"));
		try {
			await until(async () => (await (await fetch(`${origin}/articles/gfm-corpus/`)).text()).includes('>GFM corpus, renamed while the server runs</h1>'), 'the new title');
			expect(await (await fetch(`${origin}/tags/fixture/`)).text()).toContain('GFM corpus, renamed while the server runs');
		} finally {
			writeFileSync(file, original);
		}
	});

	it('shows no banner on a published article', async () => {
		const published = parseHtml(await (await fetch(`${origin}/articles/data-preparation-guide/`)).text());
		expect(textOf(published.querySelector('h1'))).toBe('Data preparation for MLA-C01, step by step');
		expect(published.querySelector('.unpublished')).toBeNull();
	});
});
