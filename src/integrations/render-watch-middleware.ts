import { defineMiddleware } from 'astro:middleware';
import { RENDER_WATCH_KEY, type RenderWatch } from './render-watch.ts';

const watch = (globalThis as Record<symbol, RenderWatch | undefined>)[RENDER_WATCH_KEY];

/** Tells the render watchdog which pages are being rendered: a prerendered page has fully rendered once `next()` settles. */
export const onRequest = defineMiddleware(async (context, next) => {
	if (!watch) return next();
	watch.start(context.url.pathname);
	try {
		return await next();
	} finally {
		watch.end(context.url.pathname);
	}
});
