import { parse, type HTMLElement } from 'node-html-parser';

/** A built page parsed, to query as a browser would see its markup. */
export function parseHtml(html: string): HTMLElement {
	return parse(html, { comment: false });
}

/** Text content with white space folded, as a reader sees it. */
export function textOf(element: HTMLElement | null | undefined): string {
	return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
