import { afterAll, describe, expect, it } from 'vitest';
import { closePagefind, createIndex } from '../../../src/integrations/pagefind-index.ts';
import { createSearchHandOff, type IndexWriter, trimForIndex } from '../../../src/integrations/search-pages.ts';

/** An index that records what it is given, and where and with what pages it was written each time. */
function createRecordingIndex({ failOn }: { failOn?: string } = {}) {
	const held: string[] = [];
	const writes: string[][] = [];
	const index: IndexWriter = {
		async addHTMLFile({ url }) {
			if (url === failOn) return { errors: [`could not read ${url}`] };
			held.push(url);
			return { errors: [] };
		},
		async writeFiles({ outputPath }) {
			writes.push([outputPath, ...held]);
			return { errors: [] };
		},
	};
	return { index, writes };
}

/** A hand-off to a recording index, writing where the build's would. */
function startHandOff(options?: { failOn?: string }) {
	const { index, writes } = createRecordingIndex(options);
	return { handOff: createSearchHandOff(Promise.resolve(index), 'cache/search-index'), writes };
}

/** Lets every pending promise settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('the search hand-off', () => {
	it('writes the index as soon as the expected pages have come, before the build finishes', async () => {
		const { handOff, writes } = startHandOff();
		handOff.expect(2);
		handOff.add('/articles/a/', '<html></html>');
		await settle();
		expect(writes).toEqual([]);
		handOff.add('/certifications/b/', '<html></html>');
		await settle();
		expect(writes).toEqual([['cache/search-index', '/articles/a/', '/certifications/b/']]);
		expect(await handOff.finish()).toBe(2);
		expect(writes).toHaveLength(1);
	});

	it('writes the index again when a page comes after the expected count: a low count never loses a page', async () => {
		const { handOff, writes } = startHandOff();
		handOff.expect(1);
		handOff.add('/articles/a/', '<html></html>');
		await settle();
		handOff.add('/articles/b/', '<html></html>');
		expect(await handOff.finish()).toBe(2);
		expect(writes).toEqual([
			['cache/search-index', '/articles/a/'],
			['cache/search-index', '/articles/a/', '/articles/b/'],
		]);
	});

	it('writes the index when the build finishes if fewer pages came than expected, or no count was given', async () => {
		for (const count of [5, undefined]) {
			const { handOff, writes } = startHandOff();
			if (count) handOff.expect(count);
			handOff.add('/articles/a/', '<html></html>');
			await settle();
			expect(writes).toEqual([]);
			await handOff.finish();
			expect(writes).toEqual([['cache/search-index', '/articles/a/']]);
		}
	});

	it('reports a page the index refused, or an index that could not start, when the build finishes', async () => {
		const { handOff: refused } = startHandOff({ failOn: '/articles/b/' });
		refused.expect(2);
		refused.add('/articles/a/', '<html></html>');
		refused.add('/articles/b/', '<html></html>');
		await expect(refused.finish()).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: search index: could not read /articles/b/]`);

		const unstarted = createSearchHandOff(Promise.reject(new Error('Pagefind could not start an index')), 'cache/search-index');
		unstarted.add('/articles/a/', '<html></html>');
		await expect(unstarted.finish()).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: search index: Error: Pagefind could not start an index]`);
	});
});

/** A page as the layouts render one: styles, structured data and search tags in the head, navigation before the content. */
const renderedPage = [
	'<!DOCTYPE html><html lang="fr" data-astro-cid-a><head><meta charset="utf-8"><script>theme()</script><title>Feature stores</title>',
	'<meta property="og:title" content="Feature stores"><script type="application/ld+json">{"headline":"Feature stores"}</script>',
	'<meta name="search:cert" content="MLA: AWS ML Engineer" data-pagefind-filter="Certification[content]">',
	'<meta name="search:date" content="May 9, 2026" data-pagefind-meta="date[content]">',
	'<meta name="search:sort-date" content="2026-05-09" data-pagefind-sort="date[content]"><style>.a{color:red}</style></head>',
	'<body><header data-pagefind-ignore><a href="/">certguides</a></header><nav class="breadcrumbs"><a href="/">Home</a><a href="/articles/x/">Why data-pagefind-body matters</a></nav>',
	'<article class="article" data-pagefind-body><h1>Feature stores</h1><p>Stores keep features.</p><h2 id="serving">Serving</h2><p>Online serving is fast.</p>',
	'<aside data-pagefind-ignore>Take the practice exam</aside></article><footer>© certguides</footer></body></html>',
].join('');

describe('what the index is sent of a page', () => {
	afterAll(() => closePagefind());

	it("keeps the html tag, the head's search tags and the body from the marked element on, and errs towards keeping", () => {
		// The breadcrumb that mentions the attribute is kept: a cut there only keeps more.
		expect(trimForIndex(Buffer.from(renderedPage))).toMatchInlineSnapshot(
			`"<!DOCTYPE html><html lang="fr" data-astro-cid-a><head><meta name="search:cert" content="MLA: AWS ML Engineer" data-pagefind-filter="Certification[content]"><meta name="search:date" content="May 9, 2026" data-pagefind-meta="date[content]"><meta name="search:sort-date" content="2026-05-09" data-pagefind-sort="date[content]"></head><a href="/articles/x/">Why data-pagefind-body matters</a></nav><article class="article" data-pagefind-body><h1>Feature stores</h1><p>Stores keep features.</p><h2 id="serving">Serving</h2><p>Online serving is fast.</p><aside data-pagefind-ignore>Take the practice exam</aside></article><footer>© certguides</footer></body></html>"`,
		);
	});

	it('sends a page without those landmarks whole, and keeps a head without search tags empty', () => {
		const bare = '<html lang="en"><body><main data-pagefind-body><h1>Plain</h1></main></body></html>';
		expect(trimForIndex(Buffer.from(bare))).toBe(bare);
		const untagged = '<html lang="en"><head><title>Plain</title></head><body><main data-pagefind-body><h1>Plain</h1></main></body></html>';
		expect(trimForIndex(Buffer.from(untagged))).toBe('<html lang="en"><head></head><main data-pagefind-body><h1>Plain</h1></main></body></html>');
	});

	it('gives real Pagefind the same index as the whole page: text, headings, filters, metadata, sort and language', async () => {
		const indexFiles = async (content: string) => {
			const index = await createIndex();
			expect((await index.addHTMLFile({ url: '/articles/feature-stores/', content })).errors).toEqual([]);
			const { files } = await index.getFiles();
			await index.deleteIndex();
			return new Map(files.map((file) => [file.path, Buffer.from(file.content).toString('base64')]));
		};
		const whole = await indexFiles(renderedPage);
		const trimmed = await indexFiles(trimForIndex(Buffer.from(renderedPage)));
		// The file names hash their content: the same names are the same fragment, filters and language index.
		expect([...trimmed.keys()].sort()).toEqual([...whole.keys()].sort());
		expect(trimmed).toEqual(whole);
		expect([...whole.keys()].some((path) => path.startsWith('pagefind.fr_'))).toBe(true);
		expect([...whole.keys()].some((path) => path.startsWith('filter/'))).toBe(true);
	});
});
