import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite as site, listFiles } from '../helpers/built-site.ts';
import { buildSite, createFixtureSite, readPage } from '../helpers/fixture-site.ts';
import { parseHtml, textOf } from '../helpers/html.ts';
import { THEME_SCRIPT } from '../../src/lib/theme.ts';
const seedPath = '/articles/mastering-the-aws-certified-machine-learning-engineer-associate-your-gateway-to-ai-excellence/';

describe('the seed article page', () => {
	let page: ReturnType<typeof parseHtml>;
	beforeAll(() => {
		page = parseHtml(readPage(site, seedPath));
	});

	it('has the title as its only h1, the subtitle under it, and the brand in <title> only where it fits', () => {
		const h1s = page.querySelectorAll('h1');
		expect(h1s.map((h1) => textOf(h1))).toEqual([
			'Mastering the AWS Certified Machine Learning Engineer Associate: Your Gateway to AI Excellence',
		]);
		expect(textOf(page.querySelector('.subtitle'))).toBe('Essential Guide to AWS ML Certification and Career Growth');
		expect(textOf(page.querySelector('title'))).toBe('Mastering the AWS Certified Machine Learning Engineer Associate: Your Gateway to AI Excellence');
		expect(textOf(parseHtml(readPage(site, '/articles/gfm-corpus/')).querySelector('title'))).toBe('GFM corpus in Markdown · certguides');
	});

	it('links the author and shows read time and publish date', () => {
		const byline = page.querySelector('.byline');
		expect(byline?.querySelector('a[rel="author"]')?.getAttribute('href')).toBe('/authors/david-jenkins/');
		expect(textOf(byline?.querySelector('a[rel="author"]'))).toBe('David Jenkins');
		expect(textOf(byline)).toContain('8 min read');
		const published = byline?.querySelector('time');
		expect(published?.getAttribute('datetime')).toBe('2025-03-10');
		expect(textOf(published)).toBe('March 10, 2025');
	});

	it('shows the remote hero image without fetching it, with its space reserved', () => {
		const img = page.querySelector('.hero img');
		expect(img?.getAttribute('src')).toBe('https://images.magick.ai/ml-certification-header.jpg');
		expect(img?.getAttribute('width')).toBe('1200');
		expect(img?.getAttribute('height')).toBe('630');
		expect(readdirSync(join(site.dist, '_astro')).some((file) => file.includes('ml-certification-header'))).toBe(false);
	});

	it('has a table of contents linking to every section heading, each with its own # link', () => {
		const tocLinks = page.querySelectorAll('.toc a').map((a) => a.getAttribute('href'));
		expect(tocLinks).toContain('#market-impact-and-career-opportunities');
		expect(tocLinks).toContain('#data-engineering-excellence');
		for (const href of tocLinks) expect(page.querySelector(`.prose ${href}`), href).not.toBeNull();
		const anchor = page.querySelector('.prose #market-impact-and-career-opportunities + a.heading-anchor');
		expect(anchor?.getAttribute('href')).toBe('#market-impact-and-career-opportunities');
		expect(anchor?.getAttribute('aria-label')).toBe('Link to the section “Market Impact and Career Opportunities”');
		expect(page.querySelectorAll('.prose h2').map((h) => textOf(h))).toEqual([
			'Market Impact and Career Opportunities',
			'Preparation Strategies for Success',
			'Beyond Certification: Building a Career',
			'Future Outlook',
		]);
	});

	it('renders the body in full, lists included', () => {
		const prose = textOf(page.querySelector('.prose'));
		expect(prose.startsWith('In an era where artificial intelligence and machine learning are reshaping industries')).toBe(true);
		expect(prose).toContain('The 130-minute exam requires thorough preparation');
		expect(prose.endsWith('certified professionals will play a crucial role in shaping the future of artificial intelligence implementation.')).toBe(true);
		expect(page.querySelectorAll('.prose li').length).toBe(33);
	});

	it('shows its text cta with the site default link', () => {
		const cta = page.querySelector('.cta');
		expect(textOf(cta?.querySelector('p'))).toBe(
			'Ready to accelerate your AI career? Follow us on LinkedIn (MagickAI) to join a community of innovative ML engineers and stay updated on the latest certification insights and industry trends.',
		);
		expect(cta?.querySelector('a')?.getAttribute('href')).toBe('/certifications/');
		expect(textOf(cta?.querySelector('a'))).toBe('Browse certifications');
	});

	it('carries the badge of the cert the importer found', () => {
		const badge = page.querySelector('.badges a');
		expect(badge?.getAttribute('href')).toBe('/certifications/aws-mla-c01/');
		expect(textOf(badge)).toBe('MLA-C01: AWS Certified Machine Learning Engineer – Associate');
	});

	it('carries all its CSS inline and stays under 30 KB compressed', () => {
		const html = readPage(site, seedPath);
		expect(page.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(0);
		expect(page.querySelectorAll('style').length).toBeGreaterThan(0);
		expect(gzipSync(html, { level: 9 }).length).toBeLessThan(30 * 1024);
	});

	it('carries neither the search dialog nor the search styles, which come when the reader opens search', () => {
		expect(page.querySelector('pagefind-modal')).toBeNull();
		// The search styles set Pagefind's custom properties (--pf-*) from the site's theme.
		expect(page.querySelectorAll('style').map((style) => style.textContent).join('')).not.toContain('--pf-');
		const searchPage = parseHtml(readPage(site, '/search/'));
		expect(searchPage.querySelector('pagefind-input')).not.toBeNull();
		expect(searchPage.querySelectorAll('style').map((style) => style.textContent).join('')).toContain('--pf-');
	});

	it('has its meta description, canonical URL and no script but the theme\'s inline one and the small one that loads search on demand', () => {
		expect(page.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(/^Discover the comprehensive path to becoming/);
		expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://certguides.example${seedPath}`);
		const scripts = page.querySelectorAll('script:not([type="application/ld+json"])');
		expect(scripts.map((script) => [script.getAttribute('type'), script.textContent])).toEqual([
			[undefined, THEME_SCRIPT],
			['module', ''],
		]);
		// The browser runs the inline one only because the page's policy names its hash.
		const hash = createHash('sha256').update(THEME_SCRIPT).digest('base64');
		expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}';`);
		const entry = readFileSync(join(site.dist, scripts[1].getAttribute('src')!));
		expect(entry.toString()).not.toContain('pagefind-component-ui');
		expect(gzipSync(entry).length).toBeLessThan(2048);
	});

	it('lists related articles that share its cert', () => {
		const related = page.querySelectorAll('.related .card a').map((a) => a.getAttribute('href'));
		expect(related).toContain('/articles/data-preparation-guide/');
		expect(related.every((href) => !href?.includes('draft') && !href?.includes('scheduled'))).toBe(true);
	});
});

describe('readers\' comforts', () => {
	it('ends a long article (8 minutes) with a link back to the top, and not a short one', () => {
		const seed = parseHtml(readPage(site, seedPath));
		expect(seed.querySelectorAll('li').map((li) => textOf(li))).toContain('8 min read');
		const back = seed.querySelectorAll('a').filter((a) => textOf(a) === 'Back to top');
		expect(back.map((a) => a.getAttribute('href'))).toEqual(['#main']);
		expect(seed.querySelector('main#main')).not.toBeNull();
		const short = parseHtml(readPage(site, '/articles/data-preparation-guide/'));
		expect(short.querySelectorAll('a').filter((a) => textOf(a) === 'Back to top')).toEqual([]);
	});

	it('has a light/dark switch in the header, hidden until its script shows it', () => {
		const toggle = parseHtml(readPage(site, '/')).querySelector('header button[data-theme-toggle]');
		expect(toggle?.hasAttribute('hidden')).toBe(true);
		expect(toggle?.getAttribute('aria-pressed')).toBe('false');
		expect(textOf(toggle!)).toBe('Dark theme');
	});
});

describe('other article pages', () => {
	it('optimises a local hero image and shows an object cta as a link button', () => {
		const page = parseHtml(readPage(site, '/articles/data-preparation-guide/'));
		const img = page.querySelector('.hero img');
		expect(img?.getAttribute('src')).toMatch(/^\/_astro\/local-hero\.[\w-]+\.webp$/);
		expect(img?.getAttribute('width')).toBe('1200');
		expect(img?.getAttribute('srcset')).toContain('480w');
		expect(img?.getAttribute('alt')).toBe('A blue banner');
		const button = page.querySelector('.cta a');
		expect(button?.getAttribute('href')).toBe('https://aws.amazon.com/certification/');
		expect(textOf(button)).toBe('Open sample questions');
		expect(textOf(page.querySelector('.byline'))).toContain('Updated June 1, 2025');
		expect(page.querySelectorAll('.tags a').map((a) => a.getAttribute('href'))).toEqual(['/tags/sagemaker/', '/tags/data-engineering/']);
	});

	it('computes the read time of an article that gives none', () => {
		expect(textOf(parseHtml(readPage(site, '/articles/gfm-corpus/')).querySelector('.byline'))).toContain('1 min read');
	});
});

describe('drafts and scheduled articles', () => {
	it('leave no trace in any built file', () => {
		const leaks = listFiles(site.dist).filter((file) => {
			// The search index is gzipped: read it as the browser will.
			const bytes = readFileSync(join(site.dist, file));
			const text = (/\.pf_\w+$/.test(file) ? gunzipSync(bytes) : bytes).toString('latin1');
			return /DRAFTSENTINEL7319|SCHEDULEDSENTINEL4471|draft-article|scheduled-article|A draft that must never|from the far future/.test(text);
		});
		expect(leaks).toEqual([]);
		expect(listFiles(site.dist).filter((file) => file.includes('draft-hero'))).toEqual([]);
	});
});

describe('a build with invalid content', () => {
	it('stops before writing anything, with the same lines validate prints', () => {
		const bad = createFixtureSite('site-invalid', { overlays: ['content', 'invalid'] });
		const result = buildSite(bad);
		expect(result.status).toBe(1);
		expect(result.output).toContain('content/articles/unknown-field.mdx:6  heroImg  unknown field; did you mean "heroImage"?');
		expect(result.output).toContain('content/articles/broken-mdx.mdx:10:6  body  is not valid MDX');
		expect(result.output).toContain('26 files checked: 21 errors, 3 warnings');
		expect(result.output).not.toMatch(/Stack trace|^\s+at /m);
		// The author's lines, not a report of a crash.
		expect(result.output).toContain('[certguides:content-guard] Invalid content, nothing built:');
		expect(result.output).not.toMatch(/unhandled error/i);
		expect(readdirSync(bad.root)).not.toContain('dist');
	});
});
