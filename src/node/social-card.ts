import { createHash } from 'node:crypto';
import { constants, copyFileSync, mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { create as createFont } from 'fontkitten';
import { CARD_SIZE, type CardColours, type CardText, createTextCheck, formatCodePoint, layOutCard, type TextCheck } from '../lib/social-card.ts';

const require = createRequire(import.meta.url);

/**
 * The card font: Inter, every subset the package ships (its `unicode.json`), regular and bold, from
 * the installed package: no network. Each subset has its own family name, since Satori looks for
 * a missing glyph in the next family, not in the next file of one family.
 */
const SUBSETS = Object.keys(JSON.parse(readFileSync(require.resolve('@fontsource/inter/unicode.json'), 'utf8')) as Record<string, string>);
const FONT_FAMILIES = SUBSETS.map((subset) => `Inter ${subset}`);

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** The font files, read once when a card is first drawn or checked: a build or `validate` with cards off never reads them. */
function readFonts() {
	fonts ??= SUBSETS.flatMap((subset, index) =>
		([400, 700] as const).map((weight) => ({
			name: FONT_FAMILIES[index],
			data: readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)),
			weight,
			style: 'normal' as const,
		})),
	);
	return fonts;
}

let textCheck: TextCheck | undefined;

/**
 * Whether the card font has a glyph for every character of a text, in both weights. Read from the
 * fonts' own character maps, once it is first asked: their `unicode-range` lists promise hundreds
 * of characters Inter lacks (‰, the non-breaking hyphen, narrow spaces).
 */
export const canDrawOnCard: TextCheck = (text) => {
	if (!textCheck) {
		const [regular, bold] = ([400, 700] as const).map((weight) => new Set(readFonts().filter((font) => font.weight === weight).flatMap((font) => readCharacterSet(font.data))));
		textCheck = createTextCheck([...regular].filter((code) => bold.has(code)));
	}
	return textCheck(text);
};

function readCharacterSet(data: Buffer): number[] {
	const font = createFont(data);
	return 'characterSet' in font ? font.characterSet : [];
}

/**
 * What else decides a card's pixels besides its layout: the versions of the renderers and the
 * font. A card drawn by another version is drawn again. (sharp's manifest is not exported: it is
 * read beside its entry.)
 */
const RENDERER = [
	['satori', require.resolve('satori/package.json')],
	['sharp', join(dirname(require.resolve('sharp')), '../package.json')],
	['@fontsource/inter', require.resolve('@fontsource/inter/package.json')],
]
	.map(([name, manifest]) => `${name}@${(JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version}`)
	.join();

/** A card a built page links, with that page's path (named in messages). */
export interface LinkedCard {
	card: CardText;
	page: string;
}

/**
 * What the build knows of its cards: how many were drawn and read back from the cache, and the
 * cards its pages link, by file under the site, which are the cards it writes. On `globalThis`:
 * the pages run from the build's own bundle of this module, the integration from its config.
 */
export const cardBuild = ((globalThis as Record<symbol, unknown>)[Symbol.for('certguides.social-cards')] ??= {
	drawn: 0,
	cached: 0,
	linked: new Map(),
}) as { drawn: number; cached: number; linked: Map<string, LinkedCard> };

/** How cards look, where they are kept and what stands in for one that cannot be drawn (as `virtual:certguides/social-cards` gives them to the dev server's card route). */
export interface CardSettings {
	/** The theme's colours. */
	colours: CardColours;
	/** The drawn cards' folder. */
	cacheDir: string;
	/** The site's default image (`public/og-default.png`), served at a card's address when its text has a character the font lacks. */
	fallbackImage: string;
}

/** A card as PNG, for the dev server, which draws a card when it is asked for. */
export async function renderSocialCard(card: CardText, page: string, settings: CardSettings): Promise<Uint8Array> {
	return readFileSync(await drawSocialCard(card, page, settings));
}

/**
 * Cards drawn at once: Satori lays one out on the main thread while sharp rasterises others in
 * its own threads.
 */
const DRAWN_AT_ONCE = 4;

/**
 * Writes every card the built pages link into the built site at `outDir`, each under its file
 * name; a card already drawn is copied from the cache. Returns the cache files this build used.
 */
export async function writeSocialCards(outDir: string, settings: CardSettings): Promise<Set<string>> {
	const folders = new Set<string>();
	const used = new Set<string>();
	const linked = cardBuild.linked.entries();
	// The loops share one iterator: each takes the next card the others have not.
	const writeNext = async () => {
		for (const [file, { card, page }] of linked) {
			const target = join(outDir, file);
			// Ids are file names the schemas check; were that ever to loosen, a card still stays in the site.
			if (relative(outDir, target).startsWith('..')) throw explainFailure(page, 'names a file outside the site', file);
			const folder = dirname(target);
			if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
			folders.add(folder);
			const png = await drawSocialCard(card, page, settings);
			used.add(png);
			try {
				copyFileSync(png, target, constants.COPYFILE_FICLONE);
			} catch (error) {
				throw explainFailure(page, `could not be written to ${file}`, error);
			}
		}
	};
	await Promise.all(Array.from({ length: DRAWN_AT_ONCE }, writeNext));
	return used;
}

/**
 * The file of a card's PNG, for the page at `page` (named in messages). Cards are kept in
 * `cacheDir` under a hash of everything that decides their pixels (the laid-out text and colours,
 * the size, the renderers): an unchanged page's card is not drawn again, and its file's time is
 * renewed, so that the cache's file times say when each card was last used.
 */
async function drawSocialCard(card: CardText, page: string, { colours, cacheDir, fallbackImage }: CardSettings): Promise<string> {
	const layout = layOutCard(card, { colours, fontFamilies: FONT_FAMILIES });
	const key = createHash('sha256').update(JSON.stringify([layout, CARD_SIZE, RENDERER])).digest('hex').slice(0, 32);
	const cached = join(cacheDir, `${key}.png`);
	try {
		const now = new Date();
		utimesSync(cached, now, now);
		cardBuild.cached++;
		return cached;
	} catch {
		// Not drawn yet.
	}
	const drawn = await drawCard(layout).catch((error: unknown) => {
		throw explainFailure(page, 'could not be drawn', error);
	});
	if (typeof drawn === 'string') {
		console.warn(`social card of ${page}: the card font has no ${drawn}; the site's default image stands in`);
		return fallbackImage;
	}
	mkdirSync(cacheDir, { recursive: true });
	// Written whole, then renamed: a build stopped halfway never leaves a cut card to be read back.
	const partial = `${cached}.${process.pid}.partial`;
	writeFileSync(partial, drawn);
	renameSync(partial, cached);
	cardBuild.drawn++;
	return cached;
}

/**
 * Satori lays the card out and turns its text into paths in the card font; sharp rasterises it.
 * Loaded only when a card is drawn. A string instead of a PNG lists the characters the font has no
 * glyph for (Satori asks for another font for them): such a card would show empty boxes.
 */
async function drawCard(layout: ReturnType<typeof layOutCard>): Promise<Buffer | string> {
	const [{ default: satori }, { default: sharp }] = await Promise.all([import('satori'), import('sharp')]);
	const missing = new Set<string>();
	const svg = await satori(layout, {
		...CARD_SIZE,
		fonts: readFonts(),
		loadAdditionalAsset: async (_language, segment) => {
			for (const character of segment) missing.add(character);
			return [];
		},
	});
	if (missing.size) return [...missing].map(formatCodePoint).join(', ');
	return sharp(Buffer.from(svg)).removeAlpha().png().toBuffer();
}

/** A card's failure named by its page, without a stack: the lines that matter are the author's, not the renderer's. */
function explainFailure(page: string, failed: string, error: unknown): Error {
	const failure = new Error(`the social card of ${page} ${failed}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
	failure.stack = '';
	return failure;
}
