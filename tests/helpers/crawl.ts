import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './built-site.ts';
import { parseHtml } from './html.ts';

/** The origin the fixture sites are built for (the default `SITE_URL`). */
export const ORIGIN = 'https://certguides.example';

/** Every URL a page refers to: links, stylesheets, images and their srcset candidates, meta images. */
function referencesOf(html: string): string[] {
	const root = parseHtml(html);
	const urls = [
		...root.querySelectorAll('a[href], link[href]').map((element) => element.getAttribute('href')!),
		...root.querySelectorAll('img[src], script[src], source[src]').map((element) => element.getAttribute('src')!),
		...root.querySelectorAll('[srcset]').flatMap((element) => element.getAttribute('srcset')!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0])),
		...root.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"], meta[property="og:url"]').map((element) => element.getAttribute('content')!),
	];
	return urls.filter((url) => url.startsWith('/') || url.startsWith('#') || url.startsWith(ORIGIN));
}

/**
 * A built site as a host serving `dist/` under `base` would answer: the file a URL path is
 * served from, or undefined for a 404 (including any path outside the base).
 */
export function createResolver(dist: string, base = '/') {
	return (path: string): string | undefined => {
		if (!path.startsWith(base)) return undefined;
		const inside = `/${path.slice(base.length)}`;
		const candidates = inside.endsWith('/') ? [`${inside}index.html`] : [inside, `${inside}/index.html`];
		return candidates.map((candidate) => join(dist, decodeURIComponent(candidate))).find((file) => existsSync(file));
	};
}

/** Every internal link, anchor, asset and meta image of every page that does not resolve, as `page → reference`. */
export function findBrokenReferences(dist: string, base = '/'): string[] {
	const resolve = createResolver(dist, base);
	const ids = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		if (!ids.has(file)) ids.set(file, new Set(parseHtml(readFileSync(file, 'utf8')).querySelectorAll('[id]').map((element) => element.id)));
		return ids.get(file)!;
	};
	const broken: string[] = [];
	for (const page of listFiles(dist).filter((file) => file.endsWith('.html'))) {
		for (const reference of referencesOf(readFileSync(join(dist, page), 'utf8'))) {
			const url = new URL(reference, `${ORIGIN}${base}${page}`);
			const file = resolve(url.pathname);
			if (!file) broken.push(`${page} → ${reference}`);
			else if (url.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page} → ${reference} (no such anchor)`);
		}
	}
	return broken;
}
