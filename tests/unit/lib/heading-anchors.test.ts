import { markdownToHtml } from 'satteri';
import { expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { getHastText, createSatteriHeadingAnchors, rehypeHeadingIds } from '../../../src/lib/heading-anchors.ts';

it('puts a named # link after each heading, with GitHub slugs, duplicates numbered', async () => {
	const { html } = await markdownToHtml('## Exam *tips*\n\n## Exam tips\n', { hastPlugins: [createSatteriHeadingAnchors()] });
	expect(html.replace(/\n/g, '')).toBe(
		'<div class="heading"><h2 id="exam-tips">Exam <em>tips</em></h2><a class="heading-anchor" aria-label="Link to the section “Exam tips”" href="#exam-tips"></a></div>' +
			'<div class="heading"><h2 id="exam-tips-1">Exam tips</h2><a class="heading-anchor" aria-label="Link to the section “Exam tips”" href="#exam-tips-1"></a></div>',
	);
});

it('reads the text of nested hast nodes', () => {
	expect(
		getHastText({
			type: 'element',
			tagName: 'h2',
			properties: {},
			children: [
				{ type: 'text', value: 'Exam ' },
				{ type: 'element', tagName: 'em', properties: {}, children: [{ type: 'text', value: 'tips' }] },
			],
		}),
	).toBe('Exam tips');
});

it('numbers a heading past the page’s own ids, in both pipelines: "## Main" must not be a second id="main"', async () => {
	const body = '## Main\n\n## On this page\n\n## Related articles\n\n## Toc title\n';
	const { html } = await markdownToHtml(body, { hastPlugins: [createSatteriHeadingAnchors()] });
	const ids = (text: string) => [...text.matchAll(/<h2 id="([^"]+)"/g)].map((match) => match[1]);
	expect(ids(html)).toEqual(['main-1', 'on-this-page', 'related-articles', 'toc-title-1']);
	// The unified pipeline's plugin, on the same headings.
	const heading = (text: string): Element => ({ type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: text }] });
	const tree: Root = { type: 'root', children: ['Main', 'On this page', 'Related articles', 'Toc title'].map(heading) };
	rehypeHeadingIds()(tree);
	expect(tree.children.map((node) => (node as Element).properties.id)).toEqual(['main-1', 'on-this-page', 'related-articles', 'toc-title-1']);
});
