import type { ArticleData } from '../schemas/index.ts';

/** Why an article is not live, if it is not: a draft, or scheduled for a later date. */
export function getUnpublishedReason(data: Pick<ArticleData, 'draft' | 'publish_date'>, now: Date): 'draft' | 'scheduled' | undefined {
	if (data.draft) return 'draft';
	return data.publish_date.getTime() > now.getTime() ? 'scheduled' : undefined;
}

/** Newest first; title, then slug, break ties, so that the order never depends on file order. */
export function sortNewestFirst<T extends { id: string; data: Pick<ArticleData, 'publish_date' | 'title'> }>(articles: readonly T[]): T[] {
	return [...articles].sort(
		(a, b) => b.data.publish_date.getTime() - a.data.publish_date.getTime() || a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id),
	);
}
