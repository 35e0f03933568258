import { existsSync, renameSync, rmSync } from 'node:fs';
import { constants } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * A build never half-publishes: Astro writes the new site into a folder beside `dist/`, and
 * `dist/` is replaced only once every integration before this one (sitemap, search index) has
 * finished. A build that fails leaves the previous `dist/` as it was, and the half-written folder,
 * with whatever draft text its render chunks held, is deleted as the process exits, or is
 * stopped by Ctrl-C or a cancelled job.
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
				// Ctrl-C, or a cancelled CI job, ends the process without its 'exit' handlers. Exiting at
				// once, with the shell's status for the signal, runs them before anything else (a child
				// process's listener, say) can write into the folder again.
				for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
					process.once(signal, () => process.exit(128 + constants.signals[signal]));
				}
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
