import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { CustomRecord } from 'pagefind';
import { FACET_LABELS, SEARCH_FACETS, type SearchFacets, type SearchMeta } from '../lib/search.ts';
import { buildArticleSearchMeta, buildCertSearchMeta, readSortDay } from '../lib/search-meta.ts';
import type { SiteGraph } from '../lib/site-graph.ts';
import { rootPaths } from '../lib/urls.ts';

/**
 * The dev server's search records, made from the content files instead of built pages: the same
 * URLs, filters, metadata and sort keys as the build's index, with each article's text taken from
 * its Markdown. Rendering every page to index it would make the first search after a save wait
 * for the whole site.
 */
export function buildSearchRecords(graph: SiteGraph, lang: string): CustomRecord[] {
	const articles = graph.articles.map((node) =>
		createRecord(rootPaths.article(node.id), [node.data.title, node.data.description, toPlainText(node.entry.body ?? '')], node.facets, {
			...buildArticleSearchMeta(node, { lang }),
			title: node.data.title,
		}, readSortDay(node)),
	);
	const certs = graph.certs.map((node) => {
		const { data } = node.cert;
		const text = [data.name, data.code, ...data.aliases, data.vendor, ...data.exam_domains.map((domain) => domain.name)];
		return createRecord(rootPaths.cert(node.cert.id), text, node.facets, { ...buildCertSearchMeta(node), title: data.name }, readSortDay(node));
	});
	return [...certs, ...articles];

	function createRecord(url: string, text: string[], facets: SearchFacets, meta: SearchMeta & { title: string }, date: string): CustomRecord {
		return {
			url,
			content: text.join('\n'),
			language: lang,
			meta: Object.fromEntries(Object.entries(meta).filter((field): field is [string, string] => field[1] !== undefined)),
			filters: Object.fromEntries(SEARCH_FACETS.filter((facet) => facets[facet].length > 0).map((facet) => [FACET_LABELS[facet], facets[facet].map((value) => value.label)])),
			sort: { date },
		};
	}
}

/** Parents whose children run on as one line (the body is read as CommonMark); the children of every other parent are blocks. */
const INLINE_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'link', 'linkReference']);

/**
 * The words of a Markdown or MDX body, without its markup or raw HTML, a line apart from block to
 * block: run together, a heading's last word and the next paragraph's first would make one word
 * that no search finds ("SageMakerOptimizing").
 */
export function toPlainText(body: string): string {
	const text = (node: Nodes): string => {
		if (node.type === 'html') return '';
		if ('children' in node) return node.children.map(text).join(INLINE_PARENTS.has(node.type) ? '' : '\n');
		return toString(node);
	};
	return text(fromMarkdown(body));
}
