/** How long an author waits, in `npm run dev`, between saving an article and seeing it change. */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startDevServer } from '../tests/helpers/dev-server.ts';

/** Where Astro's dev server keeps its content store; writing it is what tells the open page to reload. */
const DEV_STORE = '.astro/data-store.json';
/** Longer than Astro waits after a save before it writes the store (500 ms), with room for the write. */
const STORE_WRITE_TIMEOUT_MS = 10_000;

/**
 * Starts the dev server in the site, opens the article once (as the author has it open), then
 * saves it `saves` times with a new sentence, each time asking for the page again and again,
 * without a pause, until the sentence is there. Returns the milliseconds from each save to the
 * first response that shows it. The file is left as it was found.
 *
 * Between saves the bench does what the author's open page does: Astro writes its content store
 * about 500 ms after a save and then tells every open page to reload, which runs the whole store
 * again. A page that reloads pays that then; a bench that only polled would charge it to the next
 * save instead, on ours and on bare alike.
 */
export async function measureDevEdits(siteRoot: string, file: string, path: string, saves = 5): Promise<number[]> {
	const original = readFileSync(join(siteRoot, file), 'utf8');
	const server = await startDevServer({ root: siteRoot, dist: join(siteRoot, 'dist') }, { readyPath: path });
	const url = `${server.origin}${path}`;
	const readPage = async () => (await fetch(url)).text();
	const store = join(siteRoot, DEV_STORE);
	const times: number[] = [];
	try {
		for (let save = 1; save <= saves; save++) {
			const sentence = `Saved edit number ${save} of the bench.`;
			const storeBefore = readModified(store);
			writeFileSync(join(siteRoot, file), `${original}\n${sentence}\n`);
			const started = performance.now();
			while (!(await readPage()).includes(sentence)) {
				if (performance.now() - started > 30_000) throw new Error(`save ${save} did not show in ${url} within 30 s:\n${server.output()}`);
			}
			times.push(performance.now() - started);
			await waitForStoreWrite(store, storeBefore, server.output);
			await readPage();
			// The watcher settles between saves, as it does between an author's.
			await new Promise((resolve) => setTimeout(resolve, 300));
		}
	} finally {
		server.stop();
		writeFileSync(join(siteRoot, file), original);
	}
	return times;
}

function readModified(file: string): number | undefined {
	return statSync(file, { throwIfNoEntry: false })?.mtimeMs;
}

async function waitForStoreWrite(store: string, before: number | undefined, output: () => string) {
	const deadline = Date.now() + STORE_WRITE_TIMEOUT_MS;
	while (readModified(store) === before) {
		if (Date.now() > deadline) throw new Error(`the dev server did not write ${store} within ${STORE_WRITE_TIMEOUT_MS / 1000} s of a save:\n${output()}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	// The reload is sent once the write has finished: give the server that moment.
	await new Promise((resolve) => setTimeout(resolve, 50));
}
