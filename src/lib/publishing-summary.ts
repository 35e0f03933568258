import type { ArticleNode } from './site-graph.ts';

/**
 * One line on what a build would publish: how many articles go live, and which drafts and
 * scheduled articles stay out (a scheduled one with its date), so an author sees it before pushing.
 */
export function formatPublishingSummary(articles: readonly Pick<ArticleNode, 'id' | 'data' | 'unpublished'>[]): string {
	const live = articles.filter((article) => !article.unpublished).length;
	const drafts = articles.filter((article) => article.unpublished === 'draft').map((article) => article.id);
	const scheduled = articles
		.filter((article) => article.unpublished === 'scheduled')
		.map((article) => `${article.id} on ${article.data.publish_date.toISOString().slice(0, 10)}`);
	const parts = [`${live} ${live === 1 ? 'article' : 'articles'} published`];
	if (drafts.length) parts.push(`${drafts.length} ${drafts.length === 1 ? 'draft' : 'drafts'} left out (${drafts.join(', ')})`);
	if (scheduled.length) parts.push(`${scheduled.length} scheduled (${scheduled.join(', ')})`);
	return parts.join('; ');
}
