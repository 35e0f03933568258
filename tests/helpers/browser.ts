import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, which `.ci/run` installs; CHROMIUM_PATH points elsewhere. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A headless Chromium for the e2e suite, with nothing in it that calls out. */
export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: install Debian's chromium package or set CHROMIUM_PATH`);
	return chromium.launch({
		executablePath,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}

/** A fresh page that records every console error and uncaught exception, for a test to assert there were none. */
export async function openPage(browser: Browser, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<{ page: Page; errors: string[] }> {
	const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light' });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return { page, errors };
}
