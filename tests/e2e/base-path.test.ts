import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { buildSite, createFixtureSite } from '../helpers/fixture-site.ts';
import { useServedSite } from '../helpers/served-site.ts';

const BASE = '/docs/';

const served = useServedSite({
	base: BASE,
	prepare: () => {
		const site = createFixtureSite('e2e-base');
		const result = buildSite(site, { SITE_BASE: BASE });
		if (result.status !== 0) throw new Error(`the fixture site did not build under ${BASE}:\n${result.output}`);
		return site;
	},
});

describe('a site served under a base path', () => {
	it('searches from the header dialog, and every result opens a page under the base', async () => {
		const { page, errors } = await openPage(served.browser);
		await page.goto(`${served.server.origin}${BASE}articles/data-preparation-guide/`);
		await page.keyboard.press('/');
		await page.waitForSelector('pagefind-modal dialog[open]');
		await page.keyboard.type('feature store');
		await page.waitForSelector('pagefind-modal .search-result .pf-result-link');
		const links = await page.$$eval('pagefind-modal .search-result .pf-result-link', (elements) => elements.map((element) => (element as HTMLAnchorElement).href));
		expect(links.length).toBeGreaterThan(0);
		for (const link of links) {
			expect(new URL(link).pathname.startsWith(BASE), link).toBe(true);
			expect((await page.request.get(link)).status(), link).toBe(200);
		}
		expect(errors).toEqual([]);
		await page.close();
	});

	it('keeps the search page’s query and filters in a URL under the base', async () => {
		const { page, errors } = await openPage(served.browser);
		await page.goto(`${served.server.origin}${BASE}search/?q=feature+store&cert=aws-mla-c01`);
		await page.waitForSelector('[data-search-page] .search-result .pf-result-link');
		const first = await page.$eval('[data-search-page] .search-result .pf-result-link', (element) => (element as HTMLAnchorElement).href);
		expect(new URL(first).pathname.startsWith(`${BASE}articles/`)).toBe(true);
		expect(new URL(page.url()).pathname).toBe(`${BASE}search/`);
		expect(errors).toEqual([]);
		await page.close();
	});
});
