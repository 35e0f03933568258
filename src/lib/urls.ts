import { slug } from 'github-slugger';

/** Site paths of every page kind, in one place so that links and routes never disagree. */
export const paths = {
	home: () => '/',
	articles: (page = 1) => (page === 1 ? '/articles/' : `/articles/${page}/`),
	article: (slugId: string) => `/articles/${slugId}/`,
	certs: () => '/certifications/',
	cert: (id: string) => `/certifications/${id}/`,
	guides: () => '/guides/',
	domain: (id: string) => `/guides/${id}/`,
	author: (id: string) => `/authors/${id}/`,
	tags: () => '/tags/',
	tag: (tag: string) => `/tags/${slugifyTag(tag)}/`,
	search: () => '/search/',
	rss: () => '/rss.xml',
};

/** The URL segment of a tag: "Machine Learning" and "machine-learning" share a page. */
export function slugifyTag(tag: string): string {
	return slug(tag);
}
