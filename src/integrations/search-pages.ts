/** What the search integration and its middleware share: both run in the build's one process. */
export const SEARCH_PAGES_KEY = Symbol.for('certguides.search-pages');

export interface SearchPages {
	/** How many pages the build will hand over: once they all have come, the index is built while the remaining pages render. */
	expect(count: number): void;
	/** A rendered page with content to index, by its path under the base. */
	add(path: string, html: string): void;
}

/** A file of the built index, by its path inside the index's folder. */
export interface IndexFile {
	path: string;
	content: Uint8Array;
}

/** The part of a Pagefind index the hand-off uses. */
export interface IndexBuilder {
	addHTMLFile(file: { url: string; content: string }): Promise<{ errors: string[] }>;
	getFiles(): Promise<{ errors: string[]; files: IndexFile[] }>;
}

/**
 * Feeds rendered pages to an index and builds it. Building takes seconds, and the build renders a
 * few hundred list pages after the last page to index, so the index is built, in memory, as soon
 * as the expected number of pages has come; nothing reaches the disk before the build has
 * succeeded. A page that comes after that (an expected count too low) is not lost: `finish`
 * builds the index again with it.
 */
export function createSearchHandOff(index: Promise<IndexBuilder>) {
	const added: Promise<string[]>[] = [];
	let expected: number | undefined;
	let built: Promise<IndexFile[]> | undefined;
	let builtCount = 0;
	const build = () => {
		const pending = [...added];
		const previous = built;
		builtCount = pending.length;
		built = (async () => {
			await previous;
			throwOnErrors((await Promise.all(pending)).flat());
			const { errors, files } = await (await index).getFiles();
			throwOnErrors(errors);
			return files;
		})();
		// Awaited by `finish`; a failure meanwhile is reported there, not as an unhandled rejection.
		built.catch(() => undefined);
	};
	return {
		expect(count: number) {
			expected ??= count;
		},
		add(url: string, html: string) {
			added.push(index.then((started) => started.addHTMLFile({ url, content: html })).then(({ errors }) => errors, (error: unknown) => [String(error)]));
			if (added.length === expected) build();
		},
		/** Once every page has rendered: the index's files, with every page added. */
		async finish(): Promise<{ pages: number; files: IndexFile[] }> {
			if (!built || builtCount < added.length) build();
			return { pages: added.length, files: await built! };
		},
	};
}

export function throwOnErrors(errors: string[]) {
	if (errors.length > 0) throw new Error(`search index: ${errors.join('; ')}`);
}
