import { describe, expect, it } from 'vitest';
import { buildFeedItems, escapeXml } from '../../../src/lib/feed.ts';
import { createSitePaths } from '../../../src/lib/urls.ts';

const { article } = createSitePaths('/docs/');

describe('feed items', () => {
	const data = { title: 'T a', description: 'D & more', publish_date: new Date('2025-01-01'), tags: ['SageMaker'], author: 'ada' };

	it('carry site-path links under the base, a description escaped as readers need (they read it as HTML), cert codes and tags as categories, and an escaped author', () => {
		const [item] = buildFeedItems([{ id: 'a', data, certs: [{ data: { code: 'MLA-C01' } }], author: { data: { name: 'Ada <Lovelace> & Co' } } }], article);
		expect(item).toEqual({
			title: 'T a',
			description: 'D &amp; more',
			link: '/docs/articles/a/',
			pubDate: new Date('2025-01-01'),
			categories: ['MLA-C01', 'SageMaker'],
			customData: '<dc:creator>Ada &lt;Lovelace&gt; &amp; Co</dc:creator>',
		});
		expect(escapeXml(`"'`)).toBe('&quot;&apos;');
	});

	it('name the author as written when no author entry matches', () => {
		expect(buildFeedItems([{ id: 'a', data, certs: [] }], article)[0].customData).toBe('<dc:creator>ada</dc:creator>');
	});
});
