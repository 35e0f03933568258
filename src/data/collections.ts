import { type CollectionEntry, getCollection } from 'astro:content';
import publishing from 'virtual:certguides/publishing';
import type { ContentIssue } from '../lib/content-issues.ts';
import { buildSiteGraph, type ArticleNode, type CertNode, type DomainNode, type SiteGraph } from '../lib/site-graph.ts';
import { INVALID_ENTRY, readContentProblems } from './content-problems.ts';

export type { Author, Cert, Domain, TagNode } from '../lib/site-graph.ts';
export type Article = ArticleNode<CollectionEntry<'articles'>>;
export type CertPage = CertNode<CollectionEntry<'articles'>>;
export type DomainPage = DomainNode<CollectionEntry<'articles'>>;

type Graph = SiteGraph<CollectionEntry<'articles'>>;

const now = new Date(publishing.now);
const updates = new Map(Object.entries(publishing.updates).map(([file, date]) => [file, new Date(date)]));

let built: Promise<Graph> | undefined;

/**
 * In dev, the last graph built. It lives outside this module, which Vite evaluates again after
 * every save (often twice, for the two events a save can make), so that a new evaluation reuses
 * the graph while no entry has changed instead of building it once more.
 */
const LATEST_KEY = Symbol.for('certguides.latest-site-graph');
type Latest = { key: string; graph: Graph };
const holder = globalThis as Record<symbol, Latest | undefined>;

/**
 * The site graph, built once per build from Astro's collections. In dev, where an author may
 * have saved a file since the last page, the collections are read again for every page and the
 * graph is rebuilt only when an entry's content digest has changed.
 */
export async function getSiteGraph(): Promise<Graph> {
	if (!publishing.dev) return (built ??= loadGraph().then(({ graph }) => graph));
	const latest = await loadGraph(holder[LATEST_KEY]);
	holder[LATEST_KEY] = latest;
	return latest.graph;
}

async function loadGraph(latest?: Latest): Promise<Latest> {
	const problems = new Set(readContentProblems().map((issue) => issue.file));
	const [articles, certs, domains, authors] = (await Promise.all([getCollection('articles'), getCollection('certs'), getCollection('domains'), getCollection('authors')])).map(
		(entries) => entries.filter((entry) => !isUnusable(entry, problems)),
	) as [CollectionEntry<'articles'>[], CollectionEntry<'certs'>[], CollectionEntry<'domains'>[], CollectionEntry<'authors'>[]];
	// The build facts too: a restart of the dev server (a config change) sets a new time in the same process.
	const key = [publishing.now, ...[articles, certs, domains, authors].map((entries) => entries.map((entry) => `${entry.id}:${entry.digest}`).join())].join('|') + [...problems].join();
	if (latest?.key === key) return latest;
	return { key, graph: buildSiteGraph({ articles, certs, domains, authors, now, updates, showUnpublished: publishing.showUnpublished }) };
}

/**
 * An entry the dev server keeps out of the site: one Astro could not read or validate, or (for an
 * article) one the content guard found an error in. A build has no such entry: it stops first.
 */
function isUnusable(entry: { data: unknown; filePath?: string }, problemFiles: ReadonlySet<string>): boolean {
	return Boolean((entry.data as Record<string, unknown>)[INVALID_ENTRY]) || (entry.filePath !== undefined && problemFiles.has(entry.filePath));
}

/** An article the dev server cannot show, and why. */
export interface ArticleProblem {
	id: string;
	file: string;
	issues: ContentIssue[];
}

/** In the dev server, the articles kept out of the site, with the problems that keep them out, to show as error pages. */
export async function getArticleProblems(): Promise<ArticleProblem[]> {
	if (!publishing.dev) return [];
	const problems = readContentProblems();
	const files = new Set(problems.map((issue) => issue.file));
	return (await getCollection('articles'))
		.filter((entry) => isUnusable(entry, files))
		.map((entry) => ({ id: entry.id, file: entry.filePath ?? '', issues: problems.filter((issue) => issue.file === entry.filePath) }));
}
