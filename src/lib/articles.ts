import type { ArticleData } from '../schemas/index.ts';
import { findAuthor } from './authors.ts';
import { computeReadTime } from './read-time.ts';
import { slugifyTag } from './urls.ts';

/** An article as the site's logic needs it: its slug, its frontmatter and its body. */
export interface ArticleLike {
	id: string;
	data: Pick<ArticleData, 'draft' | 'publish_date' | 'certs' | 'tags' | 'domains' | 'read_time' | 'title'>;
	body?: string;
}

/** Why an article is not live, if it is not: a draft, or scheduled for a later date. */
export function getUnpublishedReason(data: Pick<ArticleData, 'draft' | 'publish_date'>, now: Date): 'draft' | 'scheduled' | undefined {
	if (data.draft) return 'draft';
	return data.publish_date.getTime() > now.getTime() ? 'scheduled' : undefined;
}

/** Whether an article may appear on the site: not a draft, and its publish date has come. */
export function isPublished(data: Pick<ArticleData, 'draft' | 'publish_date'>, now: Date): boolean {
	return getUnpublishedReason(data, now) === undefined;
}

/** Newer first; the title breaks ties so that the order never depends on file order. */
function compareNewestFirst(a: ArticleLike, b: ArticleLike): number {
	return b.data.publish_date.getTime() - a.data.publish_date.getTime() || a.data.title.localeCompare(b.data.title);
}

/** Newest first; the title breaks ties so that the order never depends on file order. */
export function sortNewestFirst<T extends ArticleLike>(articles: readonly T[]): T[] {
	return [...articles].sort(compareNewestFirst);
}

/** Whole minutes to read: the frontmatter's figure, else one computed from the words. */
export function getReadTime(article: Pick<ArticleLike, 'data' | 'body'>): number {
	return article.data.read_time ?? computeReadTime(article.body ?? '');
}

/** The topic domains of an article: its own, else those of its certs, in first-seen order. */
export function deriveDomains(
	data: Pick<ArticleData, 'domains' | 'certs'>,
	certs: readonly { id: string; data: { domains: string[] } }[],
): string[] {
	if (data.domains) return data.domains;
	const found = data.certs.flatMap((id) => certs.find((cert) => cert.id === id)?.data.domains ?? []);
	return [...new Set(found)];
}

/**
 * Articles to read next: those sharing the most certs first, then the most tags, then the
 * newest. Articles sharing neither are left out.
 */
export function findRelated<T extends ArticleLike>(article: ArticleLike, candidates: readonly T[], limit = 3): T[] {
	const shared = (a: readonly string[], b: readonly string[]) => a.filter((item) => b.includes(item)).length;
	// Scored before sorting: each article page runs this over every article, and few share anything.
	return candidates
		.filter((candidate) => candidate.id !== article.id)
		.map((candidate) => ({
			candidate,
			certs: shared(article.data.certs, candidate.data.certs),
			tags: shared(article.data.tags, candidate.data.tags),
		}))
		.filter((score) => score.certs + score.tags > 0)
		.sort((a, b) => b.certs - a.certs || b.tags - a.tags || compareNewestFirst(a.candidate, b.candidate))
		.slice(0, limit)
		.map((score) => score.candidate);
}

/** Every tag in use with its articles, by tag page; spellings that share a slug share a page. */
export function groupByTag<T extends ArticleLike>(articles: readonly T[]): { slug: string; label: string; articles: T[] }[] {
	const tags = new Map<string, { slug: string; label: string; articles: T[] }>();
	for (const article of articles) {
		for (const label of article.data.tags) {
			const slug = slugifyTag(label);
			const entry = tags.get(slug) ?? { slug, label, articles: [] };
			if (!entry.articles.includes(article)) entry.articles.push(article);
			tags.set(slug, entry);
		}
	}
	return [...tags.values()].sort((a, b) => a.label.localeCompare(b.label));
}

/** The articles of one author, whether they name the author by id or by name. */
export function filterByAuthor<T extends { data: Pick<ArticleData, 'author'> }, A extends { id: string; data: { name: string } }>(
	author: A,
	articles: readonly T[],
	authors: readonly A[],
): T[] {
	return articles.filter((article) => findAuthor(authors, article.data.author)?.id === author.id);
}
