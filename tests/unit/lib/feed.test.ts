import { describe, expect, it } from 'vitest';
import { buildFeedItems, escapeXml } from '../../../src/lib/feed.ts';

describe('feed items', () => {
	const data = { title: 'T a', description: 'D & more', publish_date: new Date('2025-01-01'), tags: ['SageMaker'], author: 'ada' };

	it('carry relative links, cert codes and tags as categories, and an escaped author', () => {
		const [item] = buildFeedItems([{ id: 'a', data, certs: [{ data: { code: 'MLA-C01' } }], author: { data: { name: 'Ada <Lovelace> & Co' } } }]);
		expect(item).toEqual({
			title: 'T a',
			description: 'D & more',
			link: '/articles/a/',
			pubDate: new Date('2025-01-01'),
			categories: ['MLA-C01', 'SageMaker'],
			customData: '<dc:creator>Ada &lt;Lovelace&gt; &amp; Co</dc:creator>',
		});
		expect(escapeXml(`"'`)).toBe('&quot;&apos;');
	});

	it('name the author as written when no author entry matches', () => {
		expect(buildFeedItems([{ id: 'a', data, certs: [] }])[0].customData).toBe('<dc:creator>ada</dc:creator>');
	});
});
