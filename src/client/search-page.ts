import { FACET_LABELS, formatSearchParams, parseSearchParams, SEARCH_FACETS, type SearchFacets, type SearchState } from '../lib/search.ts';
import { loadComponents, loadSearch, setNewestFirst } from './search-ui.ts';

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

	// With nothing asked yet, the box is drawn and focused, and search itself (its code, index and
	// filters) loads when the reader first types or points: a page that is only looked at stays light.
	if (!initial.query && !Object.keys(initial.filters).length) {
		await loadComponents();
		await customElements.whenDefined('pagefind-input');
		focusBox(root, { quietly: true });
		await new Promise((resolve) => ['keydown', 'pointerdown'].forEach((event) => root.addEventListener(event, resolve, { once: true, capture: true })));
	}
	const pane = root.querySelector('pagefind-filter-pane');
	if (pane) orderFilterGroups(pane);
	const instance = await loadSearch({ withFilters: true });
	const state: SearchState = { ...initial };
	instance.on('search', (term, filters) => {
		state.query = term;
		state.filters = filters;
		// Until the reader asks for something, the list of every page stays out of sight (and out of the layout).
		root.toggleAttribute('data-unasked', !term.trim() && !Object.values(filters).some((values) => values.length));
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
	focusBox(root);
}

/**
 * Pagefind draws the filter groups in the order of their names; the panel keeps the site's order
 * (`SEARCH_FACETS`: certification first), in the page itself so that focus moves in that order too.
 */
function orderFilterGroups(pane: Element) {
	const order: string[] = SEARCH_FACETS.map((facet) => FACET_LABELS[facet]);
	const rank = (group: HTMLElement) => {
		const at = order.indexOf(group.dataset.filterName ?? '');
		return at < 0 ? order.length : at;
	};
	const sort = () => {
		const groups = [...pane.querySelectorAll<HTMLElement>('.pf-filter-group[data-filter-name]')];
		const sorted = [...groups].sort((a, b) => rank(a) - rank(b));
		const container = groups[0]?.parentElement;
		if (!container || sorted.every((group, index) => group === groups[index])) return;
		const after = groups.at(-1)?.nextSibling ?? null;
		for (const group of sorted) container.insertBefore(group, after);
	};
	new MutationObserver(sort).observe(pane, { childList: true, subtree: true });
}

/**
 * The components render their input after the page has loaded, too late for `autofocus`.
 * `quietly` keeps the focus event from the input's own handler, which would load the whole of
 * search (its code, index and filters) for a reader who has not asked for anything yet.
 */
function focusBox(root: HTMLElement, { quietly = false } = {}) {
	const input = root.querySelector<HTMLInputElement>('pagefind-input input');
	if (!input || document.activeElement !== document.body) return;
	const stop = (event: Event) => event.stopPropagation();
	if (quietly) root.addEventListener('focus', stop, { capture: true });
	input.focus();
	root.removeEventListener('focus', stop, { capture: true });
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
// After the page's first paint: the reader sees it at once, and search loads into it.
if (root) requestAnimationFrame(() => setTimeout(() => startSearchPage(root).catch(() => root.querySelector('[data-search-error]')?.removeAttribute('hidden'))));
