/**
 * Loads Pagefind's Component UI (the web components the index build ships in /pagefind/) once,
 * and fits it to the site: results show cert badges, type, read time and date; a cert's code
 * finds its page first; and a search can be ordered newest first, which the components do not offer.
 * The site's search styles and the search dialog come with this module, loaded on first use.
 */

import { SEARCH_PAUSE_MS, SEARCH_PLACEHOLDER } from '../lib/search.ts';
import searchStyles from '../styles/search.css?inline';

/** The fields of a result this site uses, as Pagefind gives them. */
interface PagefindResult {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results?: { url: string; title: string; excerpt: string }[];
}

type FilterSelection = Record<string, string[]>;

/** The part of a Component UI instance this site drives. */
export interface SearchInstance {
	searchTerm: string;
	searchFilters: FilterSelection;
	pagefindOptions: Record<string, unknown>;
	on(event: 'search', callback: (term: string, filters: FilterSelection) => void): void;
	on(event: 'results', callback: (results: { results: unknown[] }) => void): void;
	triggerLoad(): Promise<void>;
	triggerSearchWithFilters(term: string, filters: FilterSelection): void;
	__pagefind__?: PagefindSearch;
}

/** Pagefind's own search instance, as the components hold it. */
interface PagefindSearch {
	search(term: string | null, options: Record<string, unknown>): Promise<unknown>;
	preload(term: string): Promise<void>;
}

interface ResultsElement extends HTMLElement {
	resultTemplate: ((result: PagefindResult) => Element) | null;
}

declare global {
	interface Window {
		PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): SearchInstance } };
	}
}

/** Where the index build writes the bundle, next to the index it searches; Pagefind takes the base of its results' URLs from it. */
const BUNDLE = `${import.meta.env.BASE_URL}pagefind/`;
/** Sub-results by heading shown under each result. */
const SUB_RESULTS = 3;
/** Results the dialog lists: drawing a thousand would keep the reader waiting; the search page shows more, with filters. */
const MODAL_RESULTS = 20;

let loading: Promise<SearchInstance> | undefined;
let newestFirst = false;

/**
 * Loads the components and their styles once; resolves with the page's search instance, ready to
 * search. Only a page with filters to show (`withFilters`) loads the filter indexes up front: the
 * dialog's first search downloads that much less.
 */
export function loadSearch({ withFilters }: { withFilters: boolean }): Promise<SearchInstance> {
	return (loading ??= loadComponents().then(() => setUp(withFilters)));
}

let components: Promise<unknown> | undefined;

/** The components and their styles alone: they draw the search box, and load search itself only when it is used. */
export function loadComponents(): Promise<unknown> {
	if (!components) {
		adoptStyles(searchStyles);
		components = Promise.all([addStylesheet(`${BUNDLE}pagefind-component-ui.css`), addScript(`${BUNDLE}pagefind-component-ui.js`)]);
	}
	return components;
}

/** Orders the next searches newest first, or by relevance. */
export function setNewestFirst(newest: boolean) {
	newestFirst = newest;
}

async function setUp(withFilters: boolean): Promise<SearchInstance> {
	const components = window.PagefindComponents;
	if (!components) throw new Error('Pagefind Component UI did not load');
	const instance = components.getInstanceManager().getInstance('default');
	// A cert page's code and aliases (its `names` metadata) outweigh any article that mentions them.
	instance.pagefindOptions.ranking = { metaWeights: { names: 10 } };
	for (const results of document.querySelectorAll<ResultsElement>('pagefind-results')) {
		await customElements.whenDefined('pagefind-results');
		results.resultTemplate = renderResult;
	}
	if (withFilters) {
		await instance.triggerLoad();
	} else {
		// What the instance's own loading does, less fetching every filter index.
		const pagefindModule = (await import(/* @vite-ignore */ `${BUNDLE}pagefind.js`)) as { createInstance(options: unknown): PagefindSearch & { init(): Promise<void> } };
		const pagefind = pagefindModule.createInstance(instance.pagefindOptions);
		await pagefind.init();
		instance.__pagefind__ = pagefind;
	}
	// The components hand Pagefind only the query and filters; the order is added on the way.
	const pagefind = instance.__pagefind__;
	if (pagefind) {
		const search = pagefind.search.bind(pagefind);
		pagefind.search = (term, options) => search(term, newestFirst ? { ...options, sort: { date: 'desc' } } : options);
		// Each keystroke fetches the index chunks its words need, so the search that follows the pause finds them loaded.
		for (const input of document.querySelectorAll<HTMLInputElement>('pagefind-input input')) {
			input.addEventListener('input', () => void pagefind.preload(input.value));
		}
	}
	return instance;
}

/** The site's search styles come inside this module: no request of their own on the first search. */
function adoptStyles(css: string) {
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(css);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function addStylesheet(href: string): Promise<void> {
	if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
	const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
	return whenLoaded(link);
}

function addScript(src: string): Promise<void> {
	const script = Object.assign(document.createElement('script'), { src });
	return whenLoaded(script);
}

function whenLoaded(element: HTMLLinkElement | HTMLScriptElement): Promise<void> {
	return new Promise((resolve, reject) => {
		element.addEventListener('load', () => resolve());
		element.addEventListener('error', () => reject(new Error(`could not load ${'src' in element ? element.src : element.href}`)));
		document.head.append(element);
	});
}

interface ModalElement extends HTMLElement {
	open(): void;
	readonly isOpen: boolean;
	dialogEl: HTMLDialogElement | null;
}

/**
 * Opens the search dialog, made and loaded on first use, and gives focus back to where it was
 * when the dialog closes.
 */
export async function openSearchModal(returnTo: HTMLElement | null) {
	const modal = document.querySelector<ModalElement>('pagefind-modal') ?? createSearchModal();
	await loadSearch({ withFilters: false });
	await customElements.whenDefined('pagefind-modal');
	if (modal.isOpen) return;
	modal.open();
	modal.dialogEl?.addEventListener('close', () => returnTo?.focus(), { once: true });
	keepFullSearchLinkInStep(modal);
}

/**
 * The dialog, added to the page before the components load so that they find it: no page carries
 * its markup or styles until the reader asks for search. Pagefind's own hints say Escape clears
 * the input, but in the dialog it closes it.
 */
function createSearchModal(): ModalElement {
	const template = document.createElement('template');
	template.innerHTML = `<pagefind-modal>
	<pagefind-modal-header><pagefind-input placeholder="${SEARCH_PLACEHOLDER}" debounce="${SEARCH_PAUSE_MS}"></pagefind-input></pagefind-modal-header>
	<pagefind-modal-body><pagefind-summary></pagefind-summary><pagefind-results max-results="${MODAL_RESULTS}"></pagefind-results></pagefind-modal-body>
	<pagefind-modal-footer>
		<p class="search-hints"><kbd>↓</kbd> <kbd>↑</kbd> move · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close</p>
		<a class="full-search" href="${import.meta.env.BASE_URL}search/" data-full-search>All results, with filters</a>
	</pagefind-modal-footer>
</pagefind-modal>`;
	const modal = template.content.firstElementChild as ModalElement;
	document.body.append(modal);
	return modal;
}

/** The dialog's link to the full search page carries the query typed so far. */
function keepFullSearchLinkInStep(modal: HTMLElement) {
	const link = modal.querySelector<HTMLAnchorElement>('a[data-full-search]');
	const input = modal.querySelector('input');
	if (!link || !input || link.dataset.bound) return;
	link.dataset.bound = 'true';
	const update = () => {
		const url = new URL(link.href);
		url.search = input.value.trim() ? new URLSearchParams({ q: input.value.trim() }).toString() : '';
		link.href = url.href;
	};
	input.addEventListener('input', update);
	update();
}

/** One result: title, cert badges, type, read time and date, the highlighted excerpt, and the best sections. */
function renderResult(result: PagefindResult): Element {
	const { meta } = result;
	const item = element('li', 'pf-result search-result');
	const card = element('div', 'pf-result-card');
	// Only the site's own thumbnails: a remote image would tell its host what the reader searched.
	if (meta.thumbnail && new URL(meta.thumbnail, location.href).origin === location.origin) {
		const image = Object.assign(element('img', 'pf-result-image'), { src: meta.thumbnail, alt: meta.thumbnail_alt ?? '', loading: 'lazy', width: 64, height: 48 });
		card.append(image);
	}
	const content = element('div', 'pf-result-content');
	const title = element('p', 'pf-result-title');
	const link = Object.assign(element('a', 'pf-result-link'), { href: result.url, textContent: meta.title ?? result.url });
	title.append(link);
	content.append(title, renderDetails(meta));
	if (result.excerpt) {
		// Not Pagefind's class: its excerpt is one line cut short, often before the words that matched.
		const excerpt = element('p', 'search-result-excerpt');
		// Pagefind escapes the indexed text and adds only <mark> around the matched words.
		excerpt.innerHTML = result.excerpt;
		content.append(excerpt);
	}
	card.append(content);
	item.append(card);
	const sections = (result.sub_results ?? []).filter((sub) => sub.url !== result.url).slice(0, SUB_RESULTS);
	if (sections.length > 0) {
		const list = element('ul', 'pf-heading-chips');
		for (const sub of sections) {
			const chip = element('li', 'pf-heading-chip');
			chip.append(Object.assign(element('a', 'pf-heading-link'), { href: sub.url, textContent: sub.title }));
			// Pagefind gives the page the excerpt of its best section: shown once, under the page's title.
			if (sub.excerpt !== result.excerpt) {
				const excerpt = element('p', 'pf-heading-excerpt');
				excerpt.innerHTML = sub.excerpt;
				chip.append(excerpt);
			}
			list.append(chip);
		}
		item.append(list);
	}
	return item;
}

function renderDetails(meta: PagefindResult['meta']): Element {
	const details = element('p', 'search-result-details');
	for (const code of meta.certs?.split(', ') ?? []) details.append(Object.assign(element('span', 'search-badge'), { textContent: code }));
	const facts = [meta.type, meta.read_time].filter((fact): fact is string => Boolean(fact));
	if (facts.length > 0) details.append(Object.assign(element('span', 'search-fact'), { textContent: facts.join(' · ') }));
	if (meta.date) details.append(Object.assign(element('time', 'search-fact'), { dateTime: meta.datetime ?? '', textContent: meta.date }));
	return details;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
	return Object.assign(document.createElement(tag), { className });
}
