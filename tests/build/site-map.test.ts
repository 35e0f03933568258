import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite, listPagePaths, page } from '../helpers/built-site.ts';
import { parseHtml, textOf } from '../helpers/html.ts';
import { FILLER_COUNT } from './global-setup.ts';

const seedSlug = 'mastering-the-aws-certified-machine-learning-engineer-associate-your-gateway-to-ai-excellence';
const seedPath = `/articles/${seedSlug}/`;
const guidePath = '/articles/data-preparation-guide/';
/** Published in the fixture site: the seed, the guide, two GFM corpora and the fillers. */
const publishedCount = 4 + FILLER_COUNT;

const links = (html: ReturnType<typeof page>, selector = 'main a') => html.querySelectorAll(selector).map((a) => a.getAttribute('href'));
const jsonLd = (html: ReturnType<typeof page>) => html.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.textContent));

describe('home page', () => {
	it('features guides, lists the latest articles and every cert', () => {
		const home = page('/');
		expect(links(home, 'section[aria-labelledby="guides-title"] .card a')).toEqual([guidePath]);
		const latest = links(home, 'section[aria-labelledby="latest-title"] .card a');
		expect(latest).toContain(seedPath);
		expect(latest).toHaveLength(6);
		expect(links(home, '.grid a')).toHaveLength(6);
	});
});

describe('site navigation', () => {
	it('marks the current page, and the section a page belongs to', () => {
		const current = (path: string) => page(path).querySelectorAll('.site-header a[aria-current]').map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]);
		expect(current('/articles/')).toEqual([['/articles/', 'page']]);
		expect(current(seedPath)).toEqual([['/articles/', 'true']]);
		expect(current('/')).toEqual([]);
	});
});

describe('article index', () => {
	it('pages 20 articles at a time, newest first', () => {
		const first = page('/articles/');
		const firstLinks = links(first, '.card a');
		expect(firstLinks).toHaveLength(20);
		expect(firstLinks.slice(0, 2)).toEqual([guidePath, seedPath]);
		expect(first.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/articles/2/');
		const last = page('/articles/3/');
		expect(links(last, '.card a')).toHaveLength(publishedCount - 40);
		expect(last.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/articles/2/');
		expect(last.querySelector('a[rel="next"]')).toBeNull();
		expect(textOf(last.querySelector('.pagination'))).toContain('Page 3 of 3');
	});
});

describe('certification pages', () => {
	it('lists every cert as a card grouped by vendor', () => {
		const index = page('/certifications/');
		expect(index.querySelectorAll('main h2').map(textOf)).toEqual(['Amazon Web Services', 'Google Cloud', 'Microsoft']);
		const mla = index.querySelectorAll('.cert-card').find((card) => card.querySelector('a')?.getAttribute('href') === '/certifications/aws-mla-c01/');
		expect(textOf(mla?.querySelector('.meta'))).toBe('Amazon Web Services Associate MLA-C01 130 min');
	});

	it('shows the MLA-C01 facts, and leaves out the cost the reference lacks', () => {
		const mla = page('/certifications/aws-mla-c01/');
		const facts = Object.fromEntries(mla.querySelectorAll('.facts dl > div').map((row) => [textOf(row.querySelector('dt')), textOf(row.querySelector('dd'))]));
		expect(facts).toMatchObject({
			'Exam code': 'MLA-C01',
			Level: 'Associate',
			Status: 'Active',
			Duration: '130 minutes',
			Questions: '65 questions (50 scored, 15 unscored)',
			'Passing score': '720 on a scale of 100–1000',
			'Valid for': '3 years',
			Languages: 'English, Japanese, Korean, Simplified Chinese',
			'Official page': 'aws.amazon.com',
		});
		expect(facts).not.toHaveProperty('Cost');
		expect(textOf(mla.querySelector('.as-of'))).toContain('Facts as of November 25, 2026');
		expect(mla.querySelectorAll('.facts details li')).toHaveLength(5);
	});

	it('charts the four weighted exam domains with the numbers as text', () => {
		const rows = page('/certifications/aws-mla-c01/').querySelectorAll('.weights tbody tr');
		expect(rows.map((row) => [textOf(row.querySelector('th')), textOf(row.querySelector('.value'))])).toEqual([
			['Data Preparation for Machine Learning (ML)', '28%'],
			['ML Model Development', '26%'],
			['Deployment and Orchestration of ML Workflows', '22%'],
			['ML Solution Monitoring, Maintenance, and Security', '24%'],
		]);
		expect(rows[0].querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
		expect(rows[0].querySelector('rect.fill')?.getAttribute('width')).toBe('28');
	});

	it('lists the guides of each exam domain in study order, drafts and scheduled left out', () => {
		const mla = page('/certifications/aws-mla-c01/');
		const byDomain = Object.fromEntries(mla.querySelectorAll('.exam-domain').map((section) => [section.querySelector('h3')?.id, links(section, '.card a')]));
		expect(byDomain).toEqual({
			'domain-data-preparation': [seedPath, guidePath],
			'domain-model-development': [seedPath],
			'domain-deployment-orchestration': [seedPath],
			'domain-monitoring-maintenance-security': [seedPath],
		});
	});

	it('shows a few articles per exam domain, and pages the full study path in order', () => {
		const saa = page('/certifications/aws-saa-c03/');
		const secure = saa.querySelector('section[aria-labelledby="domain-secure-architectures"]');
		expect(links(secure!, '.card a')).toEqual(['/articles/filler-01/', '/articles/filler-02/', '/articles/filler-03/', '/articles/filler-04/', '/articles/filler-05/']);
		expect(textOf(secure?.querySelector('.more'))).toBe(`${FILLER_COUNT - 5} more on this domain in the full study path`);
		expect(links(saa, 'a[href="/certifications/aws-saa-c03/study-path/"]')).not.toHaveLength(0);
		const path = page('/certifications/aws-saa-c03/study-path/');
		expect(textOf(path.querySelector('h1'))).toBe('SAA-C03 study path');
		expect(links(path, '.card a').slice(0, 2)).toEqual(['/articles/filler-01/', '/articles/filler-02/']);
		expect(path.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/certifications/aws-saa-c03/study-path/2/');
		expect(textOf(path.querySelector('a[rel="next"]'))).toBe('Next →');
		expect(links(page('/certifications/aws-saa-c03/study-path/3/'), '.card a')).toHaveLength(FILLER_COUNT - 40);
		expect(links(page('/certifications/aws-mla-c01/study-path/'), '.card a')).toEqual([seedPath, guidePath]);
		expect(listPagePaths()).not.toContain('/certifications/aws-aif-c01/study-path/');
	});

	it('marks exam domains no guide covers yet', () => {
		const aif = page('/certifications/aws-aif-c01/');
		expect(aif.querySelectorAll('.exam-domain .gap').map(textOf)).toEqual(Array(5).fill('No guide covers this domain yet.'));
	});

	it('says at the top that a retired exam is retired, and points to its successor', () => {
		const mls = page('/certifications/aws-mls-c01/');
		expect(textOf(mls.querySelector('.status'))).toBe(
			'This exam was retired on March 31, 2026. Its successor is AWS Certified Machine Learning Engineer – Associate (MLA-C01).',
		);
		expect(mls.querySelector('.status a')?.getAttribute('href')).toBe('/certifications/aws-mla-c01/');
		expect(textOf(page('/certifications/azure-ai-102/').querySelector('.status'))).toBe('This exam was retired on June 30, 2026. Its successor is AI-103.');
	});

	it('shows published weight ranges and copes with facts the reference lacks', () => {
		const azure = page('/certifications/azure-ai-102/');
		expect(textOf(azure.querySelector('.weights tbody .value'))).toBe('20–25%');
		const pmle = page('/certifications/gcp-pmle/');
		const labels = pmle.querySelectorAll('.facts dt').map(textOf);
		expect(labels).not.toContain('Passing score');
		expect(textOf(pmle.querySelector('.facts'))).toContain('50–60 questions');
	});

	it('has breadcrumbs, credential JSON-LD, related certs, a cta and the trademark notice', () => {
		const mla = page('/certifications/aws-mla-c01/');
		expect(textOf(mla.querySelector('.breadcrumbs'))).toBe('Home Certifications MLA-C01');
		const [credential, breadcrumbs] = jsonLd(mla);
		expect(credential).toMatchObject({
			'@type': 'EducationalOccupationalCredential',
			name: 'AWS Certified Machine Learning Engineer – Associate',
			alternateName: 'MLA-C01',
			credentialCategory: 'certification',
			recognizedBy: { '@type': 'Organization', name: 'Amazon Web Services' },
			validFor: 'P3Y',
			url: 'https://certguides.example/certifications/aws-mla-c01/',
		});
		expect(breadcrumbs.itemListElement.map((item: { item: string }) => item.item)).toEqual([
			'https://certguides.example/',
			'https://certguides.example/certifications/',
			'https://certguides.example/certifications/aws-mla-c01/',
		]);
		expect(links(mla, '[aria-labelledby="related-certs-title"] a')[0]).toBe('/certifications/aws-mls-c01/');
		expect(mla.querySelector('.cta a')?.getAttribute('href')).toBe('/certifications/');
		expect(textOf(mla.querySelector('.notice'))).toContain('not affiliated with, endorsed by or sponsored by Amazon Web Services');
	});
});

describe('guide hubs', () => {
	it('lists every topic domain', () => {
		expect(links(page('/guides/'), '.domains a')).toEqual(['/guides/machine-learning/', '/guides/generative-ai/', '/guides/cloud/', '/guides/security/']);
	});

	it('shows a domain with its certs, then its guides, then its articles newest first', () => {
		const hub = page('/guides/machine-learning/');
		expect(textOf(hub.querySelector('.lead'))).toBe('Building, training, deploying and operating ML models in the cloud.');
		expect(links(hub, '.grid a')).toEqual(expect.arrayContaining(['/certifications/aws-mla-c01/', '/certifications/gcp-pmle/']));
		expect(links(hub, '[aria-labelledby="guides-title"] .card a')).toEqual([guidePath]);
		expect(links(hub, '[aria-labelledby="articles-title"] .card a')).toEqual([seedPath]);
		const security = page('/guides/security/');
		expect(links(security, '.grid a')).toEqual(['/certifications/aws-saa-c03/']);
		expect(textOf(security.querySelector('[aria-labelledby="guides-title"] p'))).toBe('No study guide in this domain yet.');
		expect(links(security, '[aria-labelledby="articles-title"] .card a')).toHaveLength(20);
	});

	it('pages a topic hub, its certs on the first page only', () => {
		const last = page('/guides/security/3/');
		expect(textOf(last.querySelector('h1'))).toBe('Security, page 3');
		expect(last.querySelector('.grid')).toBeNull();
		expect(last.querySelector('[aria-labelledby="guides-title"]')).toBeNull();
		expect(links(last, '[aria-labelledby="articles-title"] .card a')).toHaveLength(FILLER_COUNT - 40);
		expect(last.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/guides/security/2/');
	});
});

describe('author and tag pages', () => {
	it('lists an author’s published articles, whether named by id or by name', () => {
		const first = links(page('/authors/david-jenkins/'), '.card a');
		expect(first.slice(0, 2)).toEqual([guidePath, seedPath]);
		expect(first).toHaveLength(20);
		const last = page('/authors/david-jenkins/3/');
		expect(links(last, '.card a')).toHaveLength(publishedCount - 40);
		expect(textOf(last.querySelector('h1'))).toBe('David Jenkins, page 3');
		expect(last.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/authors/david-jenkins/2/');
	});

	it('shows an author’s portrait, bio and links, and says when there is nothing yet', () => {
		const ada = page('/authors/ada-example/');
		expect(ada.querySelector('.avatar')?.getAttribute('src')).toBe('/favicon.svg');
		expect(textOf(ada.querySelector('.lead'))).toBe('Writes study guides for cloud certifications.');
		expect(ada.querySelector('.links a')?.getAttribute('href')).toBe('https://ada.example');
		expect(textOf(ada.querySelector('main > p'))).toBe('No articles yet.');
	});

	it('gives each tag a page, paged, and lists tags', () => {
		expect(links(page('/tags/sagemaker/'), '.card a')).toEqual([guidePath]);
		expect(links(page('/tags/filler/'), '.card a')).toHaveLength(20);
		expect(textOf(page('/tags/filler/3/').querySelector('h1'))).toBe('Tagged “filler”, page 3');
		expect(links(page('/tags/'), '.tags a')).toContain('/tags/data-engineering/');
		expect(textOf(page('/tags/').querySelector('.tags'))).toContain('filler (50)');
	});
});

describe('last-updated dates from git', () => {
	it('date an article by a commit that changed it after the one that added it, in UTC', () => {
		const edited = page('/articles/filler-01/');
		const updated = edited.querySelectorAll('.byline li').find((item) => textOf(item).startsWith('Updated'));
		expect(textOf(updated)).toBe('Updated July 5, 2025');
		expect(updated?.querySelector('time')?.getAttribute('datetime')).toBe('2025-07-05T04:30:00.000Z');
		expect(jsonLd(edited)[0].dateModified).toBe('2025-07-05T04:30:00.000Z');
	});

	it('leave an article committed once without an update date', () => {
		expect(textOf(page(seedPath).querySelector('.byline'))).not.toContain('Updated');
		expect(jsonLd(page(seedPath))[0].dateModified).toBe('2025-03-10T00:00:00.000Z');
		expect(textOf(page('/articles/filler-02/').querySelector('.byline'))).not.toContain('Updated');
	});
});

describe('article navigation and metadata', () => {
	it('walks the cert’s study path with previous and next', () => {
		expect(page(seedPath).querySelector('.study-path a[rel="next"]')?.getAttribute('href')).toBe(guidePath);
		expect(page(guidePath).querySelector('.study-path a[rel="prev"]')?.getAttribute('href')).toBe(seedPath);
	});

	it('links to the source for editing and carries Article and BreadcrumbList JSON-LD', () => {
		const seed = page(seedPath);
		expect(links(seed, '.article-footer a')).toContain(`https://github.com/example/certguides/edit/main/content/articles/${seedSlug}.mdx`);
		const [article] = jsonLd(seed);
		expect(article).toMatchObject({
			'@type': 'Article',
			headline: 'Mastering the AWS Certified Machine Learning Engineer Associate: Your Gateway to AI Excellence',
			author: { '@type': 'Person', name: 'David Jenkins', url: 'https://certguides.example/authors/david-jenkins/' },
			datePublished: '2025-03-10T00:00:00.000Z',
			dateCreated: '2025-03-10T00:00:00.000Z',
			image: 'https://images.magick.ai/ml-certification-header.jpg',
		});
		expect(jsonLd(seed).map((data) => data['@type'])).toEqual(['Article', 'BreadcrumbList']);
	});

	it('has Open Graph and Twitter meta with an image', () => {
		const meta = (html: ReturnType<typeof page>, key: string) => html.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
		const seed = page(seedPath);
		expect(meta(seed, 'og:type')).toBe('article');
		expect(meta(seed, 'og:image')).toBe('https://images.magick.ai/ml-certification-header.jpg');
		expect(meta(seed, 'twitter:card')).toBe('summary_large_image');
		expect(meta(page(guidePath), 'og:image')).toMatch(/^https:\/\/certguides\.example\/_astro\/local-hero\.[\w-]+\.jpe?g$/);
		expect(meta(page('/certifications/'), 'og:image')).toBe('https://certguides.example/og-default.png');
		expect(meta(page('/certifications/'), 'og:image:alt')).toBe('certguides');
		expect(meta(page('/certifications/'), 'og:image:width')).toBeUndefined();
		const guide = page(guidePath);
		expect([meta(guide, 'og:image:alt'), meta(guide, 'og:image:width'), meta(guide, 'twitter:image:alt')]).toEqual(['A blue banner', '1200', 'A blue banner']);
	});
});

describe('feeds and sitemap', () => {
	const read = (file: string) => readFileSync(join(builtSite.dist, file), 'utf8');

	it('has an RSS feed of the newest 50 published articles with absolute links, authors and categories', () => {
		const feed = parseHtml(read('rss.xml'));
		const items = feed.querySelectorAll('item');
		expect(publishedCount).toBeGreaterThan(50);
		expect(items).toHaveLength(50);
		// The four newer articles, then the newest fillers down to the 50th item: filler 05.
		expect(textOf(items.at(-1)?.querySelector('title'))).toBe('Filler article 05');
		const seed = items.find((item) => textOf(item.querySelector('title')).startsWith('Mastering'));
		expect(textOf(seed?.querySelector('guid'))).toBe(`https://certguides.example${seedPath}`);
		expect(textOf(seed?.querySelector('dc\\:creator'))).toBe('David Jenkins');
		expect(seed?.querySelectorAll('category').map(textOf)).toEqual(['MLA-C01']);
		expect(textOf(seed?.querySelector('description'))).toMatch(/^Discover the comprehensive path/);
	});

	it('lists exactly the built pages in the sitemap, and names it in robots.txt', () => {
		const sitemap = [...read('sitemap-0.xml').matchAll(/<loc>https:\/\/certguides\.example(\/[^<]*)<\/loc>/g)].map((match) => match[1]);
		const pages = listPagePaths().filter((path) => path !== '/404.html');
		expect(sitemap.sort()).toEqual(pages.sort());
		expect(read('robots.txt')).toContain('Sitemap: https://certguides.example/sitemap-index.xml');
	});
});
