import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { paths } from '../config/paths.ts';
import { site } from '../config/site.ts';
import { getSiteGraph } from '../data/collections.ts';
import { buildFeedItems, feedNamespaces } from '../lib/feed.ts';

export const GET: APIRoute = async (context) =>
	rss({
		title: site.name,
		description: site.description,
		site: new URL(paths.home(), context.site),
		items: buildFeedItems((await getSiteGraph()).articles.slice(0, site.feedSize), paths.article),
		xmlns: feedNamespaces,
		customData: `<language>${site.lang}</language>`,
	});
