/** How long an author waits, in `npm run dev`, between saving an article and seeing it change. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startDevServer } from '../tests/helpers/dev-server.ts';

/**
 * Starts the dev server in the site, opens the article once (as the author has it open), then
 * saves it `saves` times with a new sentence, each time asking for the page again and again,
 * without a pause, until the sentence is there. Returns the milliseconds from each save to the
 * first response that shows it. The file is left as it was found.
 */
export async function measureDevEdits(siteRoot: string, file: string, path: string, saves = 5): Promise<number[]> {
	const original = readFileSync(join(siteRoot, file), 'utf8');
	const server = await startDevServer({ root: siteRoot, dist: join(siteRoot, 'dist') }, { readyPath: path });
	const url = `${server.origin}${path}`;
	const times: number[] = [];
	try {
		for (let save = 1; save <= saves; save++) {
			const sentence = `Saved edit number ${save} of the bench.`;
			writeFileSync(join(siteRoot, file), `${original}\n${sentence}\n`);
			const started = performance.now();
			while (!(await (await fetch(url)).text()).includes(sentence)) {
				if (performance.now() - started > 30_000) throw new Error(`save ${save} did not show in ${url} within 30 s:\n${server.output()}`);
			}
			times.push(performance.now() - started);
			// The watcher settles between saves, as it does between an author's.
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
	} finally {
		server.stop();
		writeFileSync(join(siteRoot, file), original);
	}
	return times;
}
