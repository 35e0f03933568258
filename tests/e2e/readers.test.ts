import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { useServedSite } from '../helpers/served-site.ts';

const served = useServedSite();
/** An article with a local hero: the seed's remote one cannot load offline, a console error of its own. */
const ARTICLE = '/articles/data-preparation-guide/';
const LONG_ARTICLE = '/articles/mastering-the-aws-certified-machine-learning-engineer-associate-your-gateway-to-ai-excellence/';
/** The theme's page background, light and dark (src/styles/global.css). */
const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(17, 20, 24)' };

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const toggle = (page: Page) => page.locator('header button[data-theme-toggle]');

describe('the light/dark switch', () => {
	it('switches the theme, says which is on, and keeps the choice on the next page', async () => {
		const { page, errors } = await openPage(served.browser);
		await page.goto(`${served.server.origin}${ARTICLE}`);
		expect(await background(page)).toBe(BACKGROUND.light);
		await expect.poll(() => toggle(page).isVisible()).toBe(true);
		expect(await toggle(page).getAttribute('aria-pressed')).toBe('false');
		await toggle(page).click();
		expect(await background(page)).toBe(BACKGROUND.dark);
		expect(await toggle(page).getAttribute('aria-pressed')).toBe('true');
		await page.goto(`${served.server.origin}/certifications/aws-mla-c01/`);
		expect(await background(page)).toBe(BACKGROUND.dark);
		await toggle(page).click();
		await page.reload();
		expect(await background(page)).toBe(BACKGROUND.light);
		expect(errors).toEqual([]);
	});

	it('applies a stored choice from <head>, before any deferred script could: no flash of the other theme', async () => {
		const { page, errors } = await openPage(served.browser, { colorScheme: 'light' });
		await page.goto(`${served.server.origin}/`);
		await page.evaluate(() => localStorage.setItem('certguides-theme', 'dark'));
		// The page's module scripts never arrive: only the inline one in <head> can set the theme.
		await page.route('**/_astro/*.js', (route) => route.abort());
		await page.goto(`${served.server.origin}${ARTICLE}`, { waitUntil: 'domcontentloaded' });
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await background(page)).toBe(BACKGROUND.dark);
		// The aborted module scripts are the only errors.
		expect(errors.every((error) => error.includes('net::ERR_FAILED'))).toBe(true);
	});

	it('follows the system when the reader has not chosen, and shows the switch pressed in dark', async () => {
		const { page } = await openPage(served.browser, { colorScheme: 'dark' });
		await page.goto(`${served.server.origin}/`);
		expect(await background(page)).toBe(BACKGROUND.dark);
		await expect.poll(() => toggle(page).getAttribute('aria-pressed')).toBe('true');
	});

	it('is hidden without JavaScript, where the system theme still applies and the page reads in full', async () => {
		const { page } = await openPage(served.browser, { colorScheme: 'dark', javaScriptEnabled: false });
		await page.goto(`${served.server.origin}${ARTICLE}`);
		expect(await toggle(page).isVisible()).toBe(false);
		expect(await background(page)).toBe(BACKGROUND.dark);
		expect(await page.locator('article h1').isVisible()).toBe(true);
	});
});

describe('printing', () => {
	it('prints an article in black on white without the site around it, whatever the theme', async () => {
		const { page } = await openPage(served.browser, { colorScheme: 'dark' });
		await page.goto(`${served.server.origin}${LONG_ARTICLE}`);
		await page.emulateMedia({ media: 'print' });
		expect(await background(page)).toBe(BACKGROUND.light);
		for (const hidden of ['body > header', 'body > footer', 'nav[aria-label="Breadcrumb"]', 'aside.cta', '.related', 'a[data-search-trigger]', '.article-footer']) {
			expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
		}
		expect(await page.locator('article h1').isVisible()).toBe(true);
		expect(await page.locator('article .prose h2').first().isVisible()).toBe(true);
	});

	it('prints a cert\'s facts, outline and study path', async () => {
		const { page } = await openPage(served.browser);
		await page.goto(`${served.server.origin}/certifications/aws-mla-c01/`);
		await page.emulateMedia({ media: 'print' });
		for (const shown of ['h1', '#facts-title', '#outline-title', '#path-title', '.exam-domain .card a']) {
			expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
		}
		expect(await page.locator('body > header').isVisible()).toBe(false);
	});
});
