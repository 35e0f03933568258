import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { startIndexer } from '../../../src/integrations/search.ts';

const scratch = mkdtempSync(join(tmpdir(), 'certguides-indexer-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The `nice` values of this process's Pagefind children, from Linux's process table. */
function readPagefindNiceness() {
	return readdirSync('/proc')
		.filter((entry) => /^\d+$/.test(entry))
		.flatMap((pid) => {
			try {
				const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
				const [command, rest] = [stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), stat.slice(stat.lastIndexOf(')') + 2).split(' ')];
				// After the command: state, parent's pid, … and the nice value 16 fields on.
				return command.startsWith('pagefind') && Number(rest[1]) === process.pid ? [Number(rest[16])] : [];
			} catch {
				return [];
			}
		});
}

const page = (title: string) => new TextEncoder().encode(`<html lang="en"><body><main data-pagefind-body><h1>${title}</h1><p>Feature stores keep features.</p></main></body></html>`);

describe("the search index's thread", () => {
	it('indexes the pages it is sent with real Pagefind and writes the index where it was told', async () => {
		const outputPath = join(scratch, 'index');
		const indexer = startIndexer({ outputPath });
		indexer.send({ expect: 2 });
		indexer.send({ url: '/articles/a/', html: page('Feature stores') });
		indexer.send({ url: '/articles/b/', html: page('Model monitoring') });
		expect(await indexer.finish()).toBe(2);
		expect(readdirSync(outputPath)).toContain('pagefind.js');
		const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		expect(entry.languages.en.page_count).toBe(2);
	});

	it.runIf(process.platform === 'linux')("runs Pagefind at the lowest priority, so it never takes the CPU from the pages' rendering", async () => {
		const indexer = startIndexer({ outputPath: join(scratch, 'niceness') });
		indexer.send({ expect: 1 });
		let niceness = readPagefindNiceness();
		while (niceness.length === 0) {
			await sleep(20);
			niceness = readPagefindNiceness();
		}
		// The first test's Pagefind may linger a moment after it closed: every one found must be at 19.
		expect([...new Set(niceness)]).toEqual([19]);
		indexer.send({ url: '/articles/a/', html: page('Feature stores') });
		expect(await indexer.finish()).toBe(1);
	});
});
