import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite, listFiles } from '../helpers/built-site.ts';
import { parseHtml } from '../helpers/html.ts';

const origin = 'https://certguides.example';
const dist = builtSite.dist;

/** The built file a site path is served from, or undefined when there is none. */
function resolveFile(path: string): string | undefined {
	const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
	return candidates.map((candidate) => join(dist, decodeURIComponent(candidate))).find((file) => existsSync(file));
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	if (!ids.has(file)) ids.set(file, new Set(parseHtml(readFileSync(file, 'utf8')).querySelectorAll('[id]').map((element) => element.id)));
	return ids.get(file)!;
}

/** Every URL a page refers to: links, stylesheets, images and their srcset candidates, meta images. */
function referencesOf(html: string): string[] {
	const root = parseHtml(html);
	const urls = [
		...root.querySelectorAll('a[href], link[href]').map((element) => element.getAttribute('href')!),
		...root.querySelectorAll('img[src], script[src], source[src]').map((element) => element.getAttribute('src')!),
		...root.querySelectorAll('[srcset]').flatMap((element) => element.getAttribute('srcset')!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0])),
		...root.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"], meta[property="og:url"]').map((element) => element.getAttribute('content')!),
	];
	return urls.filter((url) => url.startsWith('/') || url.startsWith('#') || url.startsWith(origin));
}

describe('the built site', () => {
	const pages = listFiles(dist).filter((file) => file.endsWith('.html'));

	it('has no broken internal link, anchor or missing asset on any page', () => {
		const broken: string[] = [];
		for (const page of pages) {
			const pageFile = join(dist, page);
			for (const reference of referencesOf(readFileSync(pageFile, 'utf8'))) {
				const url = new URL(reference, `${origin}/${page}`);
				const file = resolveFile(url.pathname);
				if (!file) broken.push(`${page} → ${reference}`);
				else if (url.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page} → ${reference} (no such anchor)`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('was crawled whole: every page type is there', () => {
		expect(pages.length).toBeGreaterThan(30);
		for (const page of ['index.html', '404.html', 'articles/index.html', 'articles/2/index.html', 'certifications/aws-mla-c01/index.html', 'guides/cloud/index.html', 'tags/index.html', 'authors/david-jenkins/index.html']) {
			expect(pages).toContain(page);
		}
	});
});
