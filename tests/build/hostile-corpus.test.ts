import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/content-issues.ts';
import { THEME_SCRIPT } from '../../src/lib/theme.ts';
import { validateContent } from '../../src/node/validate-content.ts';
import { listFiles } from '../helpers/built-site.ts';
import { buildSite, createFixtureSite, type FixtureSite, projectRoot, readPage } from '../helpers/fixture-site.ts';
import { parseHtml } from '../helpers/html.ts';
import { readSearchRecords } from '../helpers/search-index.ts';

const NO_PLACE = 'use Markdown, or HTML from the allow-list (README, Security) (contentTrust: restricted)';
const NO_IMPORT = 'body  import and export are not allowed in an article: the site’s components need no import (contentTrust: restricted)';
const NO_EXPRESSION = 'body  a {…} expression is not allowed in an article: write \\{ to show a brace (contentTrust: restricted)';
const refusedUrl = (url: string) => `body  the URL "${url}" is refused: use https:, http: or mailto:, or a path on this site (contentTrust: restricted)`;
const HREF_RULE = 'must be an https://, http:// or mailto: link, or a site path starting with "/"';
const OUTSIDE = "leads outside the content and public folders: an image must live in the repository's content/ or public/";

/**
 * `tests/fixtures/hostile/`: one file per way a contributor's pull request could attack the site or
 * the machine that builds it, each with the exact lines `validate` and the build answer with.
 */
const CASES: [file: string, lines: string[]][] = [
	// MDX that would run code at build time or in `npm run dev`.
	['articles/import-node-fs.mdx', [`:8:1  ${NO_IMPORT}`]],
	['articles/import-raw-file.mdx', [`:8:1  ${NO_IMPORT}`]],
	['articles/export-env.mdx', [`:8:1  ${NO_IMPORT}`]],
	['articles/write-marker.mdx', [`:8:1  ${NO_IMPORT}`]],
	['articles/expression-env.mdx', [`:8:22  ${NO_EXPRESSION}`]],
	['articles/expression-fetch.mdx', [`:8:1  ${NO_EXPRESSION}`]],
	['articles/expression-attribute.mdx', [':8:1  body  <a> has an attribute written as an expression: attribute values must be plain text in quotes (contentTrust: restricted)']],
	['articles/spread-attribute.mdx', [':8:1  body  <div> has an attribute written as an expression: attribute values must be plain text in quotes (contentTrust: restricted)']],
	['articles/unknown-component.mdx', [':8:1  body  <Evil> is not one of the site’s components (<ExamTip>, <KeyFacts>, <ExamDomain>, <DomainWeights>); write \\<Evil> to show the text (contentTrust: restricted)']],
	['articles/member-component.mdx', [':8:1  body  <Foo.Bar> is not one of the site’s components (<ExamTip>, <KeyFacts>, <ExamDomain>, <DomainWeights>); write \\<Foo.Bar> to show the text (contentTrust: restricted)']],
	['articles/fragment.mdx', [':8:1  body  a fragment <>…</> is not allowed in an article (contentTrust: restricted)']],
	// Stored XSS through MDX elements and Markdown links.
	['articles/script-element.mdx', [`:8:1  body  <script> is not allowed in an article: ${NO_PLACE}`]],
	['articles/iframe-element.mdx', [`:8:1  body  <iframe> is not allowed in an article: ${NO_PLACE}`]],
	['articles/event-handler.mdx', [':8:1  body  <img onError> is not allowed: <img> may carry src, alt, title, width, height (contentTrust: restricted)']],
	['articles/style-attribute.mdx', [':8:1  body  <span style> is not allowed: <span> takes no attributes (contentTrust: restricted)']],
	['articles/javascript-link.mdx', [`:8:1  ${refusedUrl('javascript:alert(1)')}`]],
	['articles/data-image.mdx', [`:8:1  ${refusedUrl('data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+')}`]],
	['articles/backslash-link.mdx', [`:8:1  ${refusedUrl('/\\evil.example/phish')}`]],
	['articles/protocol-relative-link.mdx', [`:8:1  ${refusedUrl('//evil.example/phish')}`]],
	['articles/reference-definition.mdx', [`:10:1  ${refusedUrl('vbscript:msgbox(1)')}`]],
	// Raw HTML in Markdown.
	['articles/html-script.md', [`:8:1  body  <script> is not allowed in an article: ${NO_PLACE}`]],
	['articles/html-iframe.md', [`:8:1  body  <iframe> is not allowed in an article: ${NO_PLACE}`]],
	['articles/html-form.md', [`:8:1  body  <form> is not allowed in an article: ${NO_PLACE}`, `:8:1  body  <input> is not allowed in an article: ${NO_PLACE}`]],
	['articles/html-meta-refresh.md', [`:8:1  body  <meta> is not allowed in an article: ${NO_PLACE}`]],
	['articles/html-base.md', [`:8:1  body  <base> is not allowed in an article: ${NO_PLACE}`]],
	['articles/html-svg.md', [`:8:1  body  <svg> is not allowed in an article: ${NO_PLACE}`]],
	['articles/html-object.md', [`:8:1  body  <object> is not allowed in an article: ${NO_PLACE}`]],
	['articles/html-style.md', [`:8:1  body  <style> is not allowed in an article: ${NO_PLACE}`]],
	['articles/html-link-element.md', [`:8:1  body  <link> is not allowed in an article: ${NO_PLACE}`]],
	['articles/html-event-handler.md', [':8:7  body  <kbd onclick> is not allowed: <kbd> takes no attributes (contentTrust: restricted)']],
	['articles/html-javascript-entity.md', [`:8:1  ${refusedUrl('javascript:alert(1)')}`]],
	['articles/html-tab-in-scheme.md', [`:8:1  ${refusedUrl('java\\u0009script:alert(1)')}`]],
	// Frontmatter links, held to the same URL rule.
	['articles/cta-javascript.mdx', [`:8  cta.href  ${HREF_RULE}`]],
	['articles/cta-backslash.mdx', [`:8  cta.href  ${HREF_RULE}`]],
	// Images that would publish files from elsewhere or break the build after validation.
	['articles/hero-outside-content.mdx', [`:6  heroImage  ../../src/assets/leak.png ${OUTSIDE}`]],
	['articles/hero-symlink-out.mdx', [`:6  heroImage  ./images/hostname.png ${OUTSIDE}`]],
	['articles/hero-text-as-png.mdx', [':6  heroImage  is not a PNG image: its bytes say it is no image at all']],
	['articles/hero-svg.mdx', [':6  heroImage  cannot be an SVG: the hero is resized into a JPEG and WebP; use a PNG, JPEG, WebP or AVIF']],
	['articles/hero-from-root.mdx', [':6  heroImage  /content/articles/images/pixel.png must be relative to the article, like ./images/hero.png: the build would read a path from / elsewhere']],
	['articles/image-query.mdx', [':8:1  body  image ./images/pixel.png?raw must not hold ? or #: the build would read what follows as a query']],
	// A `.png` that links to a script would be loaded by the bundler as code, at build time.
	['articles/body-image-symlink-to-code.mdx', [':8:1  body  image ./images/chart.png is a link to content/articles/images/payload.mjs, which is not a PNG file']],
	['articles/body-svg-outside.mdx', [`:8:1  body  image ../../src/assets/leak.svg ${OUTSIDE}`]],
	// An SVG is served from the site's origin as it is: opened on its own, its script would run there.
	// Declared ISO-2022-JP, `<scr` ESC ( B `ipt>` is <script> to a browser and not to a UTF-8 scan.
	['articles/body-svg-iso-2022-jp.mdx', [":8:1  body  image is an SVG that can run script (text declared as ISO-2022-JP, not UTF-8): it would run on the site's own origin; remove it, or use a PNG or WebP"]],
	['articles/body-svg-script.mdx', [":8:1  body  image is an SVG that can run script (a <script> element): it would run on the site's own origin; remove it, or use a PNG or WebP"]],
	// Bodies the parsers would crash on, or take minutes to read.
	['articles/deep-nesting.mdx', [':6  body  nests tags, lists or quotes 80 levels deep, more than the 64 the build can read safely']],
	// Nesting hidden from a count of tags: a "<" in an attribute, backticks no code span joins, quotes written without spaces.
	['articles/nested-attribute-lt.mdx', [':6  body  nests tags, lists or quotes 300 levels deep, more than the 64 the build can read safely']],
	['articles/nested-code-span-gap.mdx', [':6  body  nests tags, lists or quotes 300 levels deep, more than the 64 the build can read safely']],
	['articles/nested-quote-markers.md', [':6  body  nests tags, lists or quotes 300 levels deep, more than the 64 the build can read safely']],
	// Astro renders a .md body trimmed: text after the closing --- becomes its first line, and is checked as one.
	['articles/md-trimmed-first-line.md', [':6:1  body  image ./images/chart.png is a link to content/articles/images/payload.mjs, which is not a PNG file']],
	// The bundler reads \ as /: the check would look at another file than the build.
	['articles/backslash-path.mdx', [':8:1  body  image images\\script.svg must separate folders with /, not \\: the build would read another file']],
	// A closing line Astro accepts and Sätteri does not: checked as the body the build compiles.
	['articles/closing-line-tab.mdx', [`:7:1  ${NO_IMPORT}`, `:9:1  body  <script> is not allowed in an article: ${NO_PLACE}`]],
	// Data that would crash or fool the tools.
	['articles/time-past-midnight.mdx', [':5  publish_date  must be a date like 2025-03-10 or an ISO date-time like 2025-03-10T09:00:00Z']],
	// GFM fills every row to the header's width: a few KB of one-letter lines would make a page of megabytes.
	['articles/table-bomb.md', [':6  body  has tables of 10,201 cells in all (columns × rows), more than the 10,000 a page may carry: split them']],
	['articles/impossible-date.mdx', [':6  updated_date  must be a date like 2025-03-10 or an ISO date-time like 2025-03-10T09:00:00Z']],
	['articles/deep-frontmatter.mdx', [':6  (frontmatter)  nests values more than 20 levels deep']],
	['domains/deep-nesting.yaml', [':1  (yaml)  nests values more than 20 levels deep']],
	['authors/alias-bomb.yaml', [':1  (yaml)  uses more than 100 aliases (*name): write the values out']],
	['authors/impostor.yaml', [':1  name  "david-jenkins" already names the author content/authors/david-jenkins.yaml: two authors must not share a name or id']],
	// A data file linked to the machine's environment (or a token) would print it in the errors, an article linked from elsewhere be published.
	['certs/environment.yaml', [':1  (file)  is a symbolic link, or inside one: content must be files of the repository itself']],
	// Astro keeps one of two files with one id, with a mere warning: this one would replace the real landing page.
	[
		'certs/aws-mla-c01.yml',
		[
			':1  (file name)  has the id of content/certs/aws-mla-c01.yaml, and so its URL: rename or remove one of them',
			':2  name  "aws certified machine learning engineer – associate" already names the cert content/certs/aws-mla-c01.yaml: two certs must not share a code, name or alias',
		],
	],
	// Search ranks a cert's landing page first for its code: a name or alias naming another cert's code would take its place.
	[
		'certs/alias-takeover.yaml',
		[
			':33  aliases.0  "mla-c01" already names the cert content/certs/aws-mla-c01.yaml: two certs must not share a code, name or alias',
			':2  name  names the code of the cert content/certs/aws-mla-c01.yaml: a name must name this cert alone',
			':34  aliases.1  names the code of the cert content/certs/aws-mla-c01.yaml: an alias must name this cert alone',
		],
	],
	// Nor with accents, which search ignores.
	[
		'certs/accent-takeover.yaml',
		[
			':10  aliases.0  "mla-c01" already names the cert content/certs/aws-mla-c01.yaml: two certs must not share a code, name or alias',
			':2  name  names the code of the cert content/certs/aws-mla-c01.yaml: a name must name this cert alone',
			':10  aliases.1  names the code of the cert content/certs/aws-mla-c01.yaml: an alias must name this cert alone',
		],
	],
	[
		'certs/duplicate-code.yaml',
		[
			':4  code  "mla-c01" already names the cert content/certs/aws-mla-c01.yaml: two certs must not share a code, name or alias',
			':29  aliases.0  "aif-c01" already names the cert content/certs/aws-aif-c01.yaml: two certs must not share a code, name or alias',
			':30  aliases.1  "ai practitioner" already names the cert content/certs/aws-aif-c01.yaml: two certs must not share a code, name or alias',
		],
	],
	['authors/avatar-javascript.yaml', [':3  avatar  must be an https:// URL or a site path starting with "/"']],
	['authors/avatar-backslash.yaml', [':3  avatar  must be an https:// URL or a site path starting with "/"']],
	['authors/link-backslash.yaml', [`:4  links.0.href  ${HREF_RULE}`]],
	['certs/official-page-javascript.yaml', [':31  official_page  must be an https:// URL']],
	// `%YAML 1.1` would make validate read `12:00` as 720 and the build read text.
	['certs/yaml-directive.yaml', [':1  (yaml)  starts with the directive %YAML: remove it; content files are read as YAML 1.2']],
];

describe('the hostile corpus', () => {
	let site: FixtureSite;
	const errorsByFile = new Map<string, string[]>();
	beforeAll(() => {
		// The fixture content with every hostile file beside it, and a file outside content/ for a hero to climb to.
		site = createFixtureSite('hostile', {
			overlays: ['content', 'hostile'],
			files: { 'src/assets/leak.png': 'not for publishing\n', 'src/assets/leak.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n' },
		});
		for (const issue of validateContent(site.root, 'restricted').issues) {
			if (issue.severity !== 'error') continue;
			const file = issue.file.replace(/^content\//, '');
			errorsByFile.set(file, [...(errorsByFile.get(file) ?? []), formatIssue(issue).slice(issue.file.length)]);
		}
	});

	it('has a case for every file of the corpus, over forty of them', () => {
		const folder = join(projectRoot, 'tests/fixtures/hostile');
		const files = readdirSync(folder, { recursive: true, withFileTypes: true })
			.filter((entry) => !entry.isDirectory() && !relative(folder, entry.parentPath).includes('images'))
			.map((entry) => relative(folder, join(entry.parentPath, entry.name)));
		expect(files.sort()).toEqual(CASES.map(([file]) => file).sort());
		expect(CASES.length).toBeGreaterThan(40);
	});

	it.each(CASES)('refuses %s with its file, line and what to do', (file, lines) => {
		expect(errorsByFile.get(file)).toEqual(lines);
	});

	it('refuses nothing else: the fixture content around the corpus stays valid', () => {
		expect([...errorsByFile.keys()].filter((file) => !CASES.some(([known]) => known === file))).toEqual([]);
	});

	it('stops the build before it writes anything, with the same lines', () => {
		const result = buildSite(site);
		expect(result.status).toBe(1);
		for (const [file, lines] of CASES) for (const line of lines) expect(result.output).toContain(`content/${file}${line}`);
		expect(listFiles(site.root).some((file) => file.startsWith('dist/') || file.startsWith('.dist-building'))).toBe(false);
		// Astro reads the content while the guard checks it: no body may have run meanwhile.
		expect(existsSync(join(site.root, 'HOSTILE-CODE-RAN'))).toBe(false);
	});
});

describe('text that only looks like markup, in every field an author writes', () => {
	let site: FixtureSite;
	let output: string;
	beforeAll(() => {
		site = createFixtureSite('hostile-text', { overlays: ['content', 'hostile-text'] });
		const result = buildSite(site);
		if (result.status !== 0) throw new Error(`the fixture site did not build:\n${result.output}`);
		output = result.output;
	});

	it('is shown as text: no script, handler or element of its own reaches the page', () => {
		const html = readPage(site, '/articles/hostile-text/');
		const root = parseHtml(html);
		expect(root.querySelector('title')?.textContent).toBe('</title><script>alert("title")</script> · certguides');
		// The page's own scripts only: JSON-LD data, the theme's and the search entry, loaded from a file.
		const inline = root.querySelectorAll('script').filter((script) => script.getAttribute('type') !== 'application/ld+json' && !script.getAttribute('src'));
		expect(inline.map((script) => script.textContent)).toEqual([THEME_SCRIPT]);
		// Inside attribute values (the description's meta tags) the text is inert: only elements count.
		expect(root.querySelectorAll('[onerror], [onmouseover], [onload], img[src="x"], b, svg:not([aria-hidden])')).toEqual([]);
	});

	it('keeps raw HTML that closes too often inside the article, as a browser parses the page', () => {
		type Node = DefaultTreeAdapterMap['node'];
		const find = (node: Node, test: (element: DefaultTreeAdapterMap['element']) => boolean): DefaultTreeAdapterMap['element'] | undefined => {
			if ('tagName' in node && test(node)) return node;
			for (const child of 'childNodes' in node ? node.childNodes : []) {
				const found = find(child, test);
				if (found) return found;
			}
			return undefined;
		};
		const link = find(parse(readPage(site, '/articles/hostile-text/')), (element) => element.attrs.some((attribute) => attribute.value === 'https://example.com/sign-in'));
		const classes: string[] = [];
		for (let node: Node | null | undefined = link; node && 'attrs' in node; node = node.parentNode) {
			classes.push(node.attrs.find((attribute) => attribute.name === 'class')?.value ?? '');
		}
		expect(classes.some((value) => value.split(' ').includes('prose'))).toBe(true);
	});

	it('keeps its exact text in JSON-LD, which cannot close its script element', () => {
		const root = parseHtml(readPage(site, '/articles/hostile-text/'));
		for (const script of root.querySelectorAll('script[type="application/ld+json"]')) expect(script.textContent).not.toContain('<');
		const [article] = root
			.querySelectorAll('script[type="application/ld+json"]')
			.map((script) => JSON.parse(script.textContent))
			.filter((data) => data['@type'] === 'Article');
		expect(article.headline).toBe('</title><script>alert("title")</script>');
		expect(article.description).toBe('"><img src=x onerror=alert("description")> </script><script>alert(1)</script>');
	});

	it('marks no page for search: the pages handed to the index are the ones it keeps', () => {
		// The marker's name in a title, a description and a tag shows on list pages, which have nothing to index.
		expect(readPage(site, '/tags/data-pagefind-body/')).toContain('Using data-pagefind-body to scope a search index');
		const { languages } = JSON.parse(readFileSync(join(site.dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		const indexed = Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
		expect(output).toContain(`indexed ${indexed} pages for search`);
	});

	it("keeps an article's own search record: markup in the head's attribute values forges no filter, metadata, sort or text", () => {
		// Browsers and Pagefind read `</head>` inside a quoted attribute as text; only a cut of the page by string search would not.
		const record = readSearchRecords(site.dist).find((candidate) => candidate.url === '/articles/search-record/');
		expect(record?.filters).toEqual({
			Certification: ['MLA-C01: AWS Certified Machine Learning Engineer – Associate'],
			Topic: ['Machine Learning', 'Cloud Architecture'],
			Type: ['Article'],
			Author: ['David Jenkins'],
		});
		expect(record?.meta.url).toBeUndefined();
		expect(record?.content).toContain('The body an index must find');
	});

	it('builds with a log an owner can read: no bundler warning repeated for every MDX article', () => {
		expect(output).toContain('page(s) built in');
		expect(output).not.toContain('MODULE_LEVEL_DIRECTIVE');
	});

	it('stays text in the feed, whose readers take a description for HTML', () => {
		const feed = readFileSync(join(site.dist, 'rss.xml'), 'utf8');
		expect(feed).toContain('<description>&amp;quot;&amp;gt;&amp;lt;img src=x onerror=alert(&amp;quot;description&amp;quot;)&amp;gt;');
		expect(feed).not.toMatch(/<description>[^<]*&lt;img/);
	});
});
