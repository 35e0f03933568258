import { type CollectionEntry, getCollection } from 'astro:content';
import { deriveDomains, findRelated, getReadTime, isPublished, sortNewestFirst } from './articles.ts';
import { findAuthor } from './check-references.ts';

export type Article = CollectionEntry<'articles'>;
export type Cert = CollectionEntry<'certs'>;
export type Domain = CollectionEntry<'domains'>;
export type Author = CollectionEntry<'authors'>;

/** The moment the site is built: articles scheduled after it stay out. */
const buildTime = new Date();

/** Drafts and scheduled articles show in `astro dev` only, never in a build. */
const showUnpublished = import.meta.env.CERTGUIDES_SHOW_UNPUBLISHED;

/** Every article a reader may see, newest first. */
export async function getPublishedArticles(): Promise<Article[]> {
	const articles = await getCollection('articles', ({ data }) => showUnpublished || isPublished(data, buildTime));
	return sortNewestFirst(articles);
}

/** Certs in the vendor's order of appearance, then by code. */
export async function getCerts(): Promise<Cert[]> {
	const certs = await getCollection('certs');
	return certs.sort((a, b) => a.data.vendor.localeCompare(b.data.vendor) || a.data.code.localeCompare(b.data.code));
}

/** Topic domains by their `order`, then name. */
export async function getDomains(): Promise<Domain[]> {
	const domains = await getCollection('domains');
	return domains.sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name));
}

/** Everything an article page shows besides the article itself. */
export async function getArticleContext(article: Article, published: readonly Article[]) {
	const [certs, domains, authors] = await Promise.all([getCerts(), getDomains(), getCollection('authors')]);
	const domainIds = deriveDomains(article.data, certs);
	return {
		author: findAuthor(authors, article.data.author),
		certs: certs.filter((cert) => article.data.certs.includes(cert.id)),
		domains: domains.filter((domain) => domainIds.includes(domain.id)),
		readTime: getReadTime(article),
		related: findRelated(article, published),
		isPublished: isPublished(article.data, buildTime),
	};
}
