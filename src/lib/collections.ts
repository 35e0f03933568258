import { type CollectionEntry, getCollection } from 'astro:content';
import { site } from '../config/site.ts';
import { getCollectionFolder } from '../schemas/index.ts';
import { deriveDomains, findRelated, getReadTime, getUnpublishedReason, isPublished, sortNewestFirst } from './articles.ts';
import { findRelatedCerts } from './cert-facts.ts';
import { findAuthor } from './authors.ts';
import { readGitDates } from './git-dates.ts';
import { findNeighbours, groupByExamDomain, orderStudyPath } from './study-path.ts';

export type Article = CollectionEntry<'articles'>;
export type Cert = CollectionEntry<'certs'>;
export type Domain = CollectionEntry<'domains'>;
export type Author = CollectionEntry<'authors'>;

/** The moment the site is built: articles scheduled after it stay out. */
const buildTime = new Date();

/** Drafts and scheduled articles show in `astro dev` only, never in a build. */
const showUnpublished = import.meta.env.CERTGUIDES_SHOW_UNPUBLISHED;

let gitDates: Map<string, Date> | undefined;

/**
 * Every article page of a cert walks the same study path: it is ordered once per list of
 * published articles (one list per build; a new one per request in dev) and per cert.
 */
const studyPaths = new WeakMap<readonly Article[], Map<string, Article[]>>();

function getStudyPath(cert: Cert, published: readonly Article[]): Article[] {
	let byCert = studyPaths.get(published);
	if (!byCert) studyPaths.set(published, (byCert = new Map()));
	let path = byCert.get(cert.id);
	if (!path) byCert.set(cert.id, (path = orderStudyPath(cert.id, cert.data.exam_domains, published)));
	return path;
}

/** Every article a reader may see, newest first. */
export async function getPublishedArticles(): Promise<Article[]> {
	const articles = await getCollection('articles', ({ data }) => showUnpublished || isPublished(data, buildTime));
	return sortNewestFirst(articles);
}

/** Certs by vendor, then code. */
export async function getCerts(): Promise<Cert[]> {
	const certs = await getCollection('certs');
	return certs.sort((a, b) => a.data.vendor.localeCompare(b.data.vendor) || a.data.code.localeCompare(b.data.code));
}

/** Topic domains by their `order`, then name. */
export async function getDomains(): Promise<Domain[]> {
	const domains = await getCollection('domains');
	return domains.sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name));
}

/** Authors by name. */
export async function getAuthors(): Promise<Author[]> {
	const authors = await getCollection('authors');
	return authors.sort((a, b) => a.data.name.localeCompare(b.data.name));
}

/** The day an article last changed: its `updated_date`, else its file's last commit when later than publication. */
function getLastUpdated(article: Article): Date | undefined {
	if (article.data.updated_date) return article.data.updated_date;
	gitDates ??= readGitDates(process.cwd(), getCollectionFolder('articles'));
	const committed = article.filePath ? gitDates.get(article.filePath) : undefined;
	const day = (date: Date) => date.toISOString().slice(0, 10);
	return committed && day(committed) > day(article.data.publish_date) ? committed : undefined;
}

/** The home page's lists: a few guides to feature, the latest articles, every cert. */
export async function getHomeContext() {
	const [articles, certs] = await Promise.all([getPublishedArticles(), getCerts()]);
	return {
		guides: articles.filter((article) => article.data.type === 'guide').slice(0, 4),
		latest: articles.slice(0, 6),
		certs,
	};
}

/** Everything an article page shows besides the article itself. */
export async function getArticleContext(article: Article, published: readonly Article[]) {
	const [certs, domains, authors] = await Promise.all([getCerts(), getDomains(), getAuthors()]);
	const domainIds = deriveDomains(article.data, certs);
	// In the article's own order: its first cert leads the breadcrumbs and the study path.
	const articleCerts = article.data.certs.flatMap((id) => certs.filter((cert) => cert.id === id));
	const [pathCert] = articleCerts;
	return {
		author: findAuthor(authors, article.data.author),
		certs: articleCerts,
		domains: domains.filter((domain) => domainIds.includes(domain.id)),
		readTime: getReadTime(article),
		related: findRelated(article, published),
		lastUpdated: getLastUpdated(article),
		studyPath: pathCert && {
			cert: pathCert,
			...findNeighbours(getStudyPath(pathCert, published), article.id),
		},
		unpublished: getUnpublishedReason(article.data, buildTime),
		editUrl: site.repository && article.filePath ? `${site.repository.url}/edit/${site.repository.branch}/${article.filePath}` : undefined,
	};
}

/** Everything a certification's landing page shows. */
export async function getCertContext(cert: Cert, certs: readonly Cert[], published: readonly Article[]) {
	const domains = await getDomains();
	const path = getStudyPath(cert, published);
	return {
		examDomains: groupByExamDomain(cert.data.exam_domains, path),
		unmapped: path.filter((article) => article.data.exam_domains.length === 0),
		relatedCerts: findRelatedCerts(cert, certs),
		successor: certs.find((other) => other.id === cert.data.successor),
		domains: domains.filter((domain) => cert.data.domains.includes(domain.id)),
	};
}

/** Everything a topic domain's hub shows: its certs, then its guides and its articles, newest first. */
export async function getDomainContext(domain: Domain, certs: readonly Cert[], published: readonly Article[]) {
	const inDomain = published.filter((article) => deriveDomains(article.data, certs).includes(domain.id));
	return {
		certs: certs.filter((cert) => cert.data.domains.includes(domain.id)),
		guides: inDomain.filter((article) => article.data.type === 'guide'),
		articles: inDomain.filter((article) => article.data.type !== 'guide'),
	};
}
