import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cardCounts, renderSocialCard } from '../../../src/node/social-card.ts';

const colours = { background: '#111418', surface: '#1b2027', text: '#e6e9ed', muted: '#a9b3bf', accent: '#7cb7f5' };
const card = { kicker: 'MLA-C01 · Guide', title: 'Feature stores: online and offline', byline: 'By Zoë Łukasiewicz', siteName: 'certguides' };
const caches: string[] = [];
const newCache = () => caches[caches.push(mkdtempSync(join(tmpdir(), 'certguides-cards-'))) - 1];
afterAll(() => caches.forEach((cache) => rmSync(cache, { recursive: true, force: true })));

describe('renderSocialCard', () => {
	it('draws a 1200×630 PNG, the same bytes every time', async () => {
		const png = await renderSocialCard(card, { colours, cacheDir: newCache() });
		expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
		expect(Buffer.from(await renderSocialCard(card, { colours, cacheDir: newCache() })).equals(Buffer.from(png))).toBe(true);
	});

	it('draws a card once: the same text again is read back from the cache, with its time renewed', async () => {
		const cacheDir = newCache();
		const before = { ...cardCounts };
		await renderSocialCard(card, { colours, cacheDir });
		const [file] = readdirSync(cacheDir);
		utimesSync(join(cacheDir, file), new Date(0), new Date(0));
		await renderSocialCard(card, { colours, cacheDir });
		expect({ drawn: cardCounts.drawn - before.drawn, cached: cardCounts.cached - before.cached }).toEqual({ drawn: 1, cached: 1 });
		expect(readdirSync(cacheDir)).toEqual([file]);
		expect(statSync(join(cacheDir, file)).mtimeMs).toBeGreaterThan(0);
	});

	it('draws again when anything on the card changes, the colours included', async () => {
		const cacheDir = newCache();
		await renderSocialCard(card, { colours, cacheDir });
		await renderSocialCard({ ...card, title: 'Feature stores: online and offline, again' }, { colours, cacheDir });
		await renderSocialCard(card, { colours: { ...colours, accent: '#ff0000' }, cacheDir });
		expect(readdirSync(cacheDir)).toHaveLength(3);
	});
});
