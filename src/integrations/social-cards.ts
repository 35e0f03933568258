import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_SOCIAL_IMAGE, readThemeColours } from '../lib/social-card.ts';
import { socialCardFile } from '../lib/urls.ts';
import { type CardSettings, cardBuild, writeSocialCards } from '../node/social-card.ts';
import { serveVirtualModule } from './virtual-module.ts';

/** The module the dev server's card route reads its settings from. */
const MODULE_ID = 'virtual:certguides/social-cards';

/** The folder of drawn cards in Astro's cache folder. */
export const CARD_CACHE_FOLDER = 'social-cards';

/**
 * Social cards. A build writes the cards its pages link (`linkCard`), each drawn once and kept
 * under a hash of its content in Astro's cache folder; after the build, the cards no page used any
 * more are deleted, so the cache holds one build's cards. The dev server draws a card when it is
 * asked for, through an injected route.
 */
export function socialCards(): AstroIntegration {
	let settings: CardSettings;
	let writing: Promise<Set<string>> = Promise.resolve(new Set());
	return {
		name: 'certguides:social-cards',
		hooks: {
			'astro:config:setup': ({ command, config, injectRoute, updateConfig }) => {
				settings = {
					// The card's colours are the dark theme's, read from the one place the theme is set.
					colours: readThemeColours(readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8'), 'dark'),
					cacheDir: join(fileURLToPath(config.cacheDir), CARD_CACHE_FOLDER),
					fallbackImage: join(fileURLToPath(config.publicDir), DEFAULT_SOCIAL_IMAGE),
				};
				updateConfig({ vite: { plugins: [serveVirtualModule(MODULE_ID, settings)] } });
				if (command === 'dev') {
					injectRoute({ pattern: `/${socialCardFile('[kind]', '[id]')}`, entrypoint: new URL('./social-card-route.ts', import.meta.url), prerender: true });
				}
			},
			'astro:build:start': () => {
				Object.assign(cardBuild, { drawn: 0, cached: 0 });
				cardBuild.linked.clear();
			},
			'astro:build:generated': ({ dir }) => {
				// Started once every page is rendered, and awaited when the build is done: the cards are drawn
				// while Pagefind writes the search index in its own process. A failure is thrown there, not
				// reported meanwhile as an unhandled rejection.
				writing = writeSocialCards(fileURLToPath(dir), settings);
				writing.catch(() => undefined);
			},
			'astro:build:done': async ({ logger }) => {
				const pruned = pruneUnused(settings.cacheDir, await writing);
				const { drawn, cached } = cardBuild;
				if (drawn + cached + pruned === 0) return;
				const cards = (count: number) => `${count} social ${count === 1 ? 'card' : 'cards'}`;
				logger.info(`${cards(drawn)} drawn, ${cached} read from the cache${pruned ? `, ${pruned} unused removed from it` : ''}`);
			},
		},
	};
}

/**
 * Deletes the cards this build neither drew nor read back; returns how many. By name, not by file
 * time: a build that starts within a second or two of the last one would find every card the last
 * one read back looking just as fresh as its own.
 */
function pruneUnused(cacheDir: string, used: ReadonlySet<string>): number {
	let pruned = 0;
	let files: string[];
	try {
		files = readdirSync(cacheDir);
	} catch {
		return 0;
	}
	for (const file of files) {
		const path = join(cacheDir, file);
		if (used.has(path)) continue;
		rmSync(path, { force: true });
		pruned++;
	}
	return pruned;
}
