import { rmSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { closePagefind, createIndex } from './pagefind-index.ts';
import { createSearchHandOff } from './search-pages.ts';
import { yieldToBuildThread } from './worker-threads.ts';

/** What the build's thread sends: the expected count, each page with content to index, then the end of the build. */
export type ToIndexer = { expect: number } | { url: string; html: Uint8Array } | { finish: true };

/** The answer to `finish`: how many pages the written index holds, or why it could not be written. */
export type FromIndexer = { pages: number } | { failed: string };

/** Where the index is written, given when the worker starts. */
export interface IndexerData {
	outputPath: string;
}

/**
 * The search index's side of the build, in a thread of its own: turning each page into a message
 * for Pagefind's process and reading its answers would otherwise take the build's one thread from
 * rendering pages, which is where a build spends its time.
 */
const port = parentPort!;
// Pagefind, started from this thread, inherits its priority: it indexes with the time the renderer
// leaves and catches up after the last page (measured: 0.6 s less from the first page to the end in
// the median of ten pairs, at 1,000 articles on 2 cores).
yieldToBuildThread();
const { outputPath } = workerData as IndexerData;
const decoder = new TextDecoder();
const index = createIndex().then((started) => ({
	addHTMLFile: started.addHTMLFile,
	// Emptied first, so that a second writing (a count too low) keeps nothing of the first.
	writeFiles: (options: { outputPath: string }) => {
		rmSync(options.outputPath, { recursive: true, force: true });
		return started.writeFiles(options);
	},
}));
// Reported when the build finishes, not meanwhile as an unhandled rejection.
index.catch(() => undefined);
const handOff = createSearchHandOff(index, outputPath);
const answer = (message: FromIndexer) => port.postMessage(message);

port.on('message', (message: ToIndexer) => {
	if ('expect' in message) handOff.expect(message.expect);
	else if ('url' in message) handOff.add(message.url, decoder.decode(message.html));
	else {
		void handOff
			.finish()
			.then((pages): FromIndexer => ({ pages }), (error: unknown): FromIndexer => ({ failed: error instanceof Error ? error.message : String(error) }))
			// Pagefind's process stopped before the answer: the build ends this thread as soon as it has it.
			.then(async (result) => {
				await closePagefind();
				answer(result);
			});
	}
});
