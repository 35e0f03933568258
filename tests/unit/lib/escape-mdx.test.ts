import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { escapeForMdx } from '../../../src/lib/escape-mdx.ts';

/** What a reader sees of a Markdown text: its HTML with tags removed. */
const visibleText = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();

describe('escapeForMdx', () => {
	const hostile = [
		'Use {curly braces} and a <placeholder> in text, and a < b > c.',
		'Generic types like Map<string, number> and Array<T>.',
		'A closing } alone, and {{double}} braces.',
	];

	it.each(hostile)('keeps %j as the text the author meant, and compiles as MDX', (line) => {
		const escaped = escapeForMdx(line);
		expect(() => mdxToJs(escaped)).not.toThrow();
		expect(visibleText(markdownToHtml(escaped).html)).toBe(line);
	});

	it('shows that the unescaped text would not compile', () => {
		for (const line of hostile.slice(0, 2)) expect(() => mdxToJs(line)).toThrow();
	});

	it('turns HTML comments into MDX comments, which stay hidden', () => {
		expect(escapeForMdx('Before <!-- editor note: {todo} --> after')).toBe('Before {/* editor note: {todo} */} after');
		expect(escapeForMdx('<!--\nmulti\nline\n-->')).toBe('{/*\nmulti\nline\n*/}');
		expect(() => mdxToJs(escapeForMdx('a <!-- x */ y --> b'))).not.toThrow();
	});

	it('leaves code spans and fenced code alone', () => {
		const markdown = 'Run `f({a: 1})` or `<T>`.\n\n```ts\nconst x = {y: "<z>"};\n```\n\n~~~\n{not: escaped}\n~~~';
		expect(escapeForMdx(markdown)).toBe(markdown);
	});

	it('keeps real HTML, closing void elements, and makes autolinks links', () => {
		expect(escapeForMdx('<strong>bold</strong> line<br>break <img src="/a.png" alt="A">')).toBe(
			'<strong>bold</strong> line<br />break <img src="/a.png" alt="A" />',
		);
		expect(escapeForMdx('See <https://example.com/x>.')).toBe('See [https://example.com/x](https://example.com/x).');
	});
});
