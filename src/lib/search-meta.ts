import { formatDate } from './format-date.ts';
import type { SearchMeta } from './search.ts';
import type { ArticleNode, CertNode } from './site-graph.ts';

/** What a result shows of an article: its certs, read time, date, type and hero image. */
export function buildArticleSearchMeta(node: ArticleNode, { lang, image }: { lang: string; image?: { src: string; alt: string } }): SearchMeta {
	return {
		certs: node.certs.map((cert) => cert.data.code).join(', ') || undefined,
		read_time: `${node.readTime} min read`,
		date: formatDate(node.data.publish_date, lang),
		datetime: node.data.publish_date.toISOString().slice(0, 10),
		type: node.facets.type[0].label,
		thumbnail: image?.src,
		thumbnail_alt: image?.alt,
	};
}

/** What a result shows of a cert's landing page. */
export function buildCertSearchMeta(node: CertNode): SearchMeta {
	const { code, aliases } = node.cert.data;
	return { certs: code, type: node.facets.type[0].label, names: [...new Set([code, ...aliases])].join(', ') };
}

/**
 * The day "Newest first" orders a page by, YYYY-MM-DD: an article's publication, a cert landing
 * page's facts check. Every indexed page needs one: Pagefind leaves a page without it out of a
 * sorted search altogether.
 */
export function readSortDay(node: ArticleNode | CertNode): string {
	const date = 'cert' in node ? node.cert.data.checked : node.data.publish_date;
	return date.toISOString().slice(0, 10);
}
