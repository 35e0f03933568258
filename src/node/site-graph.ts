import { buildSiteGraph, type SiteGraph } from '../lib/site-graph.ts';
import type { ArticleData } from '../schemas/index.ts';
import type { Entry, LoadedContent } from './load-content.ts';

/** An article as the Node loader gives it, with the file path the graph looks git dates up by. */
export type LoadedArticle = Entry<ArticleData> & { filePath: string };

/**
 * The site graph outside Astro, from the content `validate` loaded: the same publish rule,
 * ordering and dates as the pages (pass `updates` from `readGitDates` for last-updated dates).
 * Unpublished articles are kept, with their reason, so that a command can say what a build would
 * leave out.
 */
export function loadSiteGraph(content: LoadedContent, { now = new Date(), updates = new Map<string, Date>() } = {}): SiteGraph<LoadedArticle> {
	return buildSiteGraph({
		articles: content.articles.map((entry) => ({ ...entry, filePath: entry.file })),
		certs: content.certs,
		domains: content.domains,
		authors: content.authors,
		now,
		showUnpublished: true,
		updates,
	});
}
