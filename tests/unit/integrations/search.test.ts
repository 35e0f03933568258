import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startIndexer } from '../../../src/integrations/search.ts';

const scratch = mkdtempSync(join(tmpdir(), 'certguides-indexer-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

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
});
