/**
 * What the search index files each page under, and how a search's state travels in a URL. The
 * build writes these values into the pages; the reader's browser reads the same module to turn
 * `/search/?q=…&cert=…` into a query and back.
 */

/**
 * How long a search box waits after a keystroke. Pagefind's default, 300 ms, is the whole of the
 * results' 300 ms budget. Every keystroke already fetches the index chunks of what is typed
 * (`search-ui.ts`), so a short pause is enough. A shorter one measured no faster: keys a little
 * slower than it each start a search whose results compete with the last one's.
 */
export const SEARCH_PAUSE_MS = 60;

/** What the search boxes ask for. */
export const SEARCH_PLACEHOLDER = 'Search guides and certifications';

/** The search filters a reader can combine, in the order the facet panel shows them. */
export const SEARCH_FACETS = ['cert', 'domain', 'exam_domain', 'type', 'author'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/** What each filter is called in the facet panel, and so in the index, which shows its own names. */
export const FACET_LABELS: Record<SearchFacet, string> = {
	cert: 'Certification',
	domain: 'Topic',
	exam_domain: 'Exam domain',
	type: 'Type',
	author: 'Author',
};

/** One value of a filter: a stable id for URLs and the words a reader sees and the index stores. */
export interface FacetValue {
	id: string;
	label: string;
}

export type SearchFacets = Record<SearchFacet, FacetValue[]>;

/** The record's display fields, shown on each result. */
export interface SearchMeta {
	/** Cert codes, comma separated, shown as badges. */
	certs?: string;
	/** "7 min read". */
	read_time?: string;
	/** The date a reader sees, like "July 5, 2025". */
	date?: string;
	/** The same day as YYYY-MM-DD, for `<time datetime>`. */
	datetime?: string;
	type: string;
	/** A cert page's code and other names: a match here ranks the page first. */
	names?: string;
	/** A small copy of a local hero image: Pagefind fills `image` itself from any image of the page, remote ones included. */
	thumbnail?: string;
	thumbnail_alt?: string;
}

/** The query parameter that holds the sort order, and its one value besides relevance. */
export const SORT_PARAM = 'sort';
export const SORT_NEWEST = 'newest';

/** A search as the reader set it: query text, chosen values by filter name (as the index knows both), and order. */
export interface SearchState {
	query: string;
	filters: Record<string, string[]>;
	newest: boolean;
}

/** Every value each facet takes across the given pages, sorted by label, each once. */
export function collectFacetValues(pages: readonly { facets: SearchFacets }[]): SearchFacets {
	const collected = Object.fromEntries(SEARCH_FACETS.map((facet) => [facet, new Map<string, FacetValue>()])) as Record<SearchFacet, Map<string, FacetValue>>;
	for (const { facets } of pages) {
		for (const facet of SEARCH_FACETS) for (const value of facets[facet]) collected[facet].set(value.id, value);
	}
	return Object.fromEntries(
		SEARCH_FACETS.map((facet) => [facet, [...collected[facet].values()].sort((a, b) => a.label.localeCompare(b.label))]),
	) as SearchFacets;
}

/**
 * Reads `?q=…&cert=aws-mla-c01&type=guide&sort=newest`: filter ids become the labels the index
 * knows; an id the site does not have is dropped, so an old bookmark still searches.
 */
export function parseSearchParams(params: URLSearchParams, vocabulary: SearchFacets): SearchState {
	const filters: SearchState['filters'] = {};
	for (const facet of SEARCH_FACETS) {
		const labels = params.getAll(facet).flatMap((id) => vocabulary[facet].find((value) => value.id === id)?.label ?? []);
		if (labels.length > 0) filters[FACET_LABELS[facet]] = labels;
	}
	return { query: (params.get('q') ?? '').trim(), filters, newest: params.get(SORT_PARAM) === SORT_NEWEST };
}

/** The query string of a search, the reverse of `parseSearchParams`: shareable and bookmarkable. */
export function formatSearchParams(state: SearchState, vocabulary: SearchFacets): string {
	const params = new URLSearchParams();
	if (state.query.trim()) params.set('q', state.query.trim());
	for (const facet of SEARCH_FACETS) {
		for (const label of state.filters[FACET_LABELS[facet]] ?? []) {
			const value = vocabulary[facet].find((candidate) => candidate.label === label);
			if (value) params.append(facet, value.id);
		}
	}
	if (state.newest) params.set(SORT_PARAM, SORT_NEWEST);
	return params.toString();
}
