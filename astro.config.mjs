// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { selectMarkdownProcessor } from './src/config/markdown.ts';
import { site } from './src/config/site.ts';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { publishing } from './src/integrations/publishing.ts';
import { renderWatchdog } from './src/integrations/render-watchdog.ts';
import { search } from './src/integrations/search.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { socialCards } from './src/integrations/social-cards.ts';

export default defineConfig({
	site: site.url,
	base: site.base,
	trailingSlash: 'always',
	build: {
		// Every page's CSS is a few KB: inlined, a page needs one request and nothing blocks rendering.
		inlineStylesheets: 'always',
		// Pages render while earlier ones are still being written to disk: measured faster by npm run bench.
		concurrency: 4,
	},
	integrations: [
		// First: git reads the history in its own process while the content guard checks every file.
		publishing({ gitDates: site.gitDates }),
		contentGuard({ trust: site.contentTrust, socialCards: site.socialCards }),
		// Static parts of a body become one HTML string instead of a tree of elements rendered one by one: the
		// same pages, measured 2 s faster at 1,000 articles. Bodies are sanitised before, so the string holds nothing the allow-list refuses.
		mdx({ optimize: true }),
		// The 404 page is not a page to index.
		sitemap({ filter: (page) => !new URL(page).pathname.startsWith(`${site.base}404`) }),
		search({ lang: site.lang, base: site.base }),
		socialCards(),
		securityHeaders(),
		renderWatchdog({ timeoutSeconds: site.renderTimeoutSeconds }),
		// Last: dist/ is replaced only when everything above has finished.
		atomicOutput(),
	],
	markdown: {
		// Sätteri by default; CERTGUIDES_MARKDOWN=unified renders with remark-gfm + rehype-slug instead.
		// Under the restricted trust mode, either strips every body to the HTML allow-list; under a base path, body links to site paths get it.
		processor: await selectMarkdownProcessor({ trust: site.contentTrust, base: site.base }),
	},
	image: {
		// Remote images are shown as plain <img> and never fetched at build time.
		remotePatterns: [],
	},
	vite: {
		build: {
			rolldownOptions: {
				// Astro's MDX modules open with a directive the bundler drops, and it warned once per article (a 1,000-article
				// build printed 11,000 lines of it): nothing an author or owner can act on.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
					handler(level, log);
				},
			},
		},
	},
});
