import { existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { builtSite, listFiles, listPagePaths, page } from '../helpers/built-site.ts';
import { buildSite, changeSettings, createFixtureSite, readPage } from '../helpers/fixture-site.ts';
import { parseHtml } from '../helpers/html.ts';

const meta = (html: ReturnType<typeof page>, key: string) => html.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
const jsonLdImage = (html: ReturnType<typeof page>) => (JSON.parse(html.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as { image?: string }).image;

describe('social cards', () => {
	const cards = listFiles(join(builtSite.dist, 'social'));

	it("are each article's preview image, in Open Graph, X and JSON-LD, and are 1200×630 PNGs", async () => {
		const url = 'https://certguides.example/social/articles/filler-07.png';
		const html = page('/articles/filler-07/');
		expect([meta(html, 'og:image'), meta(html, 'twitter:image'), jsonLdImage(html)]).toEqual([url, url, url]);
		expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')]).toEqual(['1200', '630']);
		expect([meta(html, 'og:image:alt'), meta(html, 'twitter:image:alt')]).toEqual(Array(2).fill('Filler article 07. Article · SAA-C03. By David Jenkins'));
		expect(await sharp(join(builtSite.dist, 'social/articles/filler-07.png')).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
		expect(meta(page('/certifications/aws-mla-c01/'), 'og:image')).toBe('https://certguides.example/social/certifications/aws-mla-c01.png');
	});

	it('exist for every published article without a hero image and every cert page, and for nothing else', () => {
		const articlesWithHero = ['data-preparation-guide', 'mastering-the-aws-certified-machine-learning-engineer-associate-your-gateway-to-ai-excellence'];
		const expected = listPagePaths()
			.map((path) => /^\/(articles|certifications)\/([^/]+)\/$/.exec(path))
			.filter((match) => match !== null && !/^\d+$/.test(match[2]) && !articlesWithHero.includes(match[2]))
			.map((match) => `${match![1]}/${match![2]}.png`);
		expect(cards.sort()).toEqual(expected.sort());
		expect(cards).not.toContain('articles/draft-article.png');
		expect(cards).not.toContain('articles/scheduled-article.png');
	});

	it('stay out of the sitemap', () => {
		expect(readFileSync(join(builtSite.dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/social/');
	});
});

describe('the social card cache', () => {
	it('draws each card once: a rebuild reads them back, draws only a changed page and drops the cards no page uses', () => {
		const site = createFixtureSite('social-card-cache', { settings: { socialCards: true } });
		const build = () => {
			const result = buildSite(site);
			expect(result.status, result.output).toBe(0);
			return /(\d+) social cards? drawn, (\d+) read from the cache(?:, (\d+) unused removed from it)?/.exec(result.output)?.slice(1).map((count) => Number(count ?? 0));
		};
		const [drawn] = build() ?? [];
		expect(drawn).toBeGreaterThan(5);
		expect(build()).toEqual([0, drawn, 0]);
		// Every card's time as new as anything the next build writes, as when the last build read them back
		// just before (a coarse file-time grain): a card is kept for being used, not for looking recent.
		const cache = join(site.root, 'node_modules/.astro/social-cards');
		const fresh = new Date(Date.now() + 60_000);
		for (const file of readdirSync(cache)) utimesSync(join(cache, file), fresh, fresh);
		rmSync(join(site.root, 'content/articles/gfm-corpus.md'));
		const retitled = join(site.root, 'content/articles/gfm-corpus-mdx.mdx');
		writeFileSync(retitled, readFileSync(retitled, 'utf8').replace(/^title: .*$/m, "title: 'GFM corpus in MDX, retitled'"));
		expect(build()).toEqual([1, drawn - 2, 2]);
		expect(meta(parseHtml(readPage(site, '/articles/gfm-corpus-mdx/')), 'og:image')).toBe('https://certguides.example/social/articles/gfm-corpus-mdx.png');

		// A site owner who turns cards off again gets the default image, and no card in dist/.
		changeSettings(site, { socialCards: false });
		expect(build()).toEqual([0, 0, drawn - 1]);
		expect(existsSync(join(site.dist, 'social'))).toBe(false);
		expect(meta(parseHtml(readPage(site, '/articles/gfm-corpus-mdx/')), 'og:image')).toBe('https://certguides.example/og-default.png');
	});
});
