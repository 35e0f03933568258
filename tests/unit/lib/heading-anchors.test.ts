import { markdownToHtml } from 'satteri';
import { expect, it } from 'vitest';
import { getHastText, createSatteriHeadingAnchors } from '../../../src/lib/heading-anchors.ts';

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
