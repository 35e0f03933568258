import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getCollectionFolder } from '../schemas/index.ts';
import { type GitDates, readGitDates } from '../node/git-dates.ts';
import { serveVirtualModule } from './virtual-module.ts';

/** The module the site graph reads its build facts from. */
const MODULE_ID = 'virtual:certguides/publishing';

/** What the build knows before it reads any content, as `virtual:certguides/publishing` exports it. */
export interface PublishingFacts {
	/** The moment of the build, ISO: articles scheduled after it are left out. */
	now: string;
	/** Whether drafts and scheduled articles show: in the dev server and in a preview build. */
	showUnpublished: boolean;
	/** Whether this is the dev server, which re-reads content as it changes. */
	dev: boolean;
	/** Whether this is a preview build (`npm run build:preview`): every page `noindex`, written to `dist-preview/`. */
	preview: boolean;
	/** Each article file's last change after the commit that added it, ISO, by project-relative path. */
	updates: Record<string, string>;
}

/**
 * Fixes, once per build, what decides whether and how an article is published: the build time,
 * whether unpublished articles show (only under `astro dev`, decided from Astro's command and not
 * from NODE_ENV, so no environment variable can leak them into a build) and the git history's
 * update dates, read once from the project root unless `gitDates` is off (git runs while the
 * build starts; the facts are served once it has answered).
 */
export function publishing({ gitDates }: { gitDates: boolean }): AstroIntegration {
	return {
		name: 'certguides:publishing',
		hooks: {
			'astro:config:setup': ({ command, config, logger, updateConfig }) => {
				const root = fileURLToPath(config.root);
				// Started before the content guard checks every file, and awaited only when the pages' modules first ask.
				const history: Promise<GitDates> = gitDates && command !== 'sync' ? readGitDates(root, getCollectionFolder('articles')) : Promise.resolve({ updates: new Map() });
				// Only this variable, and only with `astro build`, makes a preview; it never writes to dist/.
				const preview = command === 'build' && process.env.CERTGUIDES_PREVIEW === '1';
				if (preview) updateConfig({ outDir: new URL('./dist-preview/', config.root) });
				const now = new Date().toISOString();
				const facts = history.then(({ updates, problem }): PublishingFacts => {
					if (problem) logger.warn(`no last-updated dates from git (${problem}); updated_date still shows`);
					return {
						now,
						showUnpublished: command === 'dev' || preview,
						dev: command === 'dev',
						preview,
						updates: Object.fromEntries([...updates].map(([file, date]) => [file, date.toISOString()])),
					};
				});
				updateConfig({ vite: { plugins: [serveVirtualModule(MODULE_ID, facts)] } });
			},
		},
	};
}
