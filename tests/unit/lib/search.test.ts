import { describe, expect, it } from 'vitest';
import { collectFacetValues, formatSearchParams, parseSearchParams, type SearchFacets } from '../../../src/lib/search.ts';

const empty: SearchFacets = { cert: [], domain: [], exam_domain: [], type: [], author: [] };
const vocabulary: SearchFacets = {
	...empty,
	cert: [
		{ id: 'aws-mla-c01', label: 'MLA-C01: AWS Certified Machine Learning Engineer – Associate' },
		{ id: 'microsoft-ai-102', label: 'AI-102: Azure AI Engineer Associate' },
	],
	type: [{ id: 'guide', label: 'Guide' }],
};

describe('search URLs', () => {
	it('reads the query, filters by id and the order from a shared link, as the index names them', () => {
		const state = parseSearchParams(new URLSearchParams('q=feature+store&cert=aws-mla-c01&cert=microsoft-ai-102&type=guide&sort=newest'), vocabulary);
		expect(state).toEqual({
			query: 'feature store',
			filters: { Certification: ['MLA-C01: AWS Certified Machine Learning Engineer – Associate', 'AI-102: Azure AI Engineer Associate'], Type: ['Guide'] },
			newest: true,
		});
	});

	it('drops filter ids the site does not have, so an old bookmark still searches', () => {
		expect(parseSearchParams(new URLSearchParams('q=iam&cert=retired-cert&author='), vocabulary)).toEqual({ query: 'iam', filters: {}, newest: false });
	});

	it('writes a search back as the same link', () => {
		const link = 'q=feature+store&cert=aws-mla-c01&type=guide&sort=newest';
		expect(formatSearchParams(parseSearchParams(new URLSearchParams(link), vocabulary), vocabulary)).toBe(link);
		expect(formatSearchParams({ query: '  ', filters: {}, newest: false }, vocabulary)).toBe('');
	});
});

describe('facet values', () => {
	it('lists each value once, by label', () => {
		const guide = { id: 'guide', label: 'Guide' };
		const article = { id: 'article', label: 'Article' };
		expect(collectFacetValues([{ facets: { ...empty, type: [guide] } }, { facets: { ...empty, type: [article, guide] } }]).type).toEqual([article, guide]);
	});
});
