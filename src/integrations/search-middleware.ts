import { defineMiddleware } from 'astro:middleware';
import { getSiteGraph } from '../data/collections.ts';
import { SEARCH_PAGES_KEY, type SearchPages } from './search-pages.ts';

const pages = (globalThis as Record<symbol, SearchPages | undefined>)[SEARCH_PAGES_KEY];

/** Settled once the index has been told how many pages to expect: once per build, not per page. */
let counted: Promise<void> | undefined;

/**
 * Hands each page the build renders with content to index to the search index as soon as it is
 * rendered, so that Pagefind reads it in its own process while the other pages render. The
 * layouts that mark content with `data-pagefind-body` say so in `Astro.locals`, which no article
 * text can set; a prerendered page's body is complete once `next()` settles.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	if (!pages) return next();
	// Those layouts' pages: every article's and every cert's landing page. A count that missed one
	// would cost the index its early start, never a page in it.
	await (counted ??= getSiteGraph().then((graph) => pages.expect(graph.articles.length + graph.certs.length)));
	const response = await next();
	if (!context.locals.indexForSearch || !response.body) return response;
	// Bytes in and out: a string body would be re-checked and re-encoded on its way to the file.
	// The index's thread gets a copy of them and decodes it there.
	const body = new Uint8Array(await response.arrayBuffer());
	pages.add(context.url.pathname, body);
	return new Response(body, response);
});
