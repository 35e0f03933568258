import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { builtSite } from './built-site.ts';
import type { FixtureSite } from './fixture-site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/**
 * For one e2e test file: Chromium, and a built fixture site (the shared one unless `prepare` builds
 * another) served as a static host serves it, under `base`, both started before its tests and
 * stopped after them. Read them once the tests run.
 */
export function useServedSite({ prepare = () => builtSite, base = '/' }: { prepare?: () => FixtureSite; base?: string } = {}): { browser: Browser; server: StaticServer } {
	const served = {} as { browser: Browser; server: StaticServer };
	beforeAll(async () => {
		const site = prepare();
		[served.browser, served.server] = await Promise.all([launchBrowser(), serveStatic(site.dist, { base })]);
	});
	afterAll(async () => {
		await served.browser?.close();
		await served.server?.close();
	});
	return served;
}
