import { describe, expect, it } from 'vitest';
import { createSearchHandOff, type IndexWriter } from '../../../src/integrations/search-pages.ts';

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
