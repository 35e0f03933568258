import { parse, type HTMLElement } from 'node-html-parser';

/** A built page parsed, to query as a browser would see its markup. */
export function parseHtml(html: string): HTMLElement {
	return parse(html, { comment: false });
}

/** Text with white space folded, block elements (list items, paragraphs) apart, as a reader sees it. */
export function textOf(element: HTMLElement | null | undefined): string {
	return (element?.structuredText ?? '').replace(/\s+/g, ' ').trim();
}
