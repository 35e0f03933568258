import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Debian's Chromium, which `.ci/run` installs; CHROMIUM_PATH points elsewhere. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether the Chromium the browser tests drive is installed. */
export function findChromium(): boolean {
	return existsSync(executablePath);
}

/** A headless Chromium for the e2e suite and the bench, with nothing in it that calls out. */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
	if (!findChromium()) throw new Error(`no Chromium at ${executablePath}: install Debian's chromium package or set CHROMIUM_PATH`);
	return chromium.launch({
		executablePath,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extraArgs],
	});
}

/** A fresh page that records every console error and uncaught exception, for a test to assert there were none. */
export async function openPage(
	browser: Browser,
	options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {},
): Promise<{ page: Page; errors: string[] }> {
	const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', javaScriptEnabled: options.javaScriptEnabled ?? true });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return { page, errors };
}

/** axe-core's violations on the page as it stands, each as `rule: target, …`. */
export async function findAxeViolations(page: Page): Promise<string[]> {
	// Evaluated, not added as a <script>: the site's policy refuses inline scripts, as it should.
	await page.evaluate(readFileSync(axePath, 'utf8'));
	const violations = await page.evaluate(async () => {
		const { violations } = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
		return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
	});
	return violations;
}
