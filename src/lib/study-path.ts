import type { ArticleData, ExamDomain } from '../schemas/index.ts';

/** What ordering along a study path needs of an article. */
export interface StudyArticle {
	id: string;
	data: Pick<ArticleData, 'title' | 'publish_date' | 'exam_domains' | 'study_order' | 'certs'>;
}

/**
 * A cert's study path: its articles in the order of the exam outline (by the first exam domain
 * they cover), then by `study_order`, then oldest first; articles on no exam domain come last.
 */
export function orderStudyPath<T extends StudyArticle>(certId: string, outline: readonly Pick<ExamDomain, 'id'>[], articles: readonly T[]): T[] {
	const position = (article: T) => {
		const indexes = article.data.exam_domains
			.map((id) => outline.findIndex((domain) => domain.id === id))
			.filter((index) => index >= 0);
		return indexes.length ? Math.min(...indexes) : outline.length;
	};
	return articles
		.filter((article) => article.data.certs.includes(certId))
		.map((article) => ({ article, position: position(article) }))
		.sort(
			(a, b) =>
				a.position - b.position ||
				(a.article.data.study_order ?? Number.MAX_SAFE_INTEGER) - (b.article.data.study_order ?? Number.MAX_SAFE_INTEGER) ||
				a.article.data.publish_date.getTime() - b.article.data.publish_date.getTime() ||
				a.article.data.title.localeCompare(b.article.data.title),
		)
		.map(({ article }) => article);
}

/** Each exam domain of the outline with the articles of a study path that cover it, in path order. */
export function groupByExamDomain<T extends StudyArticle, D extends Pick<ExamDomain, 'id'>>(
	outline: readonly D[],
	path: readonly T[],
): { domain: D; articles: T[] }[] {
	return outline.map((domain) => ({ domain, articles: path.filter((article) => article.data.exam_domains.includes(domain.id)) }));
}
