import type { Page } from 'playwright-core';

/** What a reader's first search costs on a built site. */
export interface FirstQuery {
	/** Bytes over the wire (headers included) from opening search to the results, the page itself excluded. */
	bytes: number;
	requests: number;
	/** From the last keystroke's event to the first filled-in result, timed in the page. */
	ms: number;
}

/**
 * Opens an article, opens search with `/` and types a query, as a reader would; the e2e suite and
 * `npm run bench` both measure with it. Resolves once the first result shows and the network is idle.
 */
export async function measureFirstQuery(page: Page, url: string, query: string): Promise<FirstQuery> {
	await page.goto(url);
	let bytes = 0;
	let requests = 0;
	page.on('requestfinished', async (request) => {
		const sizes = await request.sizes();
		bytes += sizes.responseBodySize + sizes.responseHeadersSize;
		requests++;
	});
	await page.keyboard.press('/');
	await page.waitForSelector('pagefind-modal dialog[open]');
	await page.evaluate(() => {
		const timing: { key?: number; shown?: number } = {};
		(window as unknown as { searchTiming: typeof timing }).searchTiming = timing;
		document.addEventListener('keydown', () => (timing.key = performance.now()), true);
		new MutationObserver(() => {
			if (timing.key && !timing.shown && document.querySelector('pagefind-modal .search-result')) timing.shown = performance.now();
		}).observe(document.querySelector('pagefind-modal')!, { childList: true, subtree: true });
	});
	await page.keyboard.type(query);
	await page.waitForFunction(() => (window as unknown as { searchTiming: { shown?: number } }).searchTiming.shown !== undefined);
	await page.waitForLoadState('networkidle');
	const { key, shown } = await page.evaluate(() => (window as unknown as { searchTiming: { key: number; shown: number } }).searchTiming);
	return { bytes, requests, ms: shown - key };
}
