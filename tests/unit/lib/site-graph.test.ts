import { describe, expect, it } from 'vitest';
import { getUnpublishedReason, sortNewestFirst } from '../../../src/lib/articles.ts';
import { buildSiteGraph, RELATED_CANDIDATES } from '../../../src/lib/site-graph.ts';
import { article, base, ids } from '../../helpers/site-graph-inputs.ts';

describe('publishing', () => {
	const now = base.now;
	it('says why an article is not live: a draft, or a date still to come', () => {
		expect(getUnpublishedReason(article('a', { draft: true, date: '2999-01-01' }).data, now)).toBe('draft');
		expect(getUnpublishedReason(article('a', { date: '2025-06-01T12:00:01Z' }).data, now)).toBe('scheduled');
		expect(getUnpublishedReason(article('a', { date: '2025-06-01' }).data, now)).toBeUndefined();
	});

	it('leaves drafts and scheduled articles out of every list, unless unpublished articles show', () => {
		const articles = [article('live', { certs: ['mla'], tags: ['x'] }), article('draft', { draft: true, certs: ['mla'], tags: ['x'] }), article('later', { date: '2025-07-01', tags: ['x'] })];
		const graph = buildSiteGraph({ ...base, articles });
		expect(ids(graph.articles)).toEqual(['live']);
		expect(ids(graph.tags[0].articles)).toEqual(['live']);
		expect(ids(graph.certById.get('mla')!.studyPath)).toEqual(['live']);
		expect(graph.articleById.get('live')?.related).toEqual([]);
		const dev = buildSiteGraph({ ...base, articles, showUnpublished: true });
		expect(dev.articles.map((node) => [node.id, node.unpublished])).toEqual([
			['later', 'scheduled'],
			['draft', 'draft'],
			['live', undefined],
		]);
	});

	it('sorts newest first, title then slug breaking ties', () => {
		const sorted = sortNewestFirst([article('b'), article('c', { date: '2025-02-01' }), article('a'), article('a2', { title: 'a' })]);
		expect(ids(sorted)).toEqual(['c', 'a', 'a2', 'b']);
	});
});

describe('related articles', () => {
	it('prefer shared certs over shared tags, then the newer, and leave out unrelated articles', () => {
		const graph = buildSiteGraph({
			...base,
			articles: [
				article('self', { certs: ['mla'], tags: ['SageMaker', 'data'] }),
				article('tags-only', { tags: ['sagemaker', 'data'], date: '2025-05-01' }),
				article('cert', { certs: ['mla'] }),
				article('cert-newer', { certs: ['mla'], date: '2025-02-01' }),
				article('cert-and-tag', { certs: ['mla'], tags: ['data'] }),
				article('unrelated', { tags: ['other'] }),
			],
		});
		expect(ids(graph.articleById.get('self')!.related)).toEqual(['cert-and-tag', 'cert-newer', 'cert']);
		expect(ids(graph.articleById.get('unrelated')!.related)).toEqual([]);
	});

	it(`score only the newest ${RELATED_CANDIDATES} articles of each shared bucket, so the cost stays linear`, () => {
		const many = Array.from({ length: RELATED_CANDIDATES + 5 }, (_, index) =>
			article(`a${index}`, { tags: ['common'], date: `2024-01-01T00:${String(Math.floor(index / 60)).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}Z` }),
		);
		const oldest = article('oldest', { tags: ['common', 'rare'], date: '2020-01-01' });
		const self = article('self', { tags: ['common', 'rare'], date: '2020-01-02' });
		const graph = buildSiteGraph({ ...base, articles: [...many, oldest, self] });
		// "oldest" shares both tags, but sits beyond the cut of the "common" bucket: only "rare" counts for it.
		expect(ids(graph.articleById.get('self')!.related)).toEqual([4, 3, 2].map((offset) => `a${RELATED_CANDIDATES + offset}`));
		expect(ids(buildSiteGraph({ ...base, articles: [...many.slice(0, 10), oldest, self] }).articleById.get('self')!.related)).toEqual(['oldest', 'a9', 'a8']);
	});
});

describe('what each article carries', () => {
	const graph = buildSiteGraph({
		...base,
		articles: [
			article('both', { certs: ['saa', 'mla', 'gone'], author: 'Ada Lovelace', exam_domains: ['second'], type: 'guide' }),
			article('own-domains', { certs: ['mla'], domains: ['security'], read_time: 8, author: 'bob' }),
		],
		updates: new Map([
			['content/articles/both.mdx', new Date('2025-03-01T10:00:00Z')],
			['content/articles/own-domains.mdx', new Date('2025-01-01T23:00:00Z')],
		]),
	});
	const both = graph.articleById.get('both')!;
	const own = graph.articleById.get('own-domains')!;

	it('knows its certs in its own order, its author by id or name, and its topic domains', () => {
		expect(ids(both.certs)).toEqual(['saa', 'mla']);
		expect(both.author?.id).toBe('ada');
		expect(ids(both.domains)).toEqual(['cloud', 'security', 'ml']);
		expect(ids(own.domains)).toEqual(['security']);
	});

	it('counts the read time once, unless the frontmatter gives it', () => {
		expect(both.readTime).toBe(2);
		expect(own.readTime).toBe(8);
	});

	it('dates an update by a later commit, but not one on the publication day', () => {
		expect(both.lastUpdated).toEqual(new Date('2025-03-01T10:00:00Z'));
		expect(own.lastUpdated).toBeUndefined();
		const edited = buildSiteGraph({ ...base, articles: [article('x', { updated: '2025-02-01' })], updates: new Map([['content/articles/x.mdx', new Date('2025-05-01')]]) });
		expect(edited.articles[0].lastUpdated).toEqual(new Date('2025-02-01'));
		const future = buildSiteGraph({
			...base,
			articles: [article('typo', { updated: '2999-01-01' }), article('backdated')],
			updates: new Map([['content/articles/backdated.mdx', new Date('2099-12-31')]]),
		});
		expect(future.articles.map((node) => node.lastUpdated)).toEqual([undefined, undefined]);
	});

	it('has its search facets ready, each value with an id for URLs and a label for readers', () => {
		expect(both.facets).toEqual({
			cert: [
				{ id: 'saa', label: 'SAA: Cert saa' },
				{ id: 'mla', label: 'MLA: Cert mla' },
			],
			domain: [
				{ id: 'cloud', label: 'Domain cloud' },
				{ id: 'security', label: 'Domain security' },
				{ id: 'ml', label: 'Domain ml' },
			],
			exam_domain: [
				{ id: 'saa.second', label: 'SAA: Second part' },
				{ id: 'mla.second', label: 'MLA: Second part' },
			],
			type: [{ id: 'guide', label: 'Guide' }],
			author: [{ id: 'ada', label: 'Ada Lovelace' }],
		});
	});
});

describe('lists across the site', () => {
	const graph = buildSiteGraph({
		...base,
		articles: [
			article('second-b', { certs: ['mla'], exam_domains: ['second'], date: '2025-03-01' }),
			article('second-a', { certs: ['mla'], exam_domains: ['second'], date: '2025-04-01', study_order: 1 }),
			article('first', { certs: ['mla'], exam_domains: ['first', 'second'], date: '2025-05-01', type: 'guide' }),
			article('general', { certs: ['mla'], date: '2025-01-01', author: 'Bob' }),
			article('no-cert', { tags: ['Data Engineering'], date: '2025-02-01', author: 'nobody' }),
			article('other', { tags: ['data engineering', 'AWS'], date: '2025-02-02' }),
		],
	});

	it('walks each cert’s study path in outline order, study_order, then oldest first', () => {
		const mla = graph.certById.get('mla')!;
		expect(ids(mla.studyPath)).toEqual(['first', 'second-a', 'second-b', 'general']);
		expect(mla.examDomains.map(({ domain, articles }) => [domain.id, ids(articles)])).toEqual([
			['first', ['first']],
			['second', ['first', 'second-a', 'second-b']],
		]);
		expect(ids(mla.unmapped)).toEqual(['general']);
		const step = graph.articleById.get('second-a')!.studyPath!;
		expect([step.cert.id, step.previous?.id, step.next?.id]).toEqual(['mla', 'first', 'second-b']);
		expect(graph.articleById.get('no-cert')!.studyPath).toBeUndefined();
	});

	it('orders certs by vendor and code, and domains by their order', () => {
		expect(graph.certs.map((node) => node.cert.id)).toEqual(['mla', 'saa']);
		expect(graph.domains.map((node) => node.domain.id)).toEqual(['ml', 'cloud', 'security']);
	});

	it('lists a topic domain’s certs, then its guides, then its articles newest first', () => {
		const ml = graph.domains.find((node) => node.domain.id === 'ml')!;
		expect(ids(ml.certs)).toEqual(['mla']);
		expect(ids(ml.articles)).toEqual(['first', 'second-a', 'second-b', 'general']);
	});

	it('gives spellings of one tag one page, and finds an author’s articles by id or name', () => {
		expect(graph.tags.map((tag) => [tag.slug, tag.label, ids(tag.articles)])).toEqual([
			['aws', 'AWS', ['other']],
			['data-engineering', 'data engineering', ['other', 'no-cert']],
		]);
		expect(ids(graph.articlesByAuthor.get('bob')!)).toEqual(['general']);
		expect(ids(graph.articlesByAuthor.get('ada')!)).toEqual(['first', 'second-a', 'second-b', 'other']);
		expect(ids(graph.guides)).toEqual(['first']);
	});

	it('files each cert landing page under its cert, topics and type, and collects every filter value the site uses', () => {
		expect(graph.certById.get('saa')!.facets).toEqual({
			cert: [{ id: 'saa', label: 'SAA: Cert saa' }],
			domain: [
				{ id: 'cloud', label: 'Domain cloud' },
				{ id: 'security', label: 'Domain security' },
			],
			exam_domain: [],
			type: [{ id: 'certification', label: 'Certification' }],
			author: [],
		});
		expect(graph.facetValues.type.map((value) => value.id)).toEqual(['article', 'certification', 'guide']);
		expect(graph.facetValues.author).toEqual([
			{ id: 'ada', label: 'Ada Lovelace' },
			{ id: 'bob', label: 'Bob' },
			{ id: 'nobody', label: 'nobody' },
		]);
		expect(graph.facetValues.exam_domain.map((value) => value.id)).toEqual(['mla.first', 'mla.second']);
	});
});
