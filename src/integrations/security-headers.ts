import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildHeadersFile } from '../lib/security-headers.ts';

/** Writes `dist/_headers`, the response headers Netlify and Cloudflare Pages apply (README, Deploy). */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'certguides:security-headers',
		hooks: {
			'astro:build:done': ({ dir }) => writeFileSync(fileURLToPath(new URL('_headers', dir)), buildHeadersFile()),
		},
	};
}
