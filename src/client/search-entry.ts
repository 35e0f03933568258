/**
 * The only script of a content page: it waits for the reader to ask for search (the header's
 * Search link, `/`, or Ctrl/⌘-K) and only then loads the search code and index. Without
 * JavaScript, or with a modifier-click, the Search link simply opens /search/.
 */

/** Keys typed into a field are text, not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function openSearch() {
	// The search page has its own box: the shortcuts go there instead of opening a dialog over it.
	const pageInput = document.querySelector<HTMLElement>('[data-search-page] input');
	if (pageInput) return pageInput.focus();
	const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
	import('./search-ui.ts')
		.then(({ openSearchModal }) => openSearchModal(returnTo))
		// Offline, or the index missing: the search page says what is wrong, and a reload may mend it.
		.catch(() => location.assign(document.querySelector<HTMLAnchorElement>('a[data-search-trigger]')?.href ?? '/search/'));
}

for (const trigger of document.querySelectorAll<HTMLAnchorElement>('a[data-search-trigger]')) {
	trigger.setAttribute('role', 'button');
	trigger.setAttribute('aria-haspopup', 'dialog');
	trigger.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
	trigger.querySelector('kbd')?.removeAttribute('hidden');
	trigger.addEventListener('click', (event) => {
		if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		event.preventDefault();
		openSearch();
	});
}

document.addEventListener('keydown', (event) => {
	const shortcut = (event.key === 'k' && (event.metaKey || event.ctrlKey) && !event.altKey) || (event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !isTyping(event.target));
	if (!shortcut || event.defaultPrevented) return;
	event.preventDefault();
	openSearch();
});
