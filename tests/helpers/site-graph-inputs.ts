import type { ArticleInput } from '../../src/lib/site-graph.ts';
import type { ArticleData, AuthorData, CertData, DomainData } from '../../src/schemas/index.ts';

/** Site-graph inputs for unit tests: an article, cert, topic domain or author with only the fields a test names. */
type Fields = Partial<Omit<ArticleData, 'publish_date' | 'updated_date'>> & { date?: string; updated?: string };

export function article(id: string, fields: Fields = {}): ArticleInput {
	const { date, updated, ...data } = fields;
	return {
		id,
		filePath: `content/articles/${id}.mdx`,
		body: 'word '.repeat(440),
		data: {
			title: id,
			description: `About ${id}`,
			author: 'ada',
			draft: false,
			certs: [],
			exam_domains: [],
			tags: [],
			type: 'article',
			...data,
			publish_date: new Date(date ?? '2025-01-01'),
			updated_date: updated ? new Date(updated) : undefined,
		} as ArticleData,
	};
}

export const cert = (id: string, data: Partial<CertData> = {}) => ({
	id,
	data: {
		name: `Cert ${id}`,
		vendor: 'Vendor',
		code: id.toUpperCase(),
		status: 'active',
		exam_domains: [
			{ id: 'first', name: 'First part', weight: 60 },
			{ id: 'second', name: 'Second part', weight: 40 },
		],
		domains: ['ml'],
		...data,
	} as CertData,
});
export const domain = (id: string, order: number) => ({ id, data: { name: `Domain ${id}`, description: 'd', order } as DomainData });
export const author = (id: string, name: string) => ({ id, data: { name, bio: '', links: [] } as AuthorData });

export const base = {
	certs: [cert('mla'), cert('saa', { domains: ['cloud', 'security'] })],
	domains: [domain('security', 3), domain('ml', 1), domain('cloud', 2)],
	authors: [author('ada', 'Ada Lovelace'), author('bob', 'Bob')],
	now: new Date('2025-06-01T12:00:00Z'),
	showUnpublished: false,
};
export const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);
