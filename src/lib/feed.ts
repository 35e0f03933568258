import type { ArticleData } from '../schemas/index.ts';

/** What an RSS item carries; the feed library makes the links absolute. */
export interface FeedItem {
	title: string;
	description: string;
	link: string;
	pubDate: Date;
	categories: string[];
	/** The author as `dc:creator`: RSS's own `author` must be an e-mail address. */
	customData: string;
}

/** The namespace `dc:creator` needs on the feed's root. */
export const feedNamespaces = { dc: 'http://purl.org/dc/elements/1.1/' };

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe to stand between XML tags. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => xmlEntities[char]);
}

/** What a feed item is made of: an article with its known certs and author. */
export interface FeedArticle {
	id: string;
	data: Pick<ArticleData, 'title' | 'description' | 'publish_date' | 'tags' | 'author'>;
	certs: readonly { data: { code: string } }[];
	author?: { data: { name: string } };
}

/** One feed item per article, in the order given, linked by `articlePath`: its certs' codes and its tags as categories. */
export function buildFeedItems(articles: readonly FeedArticle[], articlePath: (id: string) => string): FeedItem[] {
	return articles.map((article) => ({
		title: article.data.title,
		// Readers show a description as HTML: the author's text must stay text.
		description: escapeXml(article.data.description),
		link: articlePath(article.id),
		pubDate: article.data.publish_date,
		categories: [...article.certs.map((cert) => cert.data.code), ...article.data.tags],
		customData: `<dc:creator>${escapeXml(article.author?.data.name ?? article.data.author)}</dc:creator>`,
	}));
}
