import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite as sateriSite } from '../helpers/built-site.ts';
import { buildSite, createFixtureSite, type FixtureSite, readPage } from '../helpers/fixture-site.ts';
import { parseHtml } from '../helpers/html.ts';

/**
 * The article body as markup, with the two notational differences between the processors
 * folded: table-cell alignment as a style or an attribute, and boolean data attributes.
 */
function proseOf(site: FixtureSite, path: string): string {
	const prose = parseHtml(readPage(site, path)).querySelector('.prose')?.innerHTML ?? '';
	return prose
		.replace(/ style="text-align: ?(left|right|center);?"/g, ' align="$1"')
		.replace(/ (data-[\w-]+)(?:="(?:true)?")?(?=[\s>])/g, ' $1')
		.replace(/>\s+</g, '><')
		.trim();
}

describe('Sätteri and the unified reference pipeline', () => {
	let unifiedSite: FixtureSite;
	beforeAll(() => {
		unifiedSite = createFixtureSite('site-unified');
		// Built on a machine fourteen hours ahead of UTC too, to prove that dates do not move with it.
		const result = buildSite(unifiedSite, { CERTGUIDES_MARKDOWN: 'unified', TZ: 'Pacific/Kiritimati' });
		if (result.status !== 0) throw new Error(result.output);
	});

	it.each(['/articles/gfm-corpus/', '/articles/gfm-corpus-mdx/'])('render %s with the same GFM output', (path) => {
		const ours = proseOf(sateriSite, path);
		expect(ours).toBe(proseOf(unifiedSite, path));
		for (const part of ['<div class="heading"><h2 id="tables">Tables</h2><a class="heading-anchor"', '<table>', 'align="right"', 'type="checkbox" checked', '<del>wrong</del>', 'data-footnote-ref', 'href="https://example.com/guide"', 'href="http://www.example.org"']) {
			expect(ours).toContain(part);
		}
	});

	it.each(['/articles/gfm-corpus/', '/articles/gfm-corpus-mdx/', '/articles/mastering-the-aws-certified-machine-learning-engineer-associate-your-gateway-to-ai-excellence/'])(
		'give %s the same heading ids, duplicates and non-ASCII included',
		(path) => {
			const ids = (site: FixtureSite) =>
				parseHtml(readPage(site, path))
					.querySelectorAll('.prose :is(h2, h3, h4)')
					.map((heading) => heading.id);
			expect(ids(sateriSite)).toEqual(ids(unifiedSite));
			if (path.includes('gfm')) expect(ids(sateriSite)).toEqual(expect.arrayContaining(['tables', 'tables-1', 'ünïcödé-heading-日本語']));
		},
	);

	it('can be told apart, so the switch really changes the processor', () => {
		const raw = (site: FixtureSite) => readPage(site, '/articles/gfm-corpus/').includes('style="text-align: left"');
		expect([raw(sateriSite), raw(unifiedSite)]).toEqual([true, false]);
	});

	it.each(['/articles/gfm-corpus/', '/articles/gfm-corpus-mdx/', '/articles/mastering-the-aws-certified-machine-learning-engineer-associate-your-gateway-to-ai-excellence/'])(
		'date %s the same whatever the build machine’s time zone',
		(path) => {
			const dates = (site: FixtureSite) =>
				parseHtml(readPage(site, path))
					.querySelectorAll('.byline time')
					.map((time) => `${time.getAttribute('datetime')} ${time.text}`);
			expect(dates(unifiedSite)).toEqual(dates(sateriSite));
			if (path.includes('gfm')) expect(dates(sateriSite)).toEqual(['2024-01-01T02:00:00.000Z January 1, 2024']);
		},
	);
});
