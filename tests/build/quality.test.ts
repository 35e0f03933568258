import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { THEME_SCRIPT } from '../../src/lib/theme.ts';
import { builtSite, listFiles, page } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/fixture-site.ts';
import { parseHtml } from '../helpers/html.ts';
import { PAGE_TYPES } from '../helpers/page-types.ts';

/** The repository's own html-validate settings (`.htmlvalidate.json`: the recommended rules, three tuned). */
const validator = new HtmlValidate(new FileSystemConfigLoader());
const validate = async (html: string, file: string) => {
	const report = await validator.validateString(html, join(projectRoot, file));
	return report.results.flatMap((result) => result.messages.map((message) => ({ file, line: message.line, rule: message.ruleId, severity: message.severity, message: message.message })));
};
const ERROR = 2;


describe('the built HTML', () => {
	it('is valid under html-validate\'s recommended rules, every page of dist/', async () => {
		const pages = listFiles(builtSite.dist).filter((file) => file.endsWith('.html'));
		const messages = (await Promise.all(pages.map((file) => validate(readFileSync(join(builtSite.dist, file), 'utf8'), `dist/${file}`)))).flat();
		expect(messages.filter((message) => message.severity === ERROR)).toEqual([]);
		// Warnings are content advice (a title over 70 characters), which validate gives the author too.
		expect(messages.map((message) => message.rule)).toEqual(['long-title']);
	});

	it('would fail: html-validate reports what a broken page holds', async () => {
		const broken = '<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a">x</p><p id="a"><b>y</p><img src="x.png"></body></html>';
		expect((await validate(broken, 'broken.html')).filter((message) => message.severity === ERROR).map((message) => message.rule)).toEqual(
			expect.arrayContaining(['no-dup-id', 'close-order', 'wcag/h37']),
		);
	});
});

/** A page's HTML and the stylesheets it links, compressed as hosts serve them. */
function measurePage(path: string, dist = builtSite.dist): { bytes: number; scripts: { inline?: string; src?: string }[] } {
	const file = path.endsWith('.html') ? path.slice(1) : `${path.slice(1)}index.html`;
	const html = readFileSync(join(dist, file));
	const root = parseHtml(html.toString());
	const styles = root.querySelectorAll('link[rel="stylesheet"]').map((link) => readFileSync(join(dist, link.getAttribute('href')!)));
	const scripts = root
		.querySelectorAll('script:not([type="application/ld+json"])')
		.map((script) => (script.getAttribute('src') ? { src: script.getAttribute('src') } : { inline: script.textContent }));
	return { bytes: [html, ...styles].reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0), scripts };
}

describe('page weight (PRODUCT.md: HTML+CSS under 30 KB compressed, no JavaScript but the search entry)', () => {
	const entry = page('/').querySelector('script[type="module"]')?.getAttribute('src');

	it.each(Object.entries(PAGE_TYPES).filter(([type]) => type !== 'search'))('%s: HTML+CSS under 30 KB gzip, and only the theme and search-entry scripts', (_, path) => {
		const { bytes, scripts } = measurePage(path);
		expect(bytes).toBeLessThan(30 * 1024);
		expect(scripts).toEqual([{ inline: THEME_SCRIPT }, { src: entry }]);
	});

	it('loads no more than the small search entry until the reader opens search', () => {
		// The entry and what it imports statically; the rest of search comes by import() on first use.
		const loaded = new Set<string>();
		const load = (src: string) => {
			if (loaded.has(src)) return;
			loaded.add(src);
			const code = readFileSync(join(builtSite.dist, src), 'utf8');
			for (const [, imported] of code.matchAll(/\bimport\s*(?:[^"'()]*?\bfrom\s*)?["']([^"']+)["']/g)) load(join(dirname(src), imported));
		};
		load(entry!);
		const bytes = [...loaded].reduce((sum, src) => sum + gzipSync(readFileSync(join(builtSite.dist, src))).length, 0);
		expect(loaded.size).toBeLessThanOrEqual(2);
		expect(bytes).toBeLessThan(2.5 * 1024);
		expect([...loaded].some((src) => /search-ui|pagefind/.test(src))).toBe(false);
	});

	it('the search page: the same, plus its own search code and its facet values as data', () => {
		const { bytes, scripts } = measurePage('/search/');
		expect(bytes).toBeLessThan(30 * 1024);
		expect(scripts.slice(0, 2)).toEqual([{ inline: THEME_SCRIPT }, { src: entry }]);
		expect(page('/search/').querySelectorAll('script:not([type="application/ld+json"]):not([type="module"]):not([src])').map((script) => script.getAttribute('type') ?? 'inline')).toEqual(['inline', 'application/json']);
	});

	it('would fail: a heavy stylesheet and a script of its own are counted', () => {
		const dist = mkdtempSync(join(tmpdir(), 'weight-'));
		writeFileSync(join(dist, 'heavy.css'), `p{content:"${randomBytes(32 * 1024).toString('base64')}"}`);
		writeFileSync(join(dist, 'index.html'), '<!doctype html><link rel="stylesheet" href="/heavy.css"><script>track()</script><p>x</p>');
		const { bytes, scripts } = measurePage('/', dist);
		rmSync(dist, { recursive: true });
		expect(bytes).toBeGreaterThan(30 * 1024);
		expect(scripts).toEqual([{ inline: 'track()' }]);
	});
});
