import { describe, expect, it } from 'vitest';
import { filterByAuthor, groupByTag } from '../../../src/lib/articles.ts';
import { buildFeedItems, escapeXml } from '../../../src/lib/feed.ts';
import { parseGitLog } from '../../../src/lib/git-dates.ts';

const article = (id: string, tags: string[], author = 'ada') => ({
	id,
	data: { title: `T ${id}`, description: 'D & more', publish_date: new Date('2025-01-01'), certs: ['mla'], tags, author, draft: false, read_time: undefined, domains: undefined },
});

describe('feed items', () => {
	it('carry relative links, cert codes and tags as categories, and an escaped author', () => {
		const [item] = buildFeedItems([article('a', ['SageMaker'])], { authorOf: () => 'Ada <Lovelace> & Co', certs: [{ id: 'mla', data: { code: 'MLA-C01' } }] });
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
});

describe('tag and author lists', () => {
	it('gives spellings of one tag one page', () => {
		const groups = groupByTag([article('a', ['Data Engineering']), article('b', ['data engineering', 'AWS'])]);
		expect(groups.map((group) => [group.slug, group.label, group.articles.map((a) => a.id)])).toEqual([
			['aws', 'AWS', ['b']],
			['data-engineering', 'Data Engineering', ['a', 'b']],
		]);
	});

	it('finds an author’s articles by id or by name', () => {
		const authors = [{ id: 'ada', data: { name: 'Ada Lovelace' } }, { id: 'bob', data: { name: 'Bob' } }];
		const articles = [article('a', [], 'ada'), article('b', [], 'Ada Lovelace'), article('c', [], 'bob')];
		expect(filterByAuthor(authors[0], articles, authors).map((a) => a.id)).toEqual(['a', 'b']);
	});
});

describe('git dates', () => {
	it('keeps the newest commit date of each file', () => {
		const log = '2025-03-02T10:00:00+01:00\n\ncontent/articles/a.mdx\n\n2025-02-01T10:00:00Z\n\ncontent/articles/a.mdx\ncontent/articles/b.mdx\n';
		const dates = parseGitLog(log);
		expect(dates.get('content/articles/a.mdx')).toEqual(new Date('2025-03-02T09:00:00Z'));
		expect(dates.get('content/articles/b.mdx')).toEqual(new Date('2025-02-01T10:00:00Z'));
	});
});
