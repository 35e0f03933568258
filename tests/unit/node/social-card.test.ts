import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { canDrawOnCard, cardBuild, renderSocialCard, writeSocialCards } from '../../../src/node/social-card.ts';

const colours = { background: '#111418', surface: '#1b2027', text: '#e6e9ed', muted: '#a9b3bf', accent: '#7cb7f5' };
const card = { kicker: 'MLA-C01 · Guide', title: 'Feature stores: online and offline', byline: 'By Zoë Łukasiewicz', siteName: 'certguides' };
const fallbackImage = join(import.meta.dirname, '../../../public/og-default.png');
const caches: string[] = [];
const newCache = () => caches[caches.push(mkdtempSync(join(tmpdir(), 'certguides-cards-'))) - 1];
afterAll(() => caches.forEach((cache) => rmSync(cache, { recursive: true, force: true })));

describe('canDrawOnCard', () => {
	it("knows the characters the card font has glyphs for, not only what its unicode-range lists promise", () => {
		expect(canDrawOnCard('Déjà vu — “quoted”, 100% (ß, ø, Ł) Кириллица Ελληνικά Tiếng Việt €')).toBe(true);
		for (const text of ['中文', 'עברית', '🚀', '→', '∞', '‰', 'pre\u2011exam', 'MLA\u202FC01', '\uFFFD']) expect(canDrawOnCard(text), text).toBe(false);
	});
});

describe('renderSocialCard', () => {
	it('draws a 1200×630 PNG, the same bytes every time', async () => {
		const png = await renderSocialCard(card, '/articles/x/', { colours, cacheDir: newCache(), fallbackImage });
		expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
		expect(Buffer.from(await renderSocialCard(card, '/articles/x/', { colours, cacheDir: newCache(), fallbackImage })).equals(Buffer.from(png))).toBe(true);
	});

	it('draws a card once: the same text again is read back from the cache, with its time renewed', async () => {
		const cacheDir = newCache();
		const before = { ...cardBuild };
		await renderSocialCard(card, '/articles/x/', { colours, cacheDir, fallbackImage });
		const [file] = readdirSync(cacheDir);
		utimesSync(join(cacheDir, file), new Date(0), new Date(0));
		await renderSocialCard(card, '/articles/x/', { colours, cacheDir, fallbackImage });
		expect({ drawn: cardBuild.drawn - before.drawn, cached: cardBuild.cached - before.cached }).toEqual({ drawn: 1, cached: 1 });
		expect(readdirSync(cacheDir)).toEqual([file]);
		expect(statSync(join(cacheDir, file)).mtimeMs).toBeGreaterThan(0);
	});

	it('draws again when anything on the card changes, the colours included', async () => {
		const cacheDir = newCache();
		await renderSocialCard(card, '/articles/x/', { colours, cacheDir, fallbackImage });
		await renderSocialCard({ ...card, title: 'Feature stores: online and offline, again' }, '/articles/x/', { colours, cacheDir, fallbackImage });
		await renderSocialCard(card, '/articles/x/', { colours: { ...colours, accent: '#ff0000' }, cacheDir, fallbackImage });
		expect(readdirSync(cacheDir)).toHaveLength(3);
	});

	it("serves the site's default image, and says so, when the font has no glyph for a character", async () => {
		const cacheDir = newCache();
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const png = await renderSocialCard({ ...card, title: 'Pass rate 70‰' }, '/articles/x/', { colours, cacheDir, fallbackImage });
		expect(Buffer.from(png).equals(readFileSync(fallbackImage))).toBe(true);
		expect(warn.mock.calls).toEqual([["social card of /articles/x/: the card font has no U+2030; the site's default image stands in"]]);
		expect(readdirSync(cacheDir)).toEqual([]);
		warn.mockRestore();
	});

	it('names the page whose card the renderer fails on, without the renderer\'s stack', async () => {
		const failure = await renderSocialCard({ ...card, byline: 'W'.repeat(150_000) }, '/articles/x/', { colours, cacheDir: newCache(), fallbackImage }).catch((error: Error) => error);
		expect(failure).toBeInstanceOf(Error);
		expect((failure as Error).message).toMatch(/^the social card of \/articles\/x\/ could not be drawn: \S/);
		expect((failure as Error).stack).toBe('');
	});
});

describe('writeSocialCards', () => {
	it('writes every linked card into the site under its file, and copies it from the cache on the next build', async () => {
		const [cacheDir, outDir] = [newCache(), newCache()];
		cardBuild.linked.clear();
		cardBuild.linked.set('social/articles/a.png', { card, page: '/articles/a/' });
		cardBuild.linked.set('social/articles/nested/b.png', { card, page: '/articles/nested/b/' });
		cardBuild.linked.set('social/certifications/c.png', { card: { ...card, title: 'Another title' }, page: '/certifications/c/' });
		await writeSocialCards(outDir, { colours, cacheDir, fallbackImage });
		const before = { ...cardBuild };
		await writeSocialCards(outDir, { colours, cacheDir, fallbackImage });
		cardBuild.linked.clear();
		expect({ drawn: cardBuild.drawn - before.drawn, cached: cardBuild.cached - before.cached }).toEqual({ drawn: 0, cached: 3 });
		const written = ['social/articles/a.png', 'social/articles/nested/b.png', 'social/certifications/c.png'].map((file) => readFileSync(join(outDir, file)));
		expect(written[0].equals(written[1])).toBe(true);
		expect(written[0].equals(written[2])).toBe(false);
		expect(await sharp(written[2]).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
		expect(readdirSync(cacheDir)).toHaveLength(2);
	});

	it('names the page whose card cannot be written, without a stack', async () => {
		const [cacheDir, outDir] = [newCache(), newCache()];
		// A folder of public/ in the card's place, say.
		mkdirSync(join(outDir, 'social/articles/a.png'), { recursive: true });
		cardBuild.linked.clear();
		cardBuild.linked.set('social/articles/a.png', { card, page: '/articles/a/' });
		const failure = await writeSocialCards(outDir, { colours, cacheDir, fallbackImage }).catch((error: Error) => error);
		cardBuild.linked.clear();
		expect((failure as Error).message).toMatch(/^the social card of \/articles\/a\/ could not be written to social\/articles\/a\.png: EISDIR/);
		expect((failure as Error).stack).toBe('');
	});

	it('never writes a card outside the site', async () => {
		const [cacheDir, outDir] = [newCache(), newCache()];
		cardBuild.linked.clear();
		cardBuild.linked.set('social/articles/../../../escaped.png', { card, page: '/articles/escaped/' });
		const failure = await writeSocialCards(outDir, { colours, cacheDir, fallbackImage }).catch((error: Error) => error);
		cardBuild.linked.clear();
		expect((failure as Error).message).toBe('the social card of /articles/escaped/ names a file outside the site: social/articles/../../../escaped.png');
		expect(existsSync(join(outDir, '../escaped.png'))).toBe(false);
	});
});
