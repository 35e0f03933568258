import { describe, expect, it } from 'vitest';
import { builtSite, listFiles } from '../helpers/built-site.ts';
import { findBrokenReferences } from '../helpers/crawl.ts';

describe('the built site', () => {
	it('has no broken internal link, anchor or missing asset on any page', () => {
		expect(findBrokenReferences(builtSite.dist)).toEqual([]);
	});

	it('was crawled whole: every page type is there', () => {
		const pages = listFiles(builtSite.dist).filter((file) => file.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(30);
		for (const page of ['index.html', '404.html', 'articles/index.html', 'articles/2/index.html', 'certifications/aws-mla-c01/index.html', 'guides/cloud/index.html', 'tags/index.html', 'authors/david-jenkins/index.html']) {
			expect(pages).toContain(page);
		}
	});
});
