import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite, listPagePaths, page } from '../helpers/built-site.ts';
import { readSearchRecords } from '../helpers/search-index.ts';

const index = join(builtSite.dist, 'pagefind');

describe('the search index', () => {
	const records = readSearchRecords(builtSite.dist);
	const byUrl = new Map(records.map((record) => [record.url, record]));

	it('holds every article and cert landing page, and no list, hub or other page', () => {
		const expected = listPagePaths().filter((path) => /^\/(articles|certifications)\/(?!\d+\/)[^/]+\/$/.test(path));
		expect([...byUrl.keys()].sort()).toEqual(expected.sort());
		expect(JSON.parse(readFileSync(join(index, 'pagefind-entry.json'), 'utf8')).languages.en.page_count).toBe(expected.length);
	});

	it('files an article under its cert, topics, exam domain, type and author, with what a result shows', () => {
		const guide = byUrl.get('/articles/data-preparation-guide/')!;
		expect(guide.filters).toEqual({
			Certification: ['MLA-C01: AWS Certified Machine Learning Engineer – Associate'],
			Topic: ['Machine Learning', 'Cloud Architecture'],
			'Exam domain': ['MLA-C01: Data Preparation for Machine Learning (ML)'],
			Type: ['Guide'],
			Author: ['David Jenkins'],
		});
		expect(guide.meta).toMatchObject({
			title: 'Data preparation for MLA-C01, step by step',
			certs: 'MLA-C01',
			read_time: '1 min read',
			date: 'April 2, 2025',
			datetime: '2025-04-02',
			type: 'Guide',
			thumbnail_alt: 'A blue banner',
		});
		expect(guide.meta.thumbnail).toMatch(/^\/_astro\/local-hero\.[\w-]+\.webp$/);
	});

	it('indexes the text of an article, never its navigation, byline, call to action or related list', () => {
		const { content } = byUrl.get('/articles/data-preparation-guide/')!;
		expect(content).toContain('Data preparation for MLA-C01, step by step');
		expect(content).toContain('Amazon S3 holds the raw');
		for (const text of ['Practise with the official sample questions', 'Related articles', 'On this page', 'min read', 'Skip to content', 'Browse certifications']) {
			expect(content, text).not.toContain(text);
		}
	});

	it('gives a cert landing page its code and aliases to rank by, and no list of other articles', () => {
		const landing = byUrl.get('/certifications/aws-mla-c01/')!;
		expect(landing.meta).toMatchObject({ title: 'AWS Certified Machine Learning Engineer – Associate', certs: 'MLA-C01', type: 'Certification' });
		expect(landing.meta.names).toContain('MLA-C01');
		expect(landing.filters.Type).toEqual(['Certification']);
		expect(landing.content).not.toContain('Data preparation for MLA-C01, step by step');
		// A landing page says which exam domains no guide covers yet; a search for "guide" must not find that.
		expect(page('/certifications/aws-aif-c01/').text).toContain('No guide covers this domain yet.');
		expect(byUrl.get('/certifications/aws-aif-c01/')!.content).not.toContain('No guide covers');
		// Each fact's term and value stay two words apart: "score720" would be one word nobody searches for.
		expect(landing.content).toContain('Passing score 720 on a scale of 100–1000');
	});

	it('dates every page it holds for "Newest first", which leaves a page without a date out: an article by publication, a landing page by its facts check', () => {
		const days = [...byUrl.keys()].map((url) => [url, page(url).querySelector('head meta[data-pagefind-sort]')?.getAttribute('content')]);
		expect(days.filter(([, day]) => !/^\d{4}-\d{2}-\d{2}$/.test(day ?? ''))).toEqual([]);
		expect(Object.fromEntries(days)).toMatchObject({ '/articles/data-preparation-guide/': '2025-04-02', '/certifications/aws-mla-c01/': '2026-11-25' });
	});

	it('carries the filters in the page head, out of the reader’s sight', () => {
		const head = page('/articles/data-preparation-guide/').querySelectorAll('head meta[data-pagefind-filter]');
		expect(head.map((meta) => [meta.getAttribute('name'), meta.getAttribute('content')])).toContainEqual(['search:type', 'Guide']);
	});
});
