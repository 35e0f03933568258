import { slugifyTag } from '../schemas/fields.ts';

/**
 * Site paths of every page kind, under the base path the site is served from (`/`, or `/docs/`
 * for a project page on GitHub Pages), in one place so that links and routes never disagree.
 */
export function createSitePaths(base: string) {
	const at = (path: string) => `${base}${path.slice(1)}`;
	return {
		home: () => at('/'),
		articles: (page = 1) => at(page === 1 ? '/articles/' : `/articles/${page}/`),
		article: (slugId: string) => at(`/articles/${slugId}/`),
		certs: () => at('/certifications/'),
		cert: (id: string) => at(`/certifications/${id}/`),
		studyPath: (certId: string, page = 1) => at(`/certifications/${certId}/study-path/${page === 1 ? '' : `${page}/`}`),
		guides: () => at('/guides/'),
		domain: (id: string) => at(`/guides/${id}/`),
		author: (id: string) => at(`/authors/${id}/`),
		tags: () => at('/tags/'),
		tag: (tag: string) => at(`/tags/${slugifyTag(tag)}/`),
		search: () => at('/search/'),
		rss: () => at('/rss.xml'),
		/** A page's social preview image. */
		socialCard: (kind: SocialCardKind, id: string) => at(`/${socialCardFile(kind, id)}`),
		/** A site path written in the content or the settings (`/certifications/`, `/favicon.svg`) under the base; any other URL as it is. */
		link: (href: string) => (href.startsWith('/') && !href.startsWith('//') ? at(href) : href),
	};
}

/** The pages that have social cards, by the folder their pages are under. */
export type SocialCardKind = 'articles' | 'certifications';

/** Where a page's social card is in the built site, and so, under the base, its path. */
export function socialCardFile(kind: SocialCardKind | '[kind]', id: string): string {
	return `social/${kind}/${id}.png`;
}

export type SitePaths = ReturnType<typeof createSitePaths>;

/** The paths from the root, as the search index records pages: Pagefind adds the base itself, from where its bundle is served. */
export const rootPaths = createSitePaths('/');

/** The page where a file of the repository is edited, GitHub-style: `…/edit/<branch>/<file>`. */
export function createEditUrl(repository: { url: string; branch: string }, file: string): string {
	return `${repository.url.replace(/\/$/, '')}/edit/${repository.branch}/${file}`;
}
