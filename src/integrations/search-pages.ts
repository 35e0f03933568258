/** What the search integration and its middleware share: both run in the build's one process. */
export const SEARCH_PAGES_KEY = Symbol.for('certguides.search-pages');

export interface SearchPages {
	/** How many pages the build will hand over: once they all have come, the index is written while the remaining pages render. */
	expect(count: number): void;
	/** A rendered page with content to index, by its path under the base, as the bytes written to its file. */
	add(path: string, html: Uint8Array): void;
}

/** The part of a Pagefind index the hand-off uses. */
export interface IndexWriter {
	addHTMLFile(file: { url: string; content: string }): Promise<{ errors: string[] }>;
	writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
}

/**
 * Feeds rendered pages to an index and writes it to `outputPath`. Writing takes seconds, and the
 * build renders a few hundred list pages after the last page to index, so the index is written as
 * soon as the expected number of pages has come, while those render. A page that comes after that
 * (an expected count too low) is not lost: `finish` writes the index again with it.
 */
export function createSearchHandOff(index: Promise<IndexWriter>, outputPath: string) {
	const added: Promise<string[]>[] = [];
	let expected: number | undefined;
	let written: Promise<void> | undefined;
	let writtenCount = 0;
	const write = () => {
		const pending = [...added];
		const previous = written;
		writtenCount = pending.length;
		written = (async () => {
			await previous;
			throwOnErrors((await Promise.all(pending)).flat());
			throwOnErrors((await (await index).writeFiles({ outputPath })).errors);
		})();
		// Awaited by `finish`; a failure meanwhile is reported there, not as an unhandled rejection.
		written.catch(() => undefined);
	};
	return {
		expect(count: number) {
			expected ??= count;
		},
		add(url: string, html: string) {
			added.push(index.then((started) => started.addHTMLFile({ url, content: html })).then(({ errors }) => errors, (error: unknown) => [String(error)]));
			if (added.length === expected) write();
		},
		/** Once every page has rendered: the index written with every page added. Returns how many those were. */
		async finish(): Promise<number> {
			if (!written || writtenCount < added.length) write();
			await written;
			return added.length;
		},
	};
}

export function throwOnErrors(errors: string[]) {
	if (errors.length > 0) throw new Error(`search index: ${errors.join('; ')}`);
}
