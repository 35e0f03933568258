import type { ArticleNode, CertNode } from './site-graph.ts';

/** The size Open Graph and X recommend for a large preview: 1.91:1. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a card says, top to bottom. */
export interface CardText {
	/** The line above the title: the cert code(s), or what kind of page it is. */
	kicker: string;
	title: string;
	/** Under the title: the author, or the cert's vendor and level. */
	byline?: string;
	/** The brand, bottom right. */
	siteName: string;
}

/** The theme colours a card is drawn in, as CSS colours. */
export interface CardColours {
	background: string;
	surface: string;
	text: string;
	muted: string;
	accent: string;
}

/**
 * The scripts the card font draws (Inter's Latin, Greek and Cyrillic subsets), with the marks and
 * punctuation every script shares. A title with any other letter gets the site's default image
 * rather than a card of empty boxes.
 */
const DRAWABLE = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]*$/u;

/** The subsets of the card font (Inter) that cover those scripts, in the order a glyph is looked for. */
export const CARD_FONT_SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic'] as const;

/** The family name a subset is loaded under. */
export function subsetFamily(subset: (typeof CARD_FONT_SUBSETS)[number]): string {
	return `Inter ${subset}`;
}

/** Whether every character of the text is one the card font has. */
export function canDrawText(text: string): boolean {
	return DRAWABLE.test(text);
}

/**
 * An article's card, or none when the author gave a hero image (it wins) or the text has letters
 * the card font lacks. Pages and the card route both ask here, so a page never names a card
 * that was not drawn.
 */
export function describeArticleCard(article: ArticleNode, siteName: string): CardText | undefined {
	if (article.data.heroImage) return undefined;
	const kind = article.data.type === 'guide' ? 'Guide' : 'Article';
	const codes = article.certs.map((cert) => cert.data.code);
	return keepDrawable({
		kicker: codes.length ? `${codes.join(' · ')} · ${kind}` : kind,
		title: article.data.title,
		byline: article.author && `By ${article.author.data.name}`,
		siteName,
	});
}

/** A cert landing page's card: code, name, vendor and level. */
export function describeCertCard({ cert }: CertNode, siteName: string): CardText | undefined {
	return keepDrawable({
		kicker: `${cert.data.code} · Exam facts and study path`,
		title: cert.data.name,
		byline: cert.data.level ? `${cert.data.vendor} · ${cert.data.level}` : cert.data.vendor,
		siteName,
	});
}

function keepDrawable(card: CardText): CardText | undefined {
	return Object.values(card).every((text) => text === undefined || canDrawText(text)) ? card : undefined;
}

/** One element of a card as Satori lays it out: React's element shape, without React. */
export interface CardElement {
	type: string;
	props: { style: Record<string, string | number>; children?: string | CardElement[] };
}

const element = (type: string, style: CardElement['props']['style'], children?: string | CardElement[]): CardElement => ({ type, props: { style, children } });

/**
 * The card's layout: kicker, title (at most three lines, then an ellipsis), byline, and a band
 * with the brand, in the theme's colours and the card font.
 */
export function layOutCard(card: CardText, colours: CardColours): CardElement {
	return element(
		'div',
		{
			boxSizing: 'border-box',
			width: CARD_SIZE.width,
			height: CARD_SIZE.height,
			display: 'flex',
			flexDirection: 'column',
			padding: '56px 72px 64px',
			background: colours.background,
			color: colours.text,
			fontFamily: CARD_FONT_SUBSETS.map(subsetFamily).join(', '),
			borderTop: `16px solid ${colours.accent}`,
		},
		[
			element('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: colours.accent, marginBottom: 28 }, card.kicker),
			element('div', { display: 'block', width: '100%', fontSize: 64, fontWeight: 700, lineHeight: 1.15, lineClamp: 3 }, card.title),
			element('div', { display: 'flex', flexGrow: 1, width: '100%', justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 30, color: colours.muted }, [
				element('div', { display: 'flex' }, card.byline ?? ''),
				element('div', { display: 'flex', fontWeight: 700, color: colours.text, background: colours.surface, padding: '10px 22px', borderRadius: 12 }, card.siteName),
			]),
		],
	);
}

/**
 * The card colours from the site's stylesheet (`--color-bg`, `--color-surface`, …), where each
 * colour is a `light-dark(light, dark)` pair: one theme, one place to change it.
 */
export function readThemeColours(css: string, scheme: 'light' | 'dark'): CardColours {
	const read = (name: string) => {
		const pair = new RegExp(`--color-${name}:\\s*light-dark\\(\\s*([^,\\s]+)\\s*,\\s*([^)\\s]+)\\s*\\)`).exec(css);
		if (!pair) throw new Error(`the stylesheet declares no --color-${name}: light-dark(…, …) for social cards`);
		return scheme === 'light' ? pair[1] : pair[2];
	};
	return { background: read('bg'), surface: read('surface'), text: read('text'), muted: read('muted'), accent: read('accent') };
}
