import type { Loader } from 'astro/loaders';
import publishing from 'virtual:certguides/publishing';
import { getUnpublishedReason } from '../lib/articles.ts';
import type { ArticleData } from '../schemas/index.ts';

/**
 * Keeps drafts and scheduled articles out of a build's content store, with the site graph's own
 * publish rule: neither their text nor their local images can then reach the bundle or `dist/`.
 * The dev server, which shows them, keeps them.
 */
export function publishedOnly(loader: Loader): Loader {
	return {
		...loader,
		name: `${loader.name}-published-only`,
		load: async (context) => {
			await loader.load(context);
			if (publishing.showUnpublished) return;
			const now = new Date(publishing.now);
			for (const [id, entry] of context.store.entries()) {
				if (getUnpublishedReason(entry.data as ArticleData, now)) context.store.delete(id);
			}
		},
	};
}
