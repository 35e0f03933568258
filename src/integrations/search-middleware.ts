import { defineMiddleware } from 'astro:middleware';
import { SEARCH_PAGES_KEY, type SearchPages } from './search-pages.ts';

const pages = (globalThis as Record<symbol, SearchPages | undefined>)[SEARCH_PAGES_KEY];

/**
 * Hands each page the build renders with content to index to the search index as soon as it is
 * rendered, so that Pagefind reads it in its own process while the other pages render. The
 * layouts that mark content with `data-pagefind-body` say so in `Astro.locals`, which no article
 * text can set; a prerendered page's body is complete once `next()` settles.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	if (!pages || !context.locals.indexForSearch || !response.body) return response;
	// Bytes in and out: a string body would be re-checked and re-encoded on its way to the file.
	const body = Buffer.from(await response.arrayBuffer());
	pages.add(context.url.pathname, body.toString('utf8'));
	return new Response(body, response);
});
