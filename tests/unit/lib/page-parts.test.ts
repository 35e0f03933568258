import { describe, expect, it } from 'vitest';
import { resolveCta } from '../../../src/lib/cta.ts';
import { formatDate, formatDatetimeAttribute } from '../../../src/lib/format-date.ts';
import { buildToc } from '../../../src/lib/toc.ts';
import { rebaseHtml } from '../../../src/lib/base-links.ts';
import { createSitePaths, rootPaths as paths } from '../../../src/lib/urls.ts';
import { slugifyTag } from '../../../src/schemas/fields.ts';

describe('call to action', () => {
	const fallback = { text: 'Default', href: '/certifications/', label: 'Browse' };
	it('uses the site default when the article has none', () => expect(resolveCta(undefined, fallback)).toEqual(fallback));
	it('keeps a text-only cta and links it with the default', () => {
		expect(resolveCta({ text: 'Follow us' }, fallback)).toEqual({ text: 'Follow us', href: '/certifications/', label: 'Browse' });
	});
	it('keeps a full cta as given', () => {
		const cta = { text: 'Try', href: 'https://x.example', label: 'Go' };
		expect(resolveCta(cta, fallback)).toEqual(cta);
	});
});

describe('dates', () => {
	it('shows calendar days in UTC so that no time zone moves them', () => {
		expect(formatDate(new Date('2025-03-10'), 'en')).toBe('March 10, 2025');
		expect(formatDatetimeAttribute(new Date('2025-03-10'))).toBe('2025-03-10');
		expect(formatDatetimeAttribute(new Date('2025-03-10T09:30:00Z'))).toBe('2025-03-10T09:30:00.000Z');
	});
});

describe('table of contents', () => {
	it('nests h3 under h2, keeps leading h3 at the top, and skips other levels', () => {
		const toc = buildToc([
			{ depth: 3, slug: 'intro', text: 'Intro' },
			{ depth: 2, slug: 'a', text: 'A' },
			{ depth: 3, slug: 'a1', text: 'A1' },
			{ depth: 4, slug: 'deep', text: 'Deep' },
			{ depth: 2, slug: 'b', text: 'B' },
		]);
		expect(toc.map((item) => [item.slug, item.children.map((child) => child.slug)])).toEqual([
			['intro', []],
			['a', ['a1']],
			['b', []],
		]);
	});
});

describe('paths', () => {
	it('gives every page kind one trailing-slash path', () => {
		expect(paths.article('x')).toBe('/articles/x/');
		expect(paths.articles(1)).toBe('/articles/');
		expect(paths.articles(3)).toBe('/articles/3/');
		expect(paths.tag('Machine Learning')).toBe('/tags/machine-learning/');
		expect(slugifyTag('data engineering')).toBe(slugifyTag('Data Engineering'));
		expect(slugifyTag('e\u0301t\u00e9')).toBe(slugifyTag('\u00e9t\u00e9'));
	});

	it('puts every page and every site path from the content under the base path, and leaves other URLs alone', () => {
		const docs = createSitePaths('/docs/');
		expect(docs.home()).toBe('/docs/');
		expect(docs.studyPath('aws-mla-c01', 2)).toBe('/docs/certifications/aws-mla-c01/study-path/2/');
		expect(docs.link('/certifications/')).toBe('/docs/certifications/');
		expect(docs.link('https://aws.amazon.com/')).toBe('https://aws.amazon.com/');
		expect(docs.link('//cdn.example/x.png')).toBe('//cdn.example/x.png');
		expect(docs.link('#main')).toBe('#main');
	});
});

describe('site paths in raw HTML under a base path', () => {
	const { link } = createSitePaths('/docs/');
	it('rebases href and src values that are site paths, quoted or not, and leaves the rest', () => {
		expect(rebaseHtml('<a href="/guides/">g</a>', link)).toBe('<a href="/docs/guides/">g</a>');
		expect(rebaseHtml("<a href='/tags/'>t</a>", link)).toBe('<a href="/docs/tags/">t</a>');
		expect(rebaseHtml('<img src=/favicon.svg alt="">', link)).toBe('<img src="/docs/favicon.svg" alt="">');
		expect(rebaseHtml('<a href="https://aws.amazon.com/">a</a> <a href="#top">t</a> <a href="//cdn.example/">c</a>', link)).toBe(
			'<a href="https://aws.amazon.com/">a</a> <a href="#top">t</a> <a href="//cdn.example/">c</a>',
		);
		expect(rebaseHtml('<a data-href="/x/">x</a>', link)).toBe('<a data-href="/x/">x</a>');
	});
});
