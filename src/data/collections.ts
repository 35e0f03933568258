import { type CollectionEntry, getCollection } from 'astro:content';
import publishing from 'virtual:certguides/publishing';
import { buildSiteGraph, type ArticleNode, type CertNode, type DomainNode, type SiteGraph } from '../lib/site-graph.ts';

export type { Author, Cert, Domain, TagNode } from '../lib/site-graph.ts';
export type Article = ArticleNode<CollectionEntry<'articles'>>;
export type CertPage = CertNode<CollectionEntry<'articles'>>;
export type DomainPage = DomainNode<CollectionEntry<'articles'>>;

const now = new Date(publishing.now);
const updates = new Map(Object.entries(publishing.updates).map(([file, date]) => [file, new Date(date)]));

let built: Promise<SiteGraph<CollectionEntry<'articles'>>> | undefined;

/**
 * The site graph, built once per build from Astro's collections. The dev server builds it afresh
 * for every page, since an author may have saved a file since the last one.
 */
export function getSiteGraph(): Promise<SiteGraph<CollectionEntry<'articles'>>> {
	if (built && !publishing.showUnpublished) return built;
	built = Promise.all([getCollection('articles'), getCollection('certs'), getCollection('domains'), getCollection('authors')]).then(
		([articles, certs, domains, authors]) => buildSiteGraph({ articles, certs, domains, authors, now, updates, showUnpublished: publishing.showUnpublished }),
	);
	return built;
}
