import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { builtSite } from './built-site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/**
 * For one e2e test file: Chromium, and the built fixture site served as a static host serves it,
 * both started before its tests and stopped after them. Read them once the tests run.
 */
export function useServedSite(): { browser: Browser; server: StaticServer } {
	const served = {} as { browser: Browser; server: StaticServer };
	beforeAll(async () => {
		[served.browser, served.server] = await Promise.all([launchBrowser(), serveStatic(builtSite.dist)]);
	});
	afterAll(async () => {
		await served.browser?.close();
		await served.server?.close();
	});
	return served;
}
