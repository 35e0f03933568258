import type { ArticleNode, CertNode } from './site-graph.ts';

/** The image of pages without a card or hero, in `public/`. */
export const DEFAULT_SOCIAL_IMAGE = 'og-default.png';

/** The size Open Graph and X recommend for a large preview: 1.91:1. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a card says, top to bottom. */
export interface CardText {
	/** The line above the title: what kind of page it is, and the cert code(s). */
	kicker: string;
	title: string;
	/** Under the title: the author, or the cert's vendor and level. */
	byline?: string;
	/** The brand, bottom right. */
	siteName: string;
}

/** A page's preview image as its meta tags give it. */
export interface SocialImage {
	/** Absolute, or a path with the base as Astro's assets give it. */
	src: string;
	/** What it shows, for readers of the preview who cannot see it. */
	alt: string;
	width?: number;
	height?: number;
}

/** A card's alt text: what it says, in reading order. */
export function writeCardAlt(card: CardText): string {
	return [card.title, card.kicker, card.byline].filter(Boolean).join('. ');
}

/** The theme colours a card is drawn in, as CSS colours. */
export interface CardColours {
	background: string;
	surface: string;
	text: string;
	muted: string;
	accent: string;
}

/** Whether every character of a text has a glyph in the card font. */
export type TextCheck = (text: string) => boolean;

/**
 * A check from the code points the card font has glyphs for. A text with any other character (an
 * emoji, an arrow, Chinese) gets the site's default image rather than a card with empty boxes.
 */
export function createTextCheck(codePoints: Iterable<number>): TextCheck {
	// A set: one lookup per character of every card's text, on every page and in validate.
	const covered = new Set(codePoints);
	return (text) => [...text].every((character) => covered.has(character.codePointAt(0)!));
}

/** What describing a card needs besides the page. */
export interface CardContext {
	siteName: string;
	canDraw: TextCheck;
}

/**
 * An article's card, or none when the author gave a hero image (it wins) or its text has a
 * character the card font lacks. The page asks here and a build writes the card the page links,
 * so a page never names a card that was not drawn.
 */
export function describeArticleCard(article: ArticleNode, { siteName, canDraw }: CardContext): CardText | undefined {
	if (article.data.heroImage) return undefined;
	const kind = article.data.type === 'guide' ? 'Guide' : 'Article';
	const codes = article.certs.map((cert) => cert.data.code);
	return keepDrawable(
		{
			// The kind first: a long list of codes is what the line's ellipsis cuts.
			kicker: [kind, ...codes].join(' · '),
			title: article.data.title,
			byline: article.author && `By ${article.author.data.name}`,
			siteName,
		},
		canDraw,
	);
}

/** A cert landing page's card: code (and whether the exam is retiring or retired), name, vendor and level. */
export function describeCertCard({ cert }: CertNode, { siteName, canDraw }: CardContext): CardText | undefined {
	return keepDrawable(
		{
			// A reader must not take a retired exam's card for a live one.
			kicker: `${cert.data.code} · ${cert.data.status === 'active' ? 'Exam facts and study path' : `${cert.data.status === 'retired' ? 'Retired' : 'Retiring'} exam`}`,
			title: cert.data.name,
			byline: cert.data.level ? `${cert.data.vendor} · ${cert.data.level}` : cert.data.vendor,
			siteName,
		},
		canDraw,
	);
}

/** Soft hyphens, direction marks, joiners: invisible, and left off a card. */
function dropFormatCharacters(text: string): string {
	return text.replace(/\p{Cf}/gu, '');
}

/** A character by its code point, `U+2011`: what names it when it is invisible or looks like another. */
export function formatCodePoint(character: string): string {
	return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The characters of a text that keep it off a card, each once: `validate` names them to the author. */
export function findUndrawable(text: string, canDraw: TextCheck): string[] {
	return [...new Set([...dropFormatCharacters(text)].filter((character) => !canDraw(character)))];
}

/** More than a line of the card could show, so the rest is never laid out (the schemas allow 200). */
const CARD_TEXT_LIMIT = 240;

/**
 * The card's text as it is drawn: invisible format characters (soft hyphens, direction marks,
 * joiners) dropped, each field cut to what a card could show; none when a character has no glyph
 * in the card font or marks pile up on one letter (drawn, they would spill off the card).
 */
function keepDrawable(card: CardText, canDraw: TextCheck): CardText | undefined {
	const prepare = (text: string) => [...dropFormatCharacters(text)].slice(0, CARD_TEXT_LIMIT).join('');
	const drawn: CardText = { kicker: prepare(card.kicker), title: prepare(card.title), byline: card.byline && prepare(card.byline), siteName: prepare(card.siteName) };
	const texts = [drawn.kicker, drawn.title, drawn.byline ?? '', drawn.siteName];
	return texts.every((text) => canDraw(text) && !/\p{M}{3}/u.test(text)) ? drawn : undefined;
}

/** One element of a card as Satori lays it out: React's element shape, without React. */
export interface CardElement {
	type: string;
	props: { style: Record<string, string | number>; children?: string | CardElement[] };
}

/** At most `lines` lines, an ellipsis after the last, and a word longer than a line broken. */
const clamp = (lines: number) => ({ display: 'block', lineClamp: lines, wordBreak: 'break-word' });

const element = (type: string, style: CardElement['props']['style'], children?: string | CardElement[]): CardElement => ({ type, props: { style, children } });

/**
 * The card's layout: kicker (one line), title (at most three), byline (one), each cut with an
 * ellipsis, and a badge with the brand, in the theme's colours and the card font (its families in
 * the order a glyph is looked for).
 */
export function layOutCard(card: CardText, { colours, fontFamilies }: { colours: CardColours; fontFamilies: readonly string[] }): CardElement {
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
			fontFamily: fontFamilies.join(', '),
			borderTop: `16px solid ${colours.accent}`,
		},
		[
			element('div', { ...clamp(1), fontSize: 30, fontWeight: 700, color: colours.accent, marginBottom: 28 }, card.kicker),
			element('div', { ...clamp(3), fontSize: 64, fontWeight: 700, lineHeight: 1.15 }, card.title),
			element('div', { display: 'flex', flexGrow: 1, width: '100%', justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 30, color: colours.muted }, [
				element('div', { ...clamp(1), flex: 1, marginRight: 32 }, card.byline ?? ''),
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
