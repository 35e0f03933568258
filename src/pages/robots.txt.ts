import type { APIRoute } from 'astro';
import { paths } from '../config/paths.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(paths.link('/sitemap-index.xml'), site).href}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
