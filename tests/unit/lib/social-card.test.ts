import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../../src/lib/site-graph.ts';
import { createTextCheck, describeArticleCard, describeCertCard, readThemeColours, writeCardAlt } from '../../../src/lib/social-card.ts';
import { article, base, cert } from '../../helpers/site-graph-inputs.ts';

const graph = buildSiteGraph({
	...base,
	certs: [
		cert('mla', { code: 'MLA-C01', name: 'Machine Learning Engineer', level: 'Associate' }),
		cert('saa', { code: 'SAA-C03', name: 'Solutions Architect' }),
		cert('mls', { code: 'MLS-C01', status: 'retired' }),
	],
	articles: [
		article('two-certs', { title: 'Feature stores', certs: ['mla', 'saa'], type: 'guide' }),
		article('no-cert', { title: 'Study habits', author: 'nobody-known' }),
		article('with-hero', { title: 'With a picture', heroImage: 'https://example.com/hero.jpg', heroAlt: 'A picture' }),
		article('japanese', { title: '機械学習の試験対策' }),
		article('greek-and-accents', { title: 'Ελληνικά, Łódź and Zoë' }),
		article('emoji', { title: 'Launch your ML career 🚀' }),
		article('format-characters', { title: 'Exam\u00ADprep \u202Eand\u200D more' }),
		article('piled-marks', { title: 'Ze\u0301\u0300\u0303 exam' }),
	],
});
/** Code points from `first` to `last`. */
const span = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, at) => first + at);
// A font with Latin and Greek, as the card font has (its real coverage is tested with the font, in tests/unit/node).
const canDraw = createTextCheck([...span(0x20, 0x24f), ...span(0x370, 0x3ff), 0x2014, 0x201c, 0x201d, 0x20ac]);
const context = { siteName: 'certguides', canDraw };
const card = (id: string) => describeArticleCard(graph.articleById.get(id)!, context);

describe('social cards', () => {
	it("say an article's cert codes and kind, its title, its author and the site", () => {
		expect(card('two-certs')).toEqual({ kicker: 'Guide · MLA-C01 · SAA-C03', title: 'Feature stores', byline: 'By Ada Lovelace', siteName: 'certguides' });
		expect(card('no-cert')).toEqual({ kicker: 'Article', title: 'Study habits', byline: undefined, siteName: 'certguides' });
	});

	it("leave an article to its hero image, and to the site's default a title the card font cannot draw", () => {
		expect(card('with-hero')).toBeUndefined();
		expect(card('japanese')).toBeUndefined();
		expect(card('emoji')).toBeUndefined();
		expect(card('greek-and-accents')?.title).toBe('Ελληνικά, Łódź and Zoë');
	});

	it('drop invisible format characters, and give up on marks piled on one letter, which would spill off the card', () => {
		expect(card('format-characters')?.title).toBe('Examprep and more');
		expect(card('piled-marks')).toBeUndefined();
	});

	it("say a cert's code, name, vendor and level, the level only when the cert gives one, and a retired exam's status", () => {
		expect(describeCertCard(graph.certById.get('mla')!, context)).toEqual({
			kicker: 'MLA-C01 · Exam facts and study path',
			title: 'Machine Learning Engineer',
			byline: 'Vendor · Associate',
			siteName: 'certguides',
		});
		expect(describeCertCard(graph.certById.get('saa')!, context)?.byline).toBe('Vendor');
		expect(describeCertCard(graph.certById.get('mls')!, context)?.kicker).toBe('MLS-C01 · Retired exam');
	});

	it('say in their alt text what they show, in reading order', () => {
		expect(writeCardAlt(card('two-certs')!)).toBe('Feature stores. Guide · MLA-C01 · SAA-C03. By Ada Lovelace');
	});

	it('draw the characters the font has, and nothing else', () => {
		expect(canDraw('Déjà vu — “quoted”, 100% (ß, ø, Ł) Ελληνικά €')).toBe(true);
		for (const text of ['中文', 'עברית', '🚀', '→', '‰']) expect(canDraw(text), text).toBe(false);
		expect(canDraw('')).toBe(true);
	});
});

describe('card colours', () => {
	const css = `:root {\n\t--color-bg: light-dark(#ffffff, #111418);\n\t--color-surface: light-dark(#f4f6f9, #1b2027);\n\t--color-text: light-dark(#1b1f24, #e6e9ed);\n\t--color-muted: light-dark(#4f5966, #a9b3bf);\n\t--color-accent: light-dark(#0b5cad, #7cb7f5);\n}`;

	it("are the theme's own, light or dark, read from the stylesheet", () => {
		expect(readThemeColours(css, 'dark')).toEqual({ background: '#111418', surface: '#1b2027', text: '#e6e9ed', muted: '#a9b3bf', accent: '#7cb7f5' });
		expect(readThemeColours(css, 'light').background).toBe('#ffffff');
	});

	it('name the colour the stylesheet no longer declares as a light-dark pair', () => {
		expect(() => readThemeColours(css.replace('--color-accent: light-dark(#0b5cad, #7cb7f5)', '--color-accent: #0b5cad'), 'dark')).toThrowErrorMatchingInlineSnapshot(
			`[Error: the stylesheet declares no --color-accent: light-dark(…, …) for social cards]`,
		);
	});
});
