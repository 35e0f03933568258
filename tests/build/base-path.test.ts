import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/built-site.ts';
import { createResolver, findBrokenReferences, ORIGIN } from '../helpers/crawl.ts';
import { buildSite, createFixtureSite, type FixtureSite, readPage } from '../helpers/fixture-site.ts';

const BASE = '/docs/';

/** An article whose body links to site paths, as authors write them, without the base. */
const bodyLinks = `---
title: 'Links in a body'
description: 'Site paths written from the root.'
author: david-jenkins
publish_date: 2025-02-01
certs: [aws-mla-c01]
---

See [the MLA-C01 landing page](/certifications/aws-mla-c01/) and ![the icon](/favicon.svg).

Raw HTML too: <a href="/guides/">the guides</a>, <a href='/tags/'>the tags</a>.
`;

/** The same in MDX, where HTML is written as elements. */
const bodyLinksMdx = `---
title: 'Links in an MDX body'
description: 'Site paths written from the root, as elements.'
author: david-jenkins
publish_date: 2025-02-02
---

<a href="/guides/cloud/">Cloud guides</a> and <img src="/favicon.svg" alt="" width="16" height="16" />
`;

describe('a site served under a base path (SITE_BASE=/docs/)', () => {
	let site: FixtureSite;
	beforeAll(() => {
		site = createFixtureSite('site-base', { files: { 'content/articles/body-links.md': bodyLinks, 'content/articles/body-links-mdx.mdx': bodyLinksMdx } });
		const result = buildSite(site, { SITE_BASE: BASE });
		if (result.status !== 0) throw new Error(`the fixture site did not build under ${BASE}:\n${result.output}`);
	});

	it('resolves every link, anchor, asset and meta image of every page under the base', () => {
		expect(listFiles(site.dist).filter((file) => file.endsWith('.html')).length).toBeGreaterThan(20);
		expect(findBrokenReferences(site.dist, BASE)).toEqual([]);
	});

	it('puts a body’s own site links, the navigation and the search bundle under the base', () => {
		const html = readPage(site, '/articles/body-links/');
		expect(html).toContain('href="/docs/certifications/aws-mla-c01/"');
		expect(html).toContain('src="/docs/favicon.svg"');
		expect(html).toContain('<a href="/docs/guides/">the guides</a>');
		expect(html).toContain('<a href="/docs/tags/">the tags</a>');
		const mdx = readPage(site, '/articles/body-links-mdx/');
		expect(mdx).toContain('href="/docs/guides/cloud/"');
		expect(mdx).toContain('src="/docs/favicon.svg"');
		expect(html).toContain('href="/docs/certifications/"');
		expect(html).toContain('href="/docs/search/"');
		const script = listFiles(join(site.dist, '_astro')).filter((file) => file.endsWith('.js')).map((file) => readFileSync(join(site.dist, '_astro', file), 'utf8')).join('\n');
		expect(script).toContain('/docs/pagefind/');
	});

	it('gives the feed, the sitemap and robots.txt URLs that resolve', () => {
		const resolve = createResolver(site.dist, BASE);
		const feedLinks = [...readFileSync(join(site.dist, 'rss.xml'), 'utf8').matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]);
		const sitemapLocs = [...readFileSync(join(site.dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
		expect(feedLinks.length).toBeGreaterThan(3);
		expect(sitemapLocs.length).toBeGreaterThan(20);
		for (const url of [...feedLinks, ...sitemapLocs]) {
			expect(url.startsWith(`${ORIGIN}${BASE}`), url).toBe(true);
			expect(resolve(new URL(url).pathname), url).toBeDefined();
		}
		expect(sitemapLocs.some((url) => url.includes('404'))).toBe(false);
		expect(readFileSync(join(site.dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ORIGIN}${BASE}sitemap-index.xml`);
	});
});
