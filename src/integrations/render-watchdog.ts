import { writeSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { RENDER_WATCH_KEY, type RenderWatch } from './render-watch.ts';

/**
 * Stops a build whose rendering never ends, with the pages at fault, instead of leaving CI
 * waiting or, worse, exiting 0 with half the site unwritten (what Node does when an MDX body
 * awaits a promise that never settles: the event loop empties and the process just ends). Only
 * the trusted content mode lets a body run code; the watch runs in both. Three ways a render can
 * never end, three checks:
 * - a page renders longer than the limit while the process is otherwise alive: failed by a timer;
 * - the process runs out of work with pages unfinished: failed as it is about to exit;
 * - a loop that never yields blocks the process: a worker thread sees the timer stop beating,
 *   prints the pages and kills the process (its half-written folder goes with the next build).
 */
export function renderWatchdog({ timeoutSeconds }: { timeoutSeconds: number }): AstroIntegration {
	const limitMs = timeoutSeconds * 1000;
	const rendering = new Map<string, number>();
	const heartbeat = new Float64Array(new SharedArrayBuffer(8));
	const shared = new Uint8Array(new SharedArrayBuffer(4096));
	let finished = false;
	let timer: NodeJS.Timeout | undefined;
	let worker: Worker | undefined;

	const share = () => {
		const bytes = new TextEncoder().encode([...rendering.keys()].join('\n')).subarray(0, shared.length - 4);
		shared.fill(0);
		shared.set(bytes);
	};
	const fail = (message: string) => {
		writeSync(2, `\n${message}\n`);
		process.exit(1);
	};

	return {
		name: 'certguides:render-watchdog',
		hooks: {
			'astro:config:setup': ({ command, addMiddleware }) => {
				if (command !== 'build') return;
				addMiddleware({ entrypoint: new URL('./render-watch-middleware.ts', import.meta.url), order: 'pre' });
				(globalThis as Record<symbol, RenderWatch>)[RENDER_WATCH_KEY] = {
					start(path) {
						rendering.set(path, Date.now());
						share();
					},
					end(path) {
						rendering.delete(path);
						share();
					},
				};
				process.once('beforeExit', () => {
					if (!finished && rendering.size) fail(describeStop('never finished rendering (the build ran out of work waiting for them):', [...rendering.keys()]));
				});
			},
			'astro:build:start': () => {
				heartbeat[0] = Date.now();
				timer = setInterval(() => {
					heartbeat[0] = Date.now();
					const late = [...rendering].filter(([, started]) => Date.now() - started > limitMs).map(([path]) => path);
					if (late.length) fail(describeStop(`took more than ${timeoutSeconds} s to render and were stopped:`, late));
				}, 1000).unref();
				const [header, footer] = describeStop(`were rendering when the build stopped responding for ${timeoutSeconds} s, and were stopped:`, []).split('\n');
				worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { heartbeat, shared, limitMs, header, footer } });
				worker.unref();
			},
			'astro:build:done': async () => {
				finished = true;
				clearInterval(timer);
				await worker?.terminate();
			},
		},
	};
}

function describeStop(what: string, pages: string[]): string {
	return [
		`[certguides] These pages ${what}`,
		...pages.map((page) => `  ${page}`),
		'An article body that waits forever or loops forever does this, which only the trusted content mode allows (README, Security).',
	].join('\n');
}

/** The worker's whole program: it shares nothing with the main thread but the two buffers. */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const { heartbeat, shared, limitMs, header, footer } = workerData;
setInterval(() => {
	if (Date.now() - heartbeat[0] <= limitMs) return;
	const pages = new TextDecoder().decode(shared).replace(/\\0+$/, '').split('\\n').map((page) => '  ' + page).join('\\n');
	writeSync(2, '\\n' + [header, pages, footer].join('\\n') + '\\n');
	process.kill(process.pid, 'SIGKILL');
}, 500);
`;
