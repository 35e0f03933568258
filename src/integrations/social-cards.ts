import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_SOCIAL_IMAGE } from '../lib/social-card.ts';
import { cardCounts } from '../node/social-card.ts';
import { serveVirtualModule } from './virtual-module.ts';

/** The module the card route reads its settings from. */
const MODULE_ID = 'virtual:certguides/social-cards';

/** The folder of drawn cards in Astro's cache folder. */
export const CARD_CACHE_FOLDER = 'social-cards';

/** What the card route needs from the build, as `virtual:certguides/social-cards` exports it. */
export interface SocialCardSettings {
	/** Where drawn cards are kept between builds: in Astro's cache folder (`node_modules/.astro/` by default). */
	cacheDir: string;
	/** The site's default social image in `public/`, which stands in for a card that cannot be drawn. */
	fallbackImage: string;
}

/**
 * Social cards' cache: the card route (`src/pages/social/`) draws each card once and keeps it
 * under a hash of its content in Astro's cache folder; after a build, the cards no page used any
 * more are deleted, so the cache holds one build's cards.
 */
export function socialCards(): AstroIntegration {
	let cacheDir = '';
	let started = 0;
	return {
		name: 'certguides:social-cards',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				cacheDir = join(fileURLToPath(config.cacheDir), CARD_CACHE_FOLDER);
				const settings: SocialCardSettings = { cacheDir, fallbackImage: join(fileURLToPath(config.publicDir), DEFAULT_SOCIAL_IMAGE) };
				updateConfig({ vite: { plugins: [serveVirtualModule(MODULE_ID, settings)] } });
			},
			'astro:build:start': () => {
				// File times have a coarse grain on some file systems: a card read back this build is never older than this.
				started = Date.now() - 2000;
			},
			'astro:build:done': ({ logger }) => {
				const pruned = pruneUnused(cacheDir, started);
				const { drawn, cached } = cardCounts;
				if (drawn + cached + pruned === 0) return;
				const cards = (count: number) => `${count} social ${count === 1 ? 'card' : 'cards'}`;
				logger.info(`${cards(drawn)} drawn, ${cached} read from the cache${pruned ? `, ${pruned} unused removed from it` : ''}`);
			},
		},
	};
}

/** Deletes the cards this build neither drew nor read back; returns how many. */
function pruneUnused(cacheDir: string, since: number): number {
	let pruned = 0;
	let files: string[];
	try {
		files = readdirSync(cacheDir);
	} catch {
		return 0;
	}
	for (const file of files) {
		const path = join(cacheDir, file);
		if (statSync(path).mtimeMs >= since) continue;
		rmSync(path, { force: true });
		pruned++;
	}
	return pruned;
}
