import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { type DevServer, startDevServer } from '../helpers/dev-server.ts';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';

describe('search under npm run dev', () => {
	let browser: Browser;
	let server: DevServer;
	let site: FixtureSite;
	beforeAll(async () => {
		site = createFixtureSite('dev-search');
		[browser, server] = await Promise.all([launchBrowser(), startDevServer(site)]);
		// A fresh dev server optimises its dependencies on the first page and reloads it: let it settle.
		const { page } = await openPage(browser);
		await page.goto(`${server.origin}/articles/gfm-corpus/`, { waitUntil: 'networkidle' });
		await page.close();
	});
	afterAll(async () => {
		await browser?.close();
		server?.stop();
	});

	/** Opens the search dialog on an article and returns the titles found for a query. */
	async function search(query: string): Promise<string[]> {
		const { page, errors } = await openPage(browser);
		await page.goto(`${server.origin}/articles/gfm-corpus/`, { waitUntil: 'networkidle' });
		await page.keyboard.press('/');
		await page.waitForSelector('pagefind-modal dialog[open]');
		await page.keyboard.type(query);
		// The summary of the whole query: on a busy machine the first keystrokes' results may show first.
		await page.waitForFunction(
			(typed) => {
				const summary = (document.querySelector('pagefind-modal pagefind-summary')?.textContent ?? '').toLowerCase();
				return /results? for/.test(summary) && summary.includes(typed.toLowerCase());
			},
			query,
		);
		await page.waitForFunction(() => !document.querySelector('pagefind-modal .pf-results > li:not(.search-result)'));
		const titles = await page.$$eval('pagefind-modal .search-result .pf-result-link', (links) => links.map((link) => link.textContent ?? ''));
		// Vite's client logs its connection; anything else would be a defect.
		expect(errors.filter((error) => !error.includes('[vite]'))).toEqual([]);
		await page.close();
		return titles;
	}

	it('finds published articles and, as the dev server shows them, drafts and scheduled ones', async () => {
		expect(await search('gateway')).toContain('Mastering the AWS Certified Machine Learning Engineer Associate: Your Gateway to AI Excellence');
		expect(await search('DRAFTSENTINEL7319')).toEqual(['A draft that must never be published']);
		expect(await search('SCHEDULEDSENTINEL4471')).toEqual(['A scheduled article from the far future']);
	});

	it('finds a saved edit on the next search', async () => {
		const file = join(site.root, 'content/articles/gfm-corpus.md');
		writeFileSync(file, `${readFileSync(file, 'utf8')}\nZEBRAFINCH is a word added while the server runs.\n`);
		await server.until(async () => (await search('ZEBRAFINCH')).length === 1, 'the edit to be found');
	});
});
