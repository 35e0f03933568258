import { formatSearchParams, parseSearchParams, type SearchFacets, type SearchState } from '../lib/search.ts';
import { loadSearch, setNewestFirst } from './search-ui.ts';

/**
 * The /search/ page: starts from the query, filters and order in its URL, and keeps the URL in
 * step as the reader types and picks filters, so any search can be shared or bookmarked.
 */
async function startSearchPage(root: HTMLElement) {
	const vocabulary = JSON.parse(root.querySelector('script[data-search-vocabulary]')?.textContent ?? '{}') as SearchFacets;
	const initial = parseSearchParams(new URLSearchParams(location.search), vocabulary);
	const order = root.querySelector<HTMLSelectElement>('select[name="sort"]');
	setNewestFirst(initial.newest);
	if (order) {
		order.value = initial.newest ? 'newest' : 'relevance';
		order.closest('label')?.removeAttribute('hidden');
	}

	const instance = await loadSearch({ withFilters: true });
	const state: SearchState = { ...initial };
	instance.on('search', (term, filters) => {
		state.query = term;
		state.filters = filters;
		const query = formatSearchParams(state, vocabulary);
		history.replaceState(history.state, '', query ? `?${query}` : location.pathname);
	});
	const more = root.querySelector<HTMLElement>('[data-search-more]');
	instance.on('results', ({ results }) => {
		if (!more) return;
		const limit = Number(more.dataset.limit);
		more.hidden = results.length <= limit;
		more.textContent = `Showing the best ${limit} of ${results.length.toLocaleString()} results: add a word or a filter to narrow them.`;
	});
	order?.addEventListener('change', () => {
		state.newest = order.value === 'newest';
		setNewestFirst(state.newest);
		instance.triggerSearchWithFilters(instance.searchTerm, instance.searchFilters);
	});
	instance.triggerSearchWithFilters(initial.query, initial.filters);
	// The components render their input after the page has loaded, too late for `autofocus`.
	if (document.activeElement === document.body) root.querySelector<HTMLInputElement>('pagefind-input input')?.focus();
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) startSearchPage(root).catch(() => root.querySelector('[data-search-error]')?.removeAttribute('hidden'));
