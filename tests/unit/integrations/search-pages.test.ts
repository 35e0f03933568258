import { describe, expect, it } from 'vitest';
import { createSearchHandOff, type IndexBuilder } from '../../../src/integrations/search-pages.ts';

/** An index that records what it is given, and what it held each time it was built: one file per page. */
function createRecordingIndex({ failOn }: { failOn?: string } = {}) {
	const held: string[] = [];
	const builds: string[][] = [];
	const index: IndexBuilder = {
		async addHTMLFile({ url }) {
			if (url === failOn) return { errors: [`could not read ${url}`] };
			held.push(url);
			return { errors: [] };
		},
		async getFiles() {
			builds.push([...held]);
			return { errors: [], files: held.map((url) => ({ path: `fragment${url}`, content: new Uint8Array() })) };
		},
	};
	return { index, builds };
}

/** Lets every pending promise settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('the search hand-off', () => {
	it('builds the index as soon as the expected pages have come, before the build finishes', async () => {
		const { index, builds } = createRecordingIndex();
		const handOff = createSearchHandOff(Promise.resolve(index));
		handOff.expect(2);
		handOff.add('/articles/a/', '<html></html>');
		await settle();
		expect(builds).toEqual([]);
		handOff.add('/certifications/b/', '<html></html>');
		await settle();
		expect(builds).toEqual([['/articles/a/', '/certifications/b/']]);
		const { pages, files } = await handOff.finish();
		expect([pages, files.map((file) => file.path)]).toEqual([2, ['fragment/articles/a/', 'fragment/certifications/b/']]);
		expect(builds).toHaveLength(1);
	});

	it('builds the index again when a page comes after the expected count: a low count never loses a page', async () => {
		const { index, builds } = createRecordingIndex();
		const handOff = createSearchHandOff(Promise.resolve(index));
		handOff.expect(1);
		handOff.add('/articles/a/', '<html></html>');
		await settle();
		handOff.add('/articles/b/', '<html></html>');
		expect((await handOff.finish()).files).toHaveLength(2);
		expect(builds).toEqual([
			['/articles/a/'],
			['/articles/a/', '/articles/b/'],
		]);
	});

	it('builds the index when the build finishes if fewer pages came than expected, or no count was given', async () => {
		for (const count of [5, undefined]) {
			const { index, builds } = createRecordingIndex();
			const handOff = createSearchHandOff(Promise.resolve(index));
			if (count) handOff.expect(count);
			handOff.add('/articles/a/', '<html></html>');
			await settle();
			expect(builds).toEqual([]);
			await handOff.finish();
			expect(builds).toEqual([['/articles/a/']]);
		}
	});

	it('reports a page the index refused, or an index that could not start, when the build finishes', async () => {
		const { index } = createRecordingIndex({ failOn: '/articles/b/' });
		const refused = createSearchHandOff(Promise.resolve(index));
		refused.expect(2);
		refused.add('/articles/a/', '<html></html>');
		refused.add('/articles/b/', '<html></html>');
		await expect(refused.finish()).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: search index: could not read /articles/b/]`);

		const unstarted = createSearchHandOff(Promise.reject(new Error('Pagefind could not start an index')));
		unstarted.add('/articles/a/', '<html></html>');
		await expect(unstarted.finish()).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: search index: Error: Pagefind could not start an index]`);
	});
});
