/** What the search integration and its middleware share: both run in the build's one process. */
export const SEARCH_PAGES_KEY = Symbol.for('certguides.search-pages');

export interface SearchPages {
	/** A rendered page with content to index, by its path under the base. */
	add(path: string, html: string): void;
}
