import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { measureFirstQuery } from '../../bench/first-query.ts';
import { findAxeViolations, openPage } from '../helpers/browser.ts';
import { useServedSite } from '../helpers/served-site.ts';

const served = useServedSite();

/**
 * The results under a container once the search has answered: how many it found (its summary)
 * and the path and title of each result Pagefind has filled in (it loads them as they scroll into view).
 */
async function resultsIn(page: Page, container: string): Promise<{ count: number; found: { path: string; title: string }[] }> {
	await page.waitForFunction((selector) => {
		const summary = document.querySelector(`${selector} pagefind-summary`)?.textContent ?? '';
		if (/no results/i.test(summary)) return true;
		const first = document.querySelector(`${selector} pagefind-results .pf-results > li`);
		return /\d+ results?/.test(summary) && (first?.classList.contains('search-result') ?? false);
	}, container);
	const summary = (await page.textContent(`${container} pagefind-summary`)) ?? '';
	const found = await page.$$eval(`${container} .search-result .pf-result-link`, (links) =>
		links.map((link) => ({ path: new URL((link as HTMLAnchorElement).href).pathname, title: link.textContent ?? '' })),
	);
	return { count: Number(/(\d+) results?/.exec(summary)?.[1] ?? 0), found };
}

/** Opens the search page at a URL and waits for its first results. */
async function openSearchPage(query: string) {
	const { page, errors } = await openPage(served.browser);
	await page.goto(`${served.server.origin}/search/${query}`);
	return { page, errors, results: () => resultsIn(page, '[data-search-page]') };
}

describe('search on the built site', () => {
	it('finds the seed article by words of its body, with its cert badge, type, read time and date', async () => {
		const { page, errors, results } = await openSearchPage('?q=gateway');
		const { found } = await results();
		expect(found.map((result) => result.path)).toContain('/articles/mastering-the-aws-certified-machine-learning-engineer-associate-your-gateway-to-ai-excellence/');
		const details = await page.$eval('.search-result .search-result-details', (element) => element.textContent);
		expect(details).toMatch(/^MLA-C01Article · \d+ min readMarch 10, 2025$/);
		expect(await page.$eval('.search-result .search-result-excerpt', (element) => element.innerHTML)).toContain('<mark>');
		// The matched words are where the reader can see them, on a wide screen and on a phone's.
		for (const width of [1280, 390]) {
			await page.setViewportSize({ width, height: 800 });
			expect(await page.$eval('.search-result .search-result-excerpt', (excerpt) => {
				const box = excerpt.getBoundingClientRect();
				const marks = [...excerpt.querySelectorAll('mark')].map((mark) => mark.getBoundingClientRect());
				return marks.length > 0 && marks.some((mark) => mark.bottom <= box.bottom + 1 && mark.right <= box.right + 1);
			}), `a highlighted word in sight at ${width} px`).toBe(true);
		}
		// The seed's hero is remote: Pagefind records it, and a result must not fetch it.
		expect(await page.$$eval('.search-result img', (images) => images.map((image) => (image as HTMLImageElement).src).filter((src) => new URL(src).origin !== location.origin))).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('links the matching sections under a result, each with its own excerpt, the page’s own not repeated', async () => {
		const { page, errors, results } = await openSearchPage('?q=sagemaker');
		await results();
		const sections = await page.$$eval('.search-result', (items) =>
			items.flatMap((item) => {
				const excerpt = item.querySelector('.search-result-excerpt')?.innerHTML;
				return [...item.querySelectorAll('.pf-heading-chip')].map((chip) => ({
					link: chip.querySelector('.pf-heading-link')?.getAttribute('href') ?? '',
					repeated: chip.querySelector('.pf-heading-excerpt')?.innerHTML === excerpt,
				}));
			}),
		);
		expect(sections.length).toBeGreaterThan(0);
		expect(sections.every((section) => /#./.test(section.link))).toBe(true);
		expect(sections.filter((section) => section.repeated)).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('ranks a cert’s landing page first for its code', async () => {
		for (const [code, path] of [
			['MLA-C01', '/certifications/aws-mla-c01/'],
			['AI-102', '/certifications/azure-ai-102/'],
			['SAA-C03', '/certifications/aws-saa-c03/'],
		]) {
			const { page, results } = await openSearchPage(`?q=${code}`);
			expect((await results()).found[0].path, code).toBe(path);
			await page.close();
		}
	});

	it('never finds a draft or a scheduled article', async () => {
		for (const word of ['DRAFTSENTINEL7319', 'SCHEDULEDSENTINEL4471', '"A draft that must never be published"', '"A scheduled article from the far future"']) {
			const { page, results } = await openSearchPage(`?q=${encodeURIComponent(word)}`);
			expect((await results()).count, word).toBe(0);
			await page.close();
		}
	});

	it('narrows the results with every facet, and with facets combined', async () => {
		// With no words and no filter, the page waits for the reader: once asked, the facets show, no result does.
		const { page, errors } = await openPage(served.browser);
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto(`${served.server.origin}/search/`);
		const results = () => resultsIn(page, '[data-search-page]');
		// Search itself loads once the reader first points or types; the box is there, focused, before.
		await page.waitForFunction(() => document.activeElement?.closest('pagefind-input') !== null);
		await page.waitForLoadState('networkidle');
		expect(requests.filter((path) => path.startsWith('/pagefind/')).sort()).toEqual(['/pagefind/pagefind-component-ui.css', '/pagefind/pagefind-component-ui.js']);
		expect(await page.$$('pagefind-filter-pane .pf-filter-group-name')).toEqual([]);
		await page.click('[data-search-page] pagefind-input input');
		await page.waitForSelector('pagefind-filter-pane .pf-filter-group-name');
		const facets = await page.$$eval('pagefind-filter-pane .pf-filter-group-name', (names) => names.map((name) => name.textContent));
		expect(facets).toEqual(['Certification', 'Topic', 'Exam domain', 'Type', 'Author']);
		expect(await page.locator('[data-search-page] pagefind-results').isVisible()).toBe(false);
		// With no words, a filter lists every page it lets through: the three types together are every page.
		let all = 0;
		for (const type of ['article', 'guide', 'certification']) {
			await page.goto(`${served.server.origin}/search/?type=${type}`);
			all += (await results()).count;
		}
		for (const [param, value] of [
			['cert', 'aws-saa-c03'],
			['domain', 'generative-ai'],
			['exam_domain', 'aws-mla-c01.data-preparation'],
			['type', 'guide'],
			['author', 'david-jenkins'],
		]) {
			await page.goto(`${served.server.origin}/search/?${param}=${value}`);
			const narrowed = (await results()).count;
			expect(narrowed, param).toBeGreaterThan(0);
			expect(narrowed, param).toBeLessThan(all);
		}
		await page.goto(`${served.server.origin}/search/?q=data&cert=aws-mla-c01`);
		const mla = await results();
		await page.goto(`${served.server.origin}/search/?q=data&cert=aws-mla-c01&type=guide`);
		const guides = await results();
		expect(guides.count).toBeLessThan(mla.count);
		expect(guides.found.map((result) => result.path)).toEqual(['/articles/data-preparation-guide/']);
		expect(errors).toEqual([]);
	});

	it('keeps the query and the chosen filters in the URL, both ways', async () => {
		const { page, errors, results } = await openSearchPage('?q=data&cert=aws-mla-c01');
		await results();
		expect(await page.inputValue('[data-search-page] input[type="search"]')).toBe('data');
		const checked = await page.$$eval('pagefind-filter-pane input[type="checkbox"]:checked', (boxes) => boxes.map((box) => box.closest('label')?.textContent?.trim()));
		expect(checked).toEqual([expect.stringContaining('MLA-C01: AWS Certified Machine Learning Engineer – Associate')]);

		await page.click('pagefind-filter-pane summary:has-text("Type")');
		await page.check('pagefind-filter-pane label:has-text("Guide") input');
		await page.waitForURL((url) => url.searchParams.get('type') === 'guide');
		await page.fill('[data-search-page] input[type="search"]', 'preparation');
		await page.waitForURL((url) => url.searchParams.get('q') === 'preparation');
		expect(new URL(page.url()).search).toBe('?q=preparation&cert=aws-mla-c01&type=guide');
		await page.waitForFunction(() => /1 result for preparation/.test(document.querySelector('pagefind-summary')?.textContent ?? ''));
		expect((await results()).found.map((result) => result.path)).toEqual(['/articles/data-preparation-guide/']);

		await page.selectOption('select[name="sort"]', 'newest');
		await page.waitForURL((url) => url.searchParams.get('sort') === 'newest');
		expect(errors).toEqual([]);
	});

	it('orders by newest first when asked', async () => {
		const { results } = await openSearchPage('?q=filler&sort=newest');
		const titles = (await results()).found.map((result) => result.title);
		expect(titles.slice(0, 3)).toEqual(['Filler article 50', 'Filler article 49', 'Filler article 48']);
	});

	it('keeps cert landing pages in a newest-first search', async () => {
		const { results, errors } = await openSearchPage('?q=MLA-C01&sort=newest');
		const paths = (await results()).found.map((result) => result.path);
		expect(paths).toContain('/certifications/aws-mla-c01/');
		expect(paths).toContain('/articles/data-preparation-guide/');
		expect(errors).toEqual([]);
	});

	it('shows markup in an article’s text as text in results, never as markup', async () => {
		const { page, errors, results } = await openSearchPage('?q=onerror');
		expect((await results()).found.map((result) => result.path)).toContain('/articles/data-preparation-guide/');
		expect(await page.textContent('.search-result .search-result-excerpt')).toContain('<img src=x');
		expect(await page.$$('.search-result .search-result-excerpt img, .search-result .pf-heading-excerpt img')).toEqual([]);
		expect(await page.title()).not.toBe('1');
		expect(errors).toEqual([]);
	});

	it('takes focus, and fits a phone’s screen with long results', async () => {
		const { page, errors, results } = await openSearchPage('?q=data');
		await page.setViewportSize({ width: 390, height: 800 });
		await results();
		expect(await page.evaluate(() => document.activeElement?.matches('[data-search-page] input[type="search"]'))).toBe(true);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		// No "/" key on a phone: the header's search button shows no hint for one.
		expect(await page.$eval('.search-trigger kbd', (kbd) => getComputedStyle(kbd).display)).toBe('none');
		expect(errors).toEqual([]);
	});

	it('tells a reader without JavaScript where to browse instead', async () => {
		const context = await served.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${served.server.origin}/search/`);
		expect(await page.textContent('.no-script')).toMatch(/needs JavaScript.*the certifications.*the guides by topic/s);
		// The header's link still leads here; the / shortcut, which needs JavaScript, is neither shown nor announced.
		expect(await page.isVisible('a[data-search-trigger] kbd')).toBe(false);
		expect(await page.getAttribute('a[data-search-trigger]', 'aria-keyshortcuts')).toBeNull();
		await context.close();
	});
});

describe('the search dialog on every page', () => {
	const article = '/articles/data-preparation-guide/';

	it('loads no search code until the reader asks, then opens with / and closes with Escape', async () => {
		const { page, errors } = await openPage(served.browser);
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto(`${served.server.origin}${article}`);
		expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);

		await page.keyboard.press('/');
		await page.waitForSelector('pagefind-modal dialog[open]');
		await page.keyboard.type('feature store');
		expect((await resultsIn(page, 'pagefind-modal')).count).toBeGreaterThan(0);
		expect(requests.some((path) => path.startsWith('/pagefind/'))).toBe(true);
		await page.keyboard.press('Escape');
		await page.waitForSelector('pagefind-modal dialog[open]', { state: 'detached' }).catch(() => page.waitForSelector('pagefind-modal dialog:not([open])', { state: 'attached' }));
		expect(await page.$('pagefind-modal dialog[open]')).toBeNull();
		expect(errors).toEqual([]);
	});

	it('opens with Ctrl-K and with the header button, and gives focus back to the button', async () => {
		const { page, errors } = await openPage(served.browser);
		await page.goto(`${served.server.origin}${article}`);
		expect(await page.isVisible('a[data-search-trigger] kbd')).toBe(true);
		expect(await page.getAttribute('a[data-search-trigger]', 'aria-keyshortcuts')).toBe('/ Control+K Meta+K');
		await page.keyboard.press('Control+k');
		await page.waitForSelector('pagefind-modal dialog[open]');
		await page.keyboard.press('Escape');
		await page.waitForSelector('pagefind-modal dialog:not([open])', { state: 'attached' });

		await page.click('a[data-search-trigger]');
		await page.waitForSelector('pagefind-modal dialog[open]');
		expect(await page.evaluate(() => document.activeElement?.matches('pagefind-modal input'))).toBe(true);
		await page.keyboard.press('Escape');
		await page.waitForSelector('pagefind-modal dialog:not([open])', { state: 'attached' });
		expect(await page.evaluate(() => document.activeElement?.matches('a[data-search-trigger]'))).toBe(true);
		expect(errors).toEqual([]);
	});

	it('falls back to the search page, which says so, when search cannot load', async () => {
		const { page } = await openPage(served.browser);
		await page.route('**/pagefind/**', (route) => route.abort());
		await page.goto(`${served.server.origin}${article}`);
		await page.keyboard.press('/');
		await page.waitForURL(`${served.server.origin}/search/`);
		await page.waitForSelector('[data-search-error]:not([hidden])');
		expect(await page.textContent('[data-search-error]')).toContain('Search could not load');
		await page.close();
	});

	it('measures a first query: bytes downloaded and time from the last keystroke to results', async () => {
		const { page, errors } = await openPage(served.browser);
		const { bytes, requests, ms } = await measureFirstQuery(page, `${served.server.origin}${article}`, 'sagemaker');
		console.log(`first query: ${(bytes / 1024).toFixed(1)} KB transferred in ${requests} requests, results ${Math.round(ms)} ms after the last keystroke`);
		expect(bytes).toBeLessThan(150 * 1024);
		expect(errors).toEqual([]);
	});

	it('is accessible in light and dark, with results showing, and announces how many it found', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page, errors } = await openPage(served.browser, { colorScheme });
			await page.goto(`${served.server.origin}${article}`);
			await page.click('a[data-search-trigger]');
			await page.waitForSelector('pagefind-modal dialog[open]');
			// Pagefind announces the count for a moment, then clears it: record every announcement.
			await page.evaluate(() => {
				const announced: string[] = [];
				(window as unknown as { announced: string[] }).announced = announced;
				new MutationObserver(() => announced.push(document.querySelector('[data-pagefind-announcer]')?.textContent ?? '')).observe(document.body, {
					subtree: true,
					childList: true,
					characterData: true,
				});
			});
			await page.keyboard.type('data');
			await resultsIn(page, 'pagefind-modal');
			await page.waitForFunction(() => (window as unknown as { announced: string[] }).announced.some((text) => /\d+ results? for data/.test(text)));
			expect(await findAxeViolations(page), colorScheme).toEqual([]);
			expect(errors).toEqual([]);
			await page.close();
		}
	});
});

describe('the search page', () => {
	it('is accessible in light and dark with results and filters showing', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page, errors } = await openPage(served.browser, { colorScheme });
			await page.goto(`${served.server.origin}/search/?q=data&cert=aws-mla-c01`);
			await resultsIn(page, '[data-search-page]');
			expect(await findAxeViolations(page), colorScheme).toEqual([]);
			expect(errors).toEqual([]);
			await page.close();
		}
	});
});
