import { describe, expect, it } from 'vitest';
import { deriveDomains, findRelated, getReadTime, getUnpublishedReason, isPublished, sortNewestFirst } from '../../../src/lib/articles.ts';

function article(id: string, fields: Partial<{ certs: string[]; tags: string[]; date: string; draft: boolean; read_time: number; domains: string[] }> = {}) {
	return {
		id,
		body: 'word '.repeat(440),
		data: {
			title: id,
			draft: fields.draft ?? false,
			publish_date: new Date(fields.date ?? '2025-01-01'),
			certs: fields.certs ?? [],
			tags: fields.tags ?? [],
			domains: fields.domains,
			read_time: fields.read_time,
		},
	};
}

describe('publishing', () => {
	const now = new Date('2025-06-01T12:00:00Z');
	it('publishes articles whose date has come', () => {
		expect(isPublished(article('a', { date: '2025-06-01' }).data, now)).toBe(true);
		expect(isPublished(article('a', { date: '2025-06-02' }).data, now)).toBe(false);
		expect(isPublished(article('a', { date: '2025-06-01T12:00:01Z' }).data, now)).toBe(false);
	});
	it('never publishes a draft', () => {
		expect(isPublished(article('a', { draft: true, date: '2020-01-01' }).data, now)).toBe(false);
	});
	it('says why an article is not live', () => {
		expect(getUnpublishedReason(article('a', { draft: true, date: '2999-01-01' }).data, now)).toBe('draft');
		expect(getUnpublishedReason(article('a', { date: '2999-01-01' }).data, now)).toBe('scheduled');
		expect(getUnpublishedReason(article('a').data, now)).toBeUndefined();
	});
});

describe('ordering and related articles', () => {
	it('sorts newest first with the title breaking ties', () => {
		const sorted = sortNewestFirst([article('b'), article('c', { date: '2025-02-01' }), article('a')]);
		expect(sorted.map((a) => a.id)).toEqual(['c', 'a', 'b']);
	});

	it('prefers shared certs over shared tags and leaves out unrelated articles', () => {
		const self = article('self', { certs: ['mla'], tags: ['sagemaker', 'data'] });
		const related = findRelated(self, [
			self,
			article('tags-only', { tags: ['sagemaker', 'data'], date: '2025-05-01' }),
			article('cert', { certs: ['mla'] }),
			article('cert-and-tag', { certs: ['mla'], tags: ['data'] }),
			article('unrelated', { tags: ['other'] }),
		]);
		expect(related.map((a) => a.id)).toEqual(['cert-and-tag', 'cert', 'tags-only']);
	});
});

describe('derived fields', () => {
	const certs = [
		{ id: 'mla', data: { domains: ['machine-learning', 'cloud'] } },
		{ id: 'saa', data: { domains: ['cloud', 'security'] } },
	];
	it('derives topic domains from certs when the article names none', () => {
		expect(deriveDomains(article('a', { certs: ['mla', 'saa'] }).data, certs)).toEqual(['machine-learning', 'cloud', 'security']);
		expect(deriveDomains(article('a', { certs: ['mla'], domains: ['security'] }).data, certs)).toEqual(['security']);
	});
	it('computes the read time only when the frontmatter has none', () => {
		expect(getReadTime(article('a'))).toBe(2);
		expect(getReadTime(article('a', { read_time: 8 }))).toBe(8);
	});
});
