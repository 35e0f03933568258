import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { FixtureSite } from './fixture-site.ts';
import { readPage } from './fixture-site.ts';
import { parseHtml } from './html.ts';

/** The fixture site that tests/build/global-setup.ts built. */
export const builtSite: FixtureSite = {
	root: join(import.meta.dirname, '../.tmp/site'),
	dist: join(import.meta.dirname, '../.tmp/site/dist'),
};

/** A built page of the shared fixture site, parsed. */
export function page(path: string) {
	return parseHtml(readPage(builtSite, path));
}

/** Every file under a folder, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The URL path of every built HTML page: `articles/x/index.html` → `/articles/x/`. */
export function listPagePaths(site: FixtureSite = builtSite): string[] {
	return listFiles(site.dist)
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${file.replace(/index\.html$/, '')}`);
}
