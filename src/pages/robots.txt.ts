import type { APIRoute } from 'astro';
import publishing from 'virtual:certguides/publishing';
import { paths } from '../config/paths.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(publishing.preview ? 'User-agent: *\nDisallow: /\n' : `User-agent: *\nAllow: /\n\nSitemap: ${new URL(paths.link('/sitemap-index.xml'), site).href}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
