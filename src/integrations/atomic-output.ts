import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * A build never half-publishes: Astro writes the new site into a folder beside `dist/`, and
 * `dist/` is replaced only once every integration before this one (sitemap, search index) has
 * finished. A build that fails leaves the previous `dist/` as it was, and the half-written folder,
 * with whatever draft text its render chunks held, is deleted as the process exits.
 * It must be the last integration.
 */
export function atomicOutput(): AstroIntegration {
	let staging = '';
	let final = '';
	let published = false;
	return {
		name: 'certguides:atomic-output',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				final = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
				staging = join(dirname(final), `.${basename(final)}-building`);
				rmSync(staging, { recursive: true, force: true });
				updateConfig({ outDir: pathToFileURL(`${staging}/`) });
				process.once('exit', () => {
					if (!published) rmSync(staging, { recursive: true, force: true });
				});
			},
			'astro:build:done': () => {
				const previous = `${staging}-previous`;
				rmSync(previous, { recursive: true, force: true });
				if (existsSync(final)) renameSync(final, previous);
				renameSync(staging, final);
				published = true;
				rmSync(previous, { recursive: true, force: true });
			},
		},
	};
}
