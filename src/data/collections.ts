import { type CollectionEntry, getCollection } from 'astro:content';
import publishing from 'virtual:certguides/publishing';
import { buildSiteGraph, type ArticleNode, type CertNode, type DomainNode, type SiteGraph } from '../lib/site-graph.ts';

export type { Author, Cert, Domain, TagNode } from '../lib/site-graph.ts';
export type Article = ArticleNode<CollectionEntry<'articles'>>;
export type CertPage = CertNode<CollectionEntry<'articles'>>;
export type DomainPage = DomainNode<CollectionEntry<'articles'>>;

type Graph = SiteGraph<CollectionEntry<'articles'>>;

const now = new Date(publishing.now);
const updates = new Map(Object.entries(publishing.updates).map(([file, date]) => [file, new Date(date)]));

let built: Promise<Graph> | undefined;
let latest: { key: string; graph: Graph } | undefined;

/**
 * The site graph, built once per build from Astro's collections. In dev, where an author may
 * have saved a file since the last page, the collections are read again for every page and the
 * graph is rebuilt only when an entry's content digest has changed.
 */
export async function getSiteGraph(): Promise<Graph> {
	if (!publishing.showUnpublished) return (built ??= loadGraph().then(({ graph }) => graph));
	latest = await loadGraph();
	return latest.graph;
}

async function loadGraph(): Promise<{ key: string; graph: Graph }> {
	const [articles, certs, domains, authors] = await Promise.all([getCollection('articles'), getCollection('certs'), getCollection('domains'), getCollection('authors')]);
	const key = [articles, certs, domains, authors].map((entries) => entries.map((entry) => `${entry.id}:${entry.digest}`).join()).join('|');
	if (latest?.key === key) return latest;
	return { key, graph: buildSiteGraph({ articles, certs, domains, authors, now, updates, showUnpublished: publishing.showUnpublished }) };
}
