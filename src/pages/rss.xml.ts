import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site } from '../config/site.ts';
import { findAuthor } from '../lib/authors.ts';
import { getAuthors, getCerts, getPublishedArticles } from '../lib/collections.ts';
import { buildFeedItems, feedNamespaces } from '../lib/feed.ts';

export const GET: APIRoute = async (context) => {
	const [articles, authors, certs] = await Promise.all([getPublishedArticles(), getAuthors(), getCerts()]);
	return rss({
		title: site.name,
		description: site.description,
		site: context.site!,
		items: buildFeedItems(articles, {
			authorOf: (article) => findAuthor(authors, article.data.author)?.data.name ?? article.data.author,
			certs,
		}),
		xmlns: feedNamespaces,
		customData: `<language>${site.lang}</language>`,
	});
};
