import { cpSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { getCollectionFolder } from '../schemas/index.ts';
import { closePagefind, createIndex } from './pagefind-index.ts';
import { SEARCH_PAGES_KEY, type SearchPages, throwOnErrors } from './search-pages.ts';
import type { FromIndexer, IndexerData, ToIndexer } from './search-worker.ts';
import { readAnswer } from './worker-threads.ts';

/** The folder of the index and Pagefind's own scripts, under the base path, as the search components expect. */
const BUNDLE_FOLDER = 'pagefind';

/**
 * The search index. `astro build` hands Pagefind, through its Node API, each page with content to
 * index (`data-pagefind-body`: articles and cert landing pages) as soon as it is rendered, and
 * writes the index as soon as the last of them has come: Pagefind reads the pages and writes the
 * index in its own process while the others render. It writes into Astro's cache folder, and the
 * index moves to `dist/pagefind/` only once the build has succeeded: a build that fails on a later
 * page leaves no index in the output, whatever Pagefind's process is still doing. `astro dev`
 * serves an index of the content files, drafts and scheduled articles included as they show
 * there, rebuilt on the first search after a content file changes.
 */
export function search({ lang, base }: { lang: string; base: string }): AstroIntegration {
	let indexer: ReturnType<typeof startIndexer>;
	let scratch = '';
	return {
		name: 'certguides:search',
		hooks: {
			'astro:config:setup': ({ command, addMiddleware }) => {
				if (command !== 'build') return;
				addMiddleware({ entrypoint: new URL('./search-middleware.ts', import.meta.url), order: 'pre' });
				const pages: SearchPages = {
					expect: (count) => indexer.send({ expect: count }),
					// Under the base path as the pages are served; the index's addresses are the site's own, as the search components expect.
					add: (path, html) => indexer.send({ url: `/${path.slice(base.length)}`, html }),
				};
				(globalThis as Record<symbol, SearchPages>)[SEARCH_PAGES_KEY] = pages;
			},
			'astro:config:done': ({ config }) => {
				// One per output folder: a preview build and a build of the site may run side by side.
				scratch = join(fileURLToPath(config.cacheDir), 'search-index', basename(fileURLToPath(config.outDir)));
			},
			'astro:build:start': () => {
				indexer = startIndexer({ outputPath: scratch });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const pages = await indexer.finish();
				moveFolder(scratch, join(fileURLToPath(dir), BUNDLE_FOLDER));
				logger.info(`indexed ${pages} pages for search in ${Math.round(performance.now() - started)} ms after the last page rendered`);
			},
			'astro:server:setup': ({ server, logger }) => {
				const root = server.config.root;
				const contentFolder = join(root, getCollectionFolder('articles'), '..');
				const devIndex = createDevIndex(root, lang, logger);
				server.watcher.on('all', (_event, path) => {
					if (path.startsWith(contentFolder)) devIndex.invalidate();
				});
				server.middlewares.use(`${base}${BUNDLE_FOLDER}/`, (request, response, next) => {
					const file = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname).slice(1);
					devIndex
						.read(file)
						.then((content) => {
							if (!content) return next();
							response.setHeader('Content-Type', contentType(file));
							response.setHeader('Cache-Control', 'no-store');
							response.end(content);
						})
						.catch(next);
				});
				server.httpServer?.on('close', () => void closePagefind());
			},
		},
	};
}

/**
 * The index's thread (`search-worker.ts`). It never keeps a failed build's process alive: Node
 * waits for it only while the build waits for its answer, and it is stopped once that has come.
 */
export function startIndexer(data: IndexerData) {
	const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { workerData: data });
	const answer = readAnswer<FromIndexer>(worker, 'search index: its thread').then((message) => {
		if ('failed' in message) throw new Error(message.failed);
		return message.pages;
	});
	// After the listeners: adding a message listener refs the thread again.
	worker.unref();
	// Awaited when the build is done; a failure meanwhile is reported there.
	answer.catch(() => undefined);
	return {
		send: (message: ToIndexer) => worker.postMessage(message),
		/** Once every page has rendered: how many pages the index holds, once written. */
		async finish(): Promise<number> {
			worker.ref();
			worker.postMessage({ finish: true } satisfies ToIndexer);
			try {
				return await answer;
			} finally {
				await worker.terminate();
			}
		},
	};
}

/** A rename where the cache and the output share a file system, a copy where they do not. */
function moveFolder(from: string, to: string) {
	rmSync(to, { recursive: true, force: true });
	try {
		renameSync(from, to);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		cpSync(from, to, { recursive: true });
		rmSync(from, { recursive: true, force: true });
	}
}

/**
 * The dev server's index, in memory. Pagefind's file names carry a hash of their content, so the
 * files of earlier indexes stay served: a page opened before a save still finds its fragments.
 */
function createDevIndex(root: string, lang: string, logger: AstroIntegrationLogger) {
	const files = new Map<string, Uint8Array>();
	let current: Promise<void> | undefined;
	const rebuild = async () => {
		const started = performance.now();
		// Imported here: a build, which indexes its rendered pages instead, never loads them.
		const [{ loadContent }, { buildSearchRecords }, { loadSiteGraph }] = await Promise.all([
			import('../node/load-content.ts'),
			import('../node/search-records.ts'),
			import('../node/site-graph.ts'),
		]);
		const graph = loadSiteGraph(loadContent(root));
		const index = await createIndex();
		for (const record of buildSearchRecords(graph, lang)) throwOnErrors((await index.addCustomRecord(record)).errors);
		const built = await index.getFiles();
		throwOnErrors(built.errors);
		await index.deleteIndex();
		for (const file of built.files) files.set(file.path, file.content);
		logger.info(`search index of ${graph.articles.length} articles ready in ${Math.round(performance.now() - started)} ms`);
	};
	return {
		invalidate() {
			current = undefined;
		},
		/** A file of the bundle, the index (re)built first when content changed since the last one. */
		async read(file: string): Promise<Uint8Array | undefined> {
			// The entry file names the index's current files: only asking for it starts a rebuild.
			if (file === 'pagefind-entry.json' || files.size === 0) {
				current ??= rebuild().catch((error: unknown) => {
					current = undefined;
					throw error;
				});
				await current;
			} else if (current) {
				await current;
			}
			return files.get(file);
		},
	};
}

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };

function contentType(file: string): string {
	return CONTENT_TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
}
