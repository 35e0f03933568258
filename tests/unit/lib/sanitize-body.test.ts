import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { compile } from '@mdx-js/mdx';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { createSatteriBodySanitizer, rehypeSanitizeBody, sanitizeJsxElement } from '../../../src/lib/sanitize-body.ts';

// Bodies that `validate` refuses in the restricted mode: the sanitizer is what stands if one slips past it.
const hostileMarkdown = [
	'Press <kbd onclick="steal()">Ctrl</kbd> and <img src="x" onerror="alert(1)">.',
	'<script>alert(document.cookie)</script>',
	'<iframe src="https://evil.example/"></iframe>',
	'[click](javascript:alert(1)) ![pixel](javascript:alert(2)) [docs](https://docs.aws.amazon.com/)',
	'<a href="/\\evil.example/phish">phish</a>',
].join('\n\n');

const hostileMdx = [
	"import secrets from '/etc/passwd?raw'",
	'export const leak = process.env',
	'{secrets}',
	'<div onClick={() => fetch("https://evil.example")} title="t">kept text <Tip tone="warn" level={1}>a tip</Tip> <Evil /></div>',
	'<a href="javascript:alert(1)">x</a>',
].join('\n\n');

const COMPONENTS = { Tip: ['tone'] };

function expectNoScript(output: string) {
	for (const pattern of [/<script/i, /onerror|onclick/i, /javascript:/i, /<iframe/i, /evil\.example/, /process\.env/, /passwd/]) {
		expect(output).not.toMatch(pattern);
	}
}

describe('Markdown bodies', () => {
	it('under Sätteri keep their text and safe links and lose script, frames and unsafe URLs', async () => {
		const { mdastPlugin, hastPlugin } = createSatteriBodySanitizer(COMPONENTS);
		const { html } = await markdownToHtml(hostileMarkdown, { mdastPlugins: [mdastPlugin], hastPlugins: [hastPlugin], features: { rawHtml: true } });
		expectNoScript(html);
		expect(html).toContain('Press <kbd>Ctrl</kbd> and <img src="x">.');
		expect(html).toContain('<a href="https://docs.aws.amazon.com/">docs</a>');
		expect(html).toContain('<a>phish</a>');
	});

	it('under unified (remark-rehype, then rehype-raw) give the same', async () => {
		const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeSanitizeBody(COMPONENTS)] });
		const { code } = await processor.render(hostileMarkdown);
		expectNoScript(code);
		expect(code).toContain('Press <kbd>Ctrl</kbd> and <img src="x">.');
		expect(code).toContain('<a href="https://docs.aws.amazon.com/">docs</a>');
	});
});

describe('MDX bodies', () => {
	it('under Sätteri compile to no import, export or expression, and keep registered components', async () => {
		const { mdastPlugin, hastPlugin } = createSatteriBodySanitizer(COMPONENTS);
		const { code } = await mdxToJs(hostileMdx, { mdastPlugins: [mdastPlugin], hastPlugins: [hastPlugin], features: { rawHtml: true } });
		expectNoScript(code);
		expect(code).not.toMatch(/fetch|onClick|leak/);
		expect(code).toContain('"kept text "');
		expect(code).toMatch(/_jsx\(Tip, \{\s*tone: "warn",\s*children: "a tip"/);
		expect(code).not.toContain('Evil');
	});

	it('under unified (@mdx-js/mdx) give the same', async () => {
		const code = String(await compile(hostileMdx, { rehypePlugins: [rehypeSanitizeBody(COMPONENTS)] }));
		expectNoScript(code);
		expect(code).not.toMatch(/fetch|onClick|leak/);
		expect(code).toContain('"kept text "');
		expect(code).toMatch(/_jsx\(Tip, \{\s*tone: "warn",\s*children: "a tip"/);
		expect(code).not.toContain('Evil');
	});
});

it('decides each JSX element by the allow-list and the registered components', () => {
	const text = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });
	const expression = { type: 'mdxJsxExpressionAttribute', value: '...props' };
	expect(sanitizeJsxElement('abbr', [text('title', 'x'), text('onclick', 'y'), expression], COMPONENTS)).toEqual([text('title', 'x')]);
	expect(sanitizeJsxElement('Tip', [text('tone', 'warn'), expression], COMPONENTS)).toEqual([text('tone', 'warn')]);
	expect(sanitizeJsxElement('script', [], COMPONENTS)).toBeUndefined();
	expect(sanitizeJsxElement('Evil', [], COMPONENTS)).toBeUndefined();
	expect(sanitizeJsxElement(null, [], COMPONENTS)).toBeUndefined();
});
