import { autolinkHeadingsOptions, createSatteriHeadingAnchors } from '../lib/heading-anchors.ts';

/**
 * The two Markdown pipelines the site can render with. Sätteri, Astro's native default, is the
 * fast one; unified with remark-gfm and rehype-slug is the reference, kept one switch away. Each
 * is imported only when chosen: the unified stack costs start-up time that Sätteri builds skip.
 */
export const markdownProcessors = {
	satteri: async () => {
		const { satteri } = await import('@astrojs/markdown-satteri');
		return satteri({ hastPlugins: [createSatteriHeadingAnchors()] });
	},
	unified: async () => {
		const [{ unified }, { default: remarkGfm }, { default: rehypeSlug }, { default: rehypeAutolinkHeadings }] = await Promise.all([
			import('@astrojs/markdown-remark'),
			import('remark-gfm'),
			import('rehype-slug'),
			import('rehype-autolink-headings'),
		]);
		return unified({ gfm: false, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug, [rehypeAutolinkHeadings, autolinkHeadingsOptions]] });
	},
};

export type MarkdownProcessorName = keyof typeof markdownProcessors;

/** The processor in use: Sätteri unless `CERTGUIDES_MARKDOWN=unified` is set. */
export function selectMarkdownProcessor(name = process.env.CERTGUIDES_MARKDOWN ?? 'satteri') {
	if (!(name in markdownProcessors)) {
		throw new Error(`CERTGUIDES_MARKDOWN must be one of ${Object.keys(markdownProcessors).join(', ')}, not "${name}"`);
	}
	return markdownProcessors[name as MarkdownProcessorName]();
}
