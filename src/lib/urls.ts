import { slugifyTag } from '../schemas/fields.ts';

/** Site paths of every page kind, in one place so that links and routes never disagree. */
export const paths = {
	home: () => '/',
	articles: (page = 1) => (page === 1 ? '/articles/' : `/articles/${page}/`),
	article: (slugId: string) => `/articles/${slugId}/`,
	certs: () => '/certifications/',
	cert: (id: string) => `/certifications/${id}/`,
	studyPath: (certId: string, page = 1) => `/certifications/${certId}/study-path/${page === 1 ? '' : `${page}/`}`,
	guides: () => '/guides/',
	domain: (id: string) => `/guides/${id}/`,
	author: (id: string) => `/authors/${id}/`,
	tags: () => '/tags/',
	tag: (tag: string) => `/tags/${slugifyTag(tag)}/`,
	search: () => '/search/',
	rss: () => '/rss.xml',
};

/** The page where a file of the repository is edited, GitHub-style: `…/edit/<branch>/<file>`. */
export function createEditUrl(repository: { url: string; branch: string }, file: string): string {
	return `${repository.url.replace(/\/$/, '')}/edit/${repository.branch}/${file}`;
}
