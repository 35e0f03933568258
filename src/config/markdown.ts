import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { rehypeHeadingAnchors, createSatteriHeadingAnchors } from '../lib/heading-anchors.ts';

/**
 * The two Markdown pipelines the site can render with. Sätteri, Astro's native default, is the
 * fast one; unified with remark-gfm and rehype-slug is the reference, kept one switch away.
 */
export const markdownProcessors = {
	satteri: () => satteri({ hastPlugins: [createSatteriHeadingAnchors()] }),
	unified: () => unified({ gfm: false, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug, [...rehypeHeadingAnchors]] }),
};

export type MarkdownProcessorName = keyof typeof markdownProcessors;

/** The processor in use: Sätteri unless `CERTGUIDES_MARKDOWN=unified` is set. */
export function selectMarkdownProcessor(name = process.env.CERTGUIDES_MARKDOWN ?? 'satteri') {
	if (!(name in markdownProcessors)) {
		throw new Error(`CERTGUIDES_MARKDOWN must be one of ${Object.keys(markdownProcessors).join(', ')}, not "${name}"`);
	}
	return markdownProcessors[name as MarkdownProcessorName]();
}
