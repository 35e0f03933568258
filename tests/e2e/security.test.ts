import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { useServedSite } from '../helpers/served-site.ts';

const served = useServedSite();

/** A page whose every Content-Security-Policy violation, and every console error, is recorded. */
async function openWatchedPage() {
	const { page, errors } = await openPage(served.browser);
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
	});
	const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
	return { page, errors, violations };
}

describe('the Content-Security-Policy, served as dist/_headers says', () => {
	it('is sent with every page, strict for scripts, and forbids framing', async () => {
		const response = await fetch(`${served.server.origin}/`);
		const policy = response.headers.get('content-security-policy') ?? '';
		expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		// The same policy in the page, for hosts that send no headers.
		expect(await response.text()).toContain(`<meta http-equiv="Content-Security-Policy" content="${policy.replace("; frame-ancestors 'none'", '')}">`);
	});

	it('lets every page type, and search in the dialog and on its page, work with no violation', async () => {
		for (const path of ['/', '/articles/', '/articles/data-preparation-guide/', '/certifications/aws-mla-c01/', '/guides/machine-learning/', '/tags/', '/404.html']) {
			const { page, errors, violations } = await openWatchedPage();
			await page.goto(`${served.server.origin}${path}`, { waitUntil: 'networkidle' });
			expect(await violations(), path).toEqual([]);
			expect(errors, path).toEqual([]);
			await page.close();
		}
		const { page, errors, violations } = await openWatchedPage();
		await page.goto(`${served.server.origin}/articles/data-preparation-guide/`);
		await page.keyboard.press('/');
		await page.waitForSelector('pagefind-modal dialog[open]');
		await page.keyboard.type('data');
		await page.waitForSelector('pagefind-modal .search-result');
		await page.goto(`${served.server.origin}/search/?q=data&cert=aws-mla-c01`);
		await page.waitForSelector('[data-search-page] .search-result');
		expect(await violations()).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('blocks an inline script, as a hostile body would need', async () => {
		const { page, violations } = await openWatchedPage();
		await page.goto(`${served.server.origin}/`);
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.ran = true';
			document.body.append(script);
		});
		expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
		// Reported once by the header's policy and once by the page's <meta>.
		const reported = await violations();
		expect(reported.length).toBeGreaterThan(0);
		expect(reported.every((violation) => violation.startsWith('script-src'))).toBe(true);
	});
});
