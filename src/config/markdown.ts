import { createSatteriBaseLinks, rehypeBaseLinks } from '../lib/base-links.ts';
import type { ContentTrust } from '../lib/body-policy.ts';
import { autolinkHeadingsOptions, createSatteriHeadingAnchors, rehypeHeadingIds } from '../lib/heading-anchors.ts';
import { createSatteriBodySanitizer, rehypeSanitizeBody } from '../lib/sanitize-body.ts';
import { createSitePaths } from '../lib/urls.ts';
import { AUTHOR_COMPONENT_PROPS } from '../schemas/components.ts';

/** What the pipelines depend on: how far bodies are trusted, and the base path their site links go under. */
export interface MarkdownSettings {
	trust: ContentTrust;
	base: string;
}

/**
 * The two Markdown pipelines the site can render with. Sätteri, Astro's native default, is the
 * fast one; unified with remark-gfm and GitHub's heading slugs is the reference, kept one switch away. Each
 * is imported only when chosen: the unified stack costs start-up time that Sätteri builds skip.
 * Under the restricted trust mode both strip from every body what the HTML allow-list does not
 * name, first, before any plugin of ours adds markup of its own. Under a base path, the site
 * paths a body links to are put under it.
 */
export const markdownProcessors = {
	satteri: async ({ trust, base }: MarkdownSettings) => {
		const { satteri } = await import('@astrojs/markdown-satteri');
		const sanitizer = trust === 'restricted' ? createSatteriBodySanitizer(AUTHOR_COMPONENT_PROPS) : undefined;
		const rebase = base === '/' ? [] : [createSatteriBaseLinks(createSitePaths(base).link)];
		return satteri({
			mdastPlugins: sanitizer ? [sanitizer.mdastPlugin] : [],
			hastPlugins: [...(sanitizer ? [sanitizer.hastPlugin] : []), ...rebase, createSatteriHeadingAnchors()],
			// Raw HTML in Markdown becomes elements, parsed as a browser would: a tag an author leaves open, or closes
			// once too often, stays inside the body instead of closing the page's own containers (as rehype-raw does under unified).
			features: { rawHtml: true },
		});
	},
	unified: async ({ trust, base }: MarkdownSettings) => {
		const [{ unified }, { default: remarkGfm }, { default: rehypeAutolinkHeadings }] = await Promise.all([
			import('@astrojs/markdown-remark'),
			import('remark-gfm'),
			import('rehype-autolink-headings'),
		]);
		const sanitize = trust === 'restricted' ? [rehypeSanitizeBody(AUTHOR_COMPONENT_PROPS)] : [];
		const rebase = base === '/' ? [] : [rehypeBaseLinks(createSitePaths(base).link)];
		return unified({ gfm: false, remarkPlugins: [remarkGfm], rehypePlugins: [...sanitize, ...rebase, rehypeHeadingIds, [rehypeAutolinkHeadings, autolinkHeadingsOptions]] });
	},
};

export type MarkdownProcessorName = keyof typeof markdownProcessors;

/** The processor in use: Sätteri unless `CERTGUIDES_MARKDOWN=unified` is set. */
export function selectMarkdownProcessor(settings: MarkdownSettings, name = process.env.CERTGUIDES_MARKDOWN ?? 'satteri') {
	if (!(name in markdownProcessors)) {
		throw new Error(`CERTGUIDES_MARKDOWN must be one of ${Object.keys(markdownProcessors).join(', ')}, not "${name}"`);
	}
	return markdownProcessors[name as MarkdownProcessorName](settings);
}
