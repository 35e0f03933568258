import { describe, expect, it } from 'vitest';
import { checkBodyLimits, checkTreeDepth, countTableCells, measureNesting } from '../../../src/lib/body-limits.ts';
import { findSvgScript } from '../../../src/lib/image-type.ts';

describe('bodies the parsers cannot read safely', () => {
	it.each([
		['tags nested a thousand deep', '<b>'.repeat(1000) + 'x' + '</b>'.repeat(1000)],
		['closing tags hidden in code spans', '<b>`</b>`'.repeat(1000) + '</b>'.repeat(1000)],
		['closing tags hidden in MDX comments', '<b>{/* </b> */}'.repeat(1000) + '</b>'.repeat(1000)],
		['closing tags hidden in HTML comments', '<b><!-- </b> -->'.repeat(1000)],
		['list markers on one line', `${'- '.repeat(300)}x`],
		['quotes and lists', '> - '.repeat(300)],
		['a list indented deeper on every line', Array.from({ length: 300 }, (_, level) => `${'  '.repeat(level)}- x`).join('\n')],
		['JSX in braces, which the MDX parser reads in exponential time', '{<b>'.repeat(30)],
		['braces around unknown elements', '{<_a>'.repeat(50)],
		['tags whose attributes hold a "<"', '<abbr title="<">'.repeat(1000) + 'x' + '</abbr>'.repeat(1000)],
		['tags whose attribute quote never closes', '<abbr title="x>'.repeat(100)],
		['tags between backticks a blank line apart, which no code span joins', '`\n\n' + '<b>'.repeat(1000) + 'x' + '</b>'.repeat(1000) + '\n\n`'],
		['quote markers without spaces', `${'>'.repeat(1000)} deep`],
	])('are refused: %s', (_, body) => {
		expect(checkBodyLimits(body)).toMatch(/^nests /);
	});

	it('are refused with tables that fill out to more cells than a page may carry, in quotes, lists or CRLF files too', () => {
		const header = `| ${Array.from({ length: 101 }, (_, column) => `c${column}`).join(' | ')} |\n|${' --- |'.repeat(101)}`;
		const rows = 'x\n'.repeat(100);
		expect(checkBodyLimits(`${header}\n${rows}`)).toBe('has tables of 10,201 cells in all (columns × rows), more than the 10,000 a page may carry: split them');
		expect(countTableCells(`${header}\n${rows}`.replaceAll('\n', '\r\n'))).toBe(10_201);
		expect(countTableCells(`${header}\n${rows}`.replace(/^/gm, '> '))).toBe(10_201);
		expect(countTableCells(`- ${header.replace('\n', '\n  ')}\n${rows.replace(/^/gm, '  ')}`)).toBe(10_201);
		// Tables add up: the blank line between two ends the first.
		expect(countTableCells('| a | b |\n| - | - |\n| 1 | 2 |\n\n| a |\n| - |\n| 1 |\n| 2 |')).toBe(7);
		// A table in a code block is text, and a lone --- line is a rule.
		expect(countTableCells(`\`\`\`\n${header}\n${rows}\`\`\`\n\ntitle\n---\ntext`)).toBe(0);
	});

	it('are refused with more footnote references than a page may carry, each of which adds a link back', () => {
		expect(checkBodyLimits(`x${'[^a]'.repeat(1001)}\n\n[^a]: note\n`)).toBe('refers to footnotes 1,001 times, more than the 1,000 a page may carry');
		expect(checkBodyLimits(`x${'[^a]'.repeat(10)}\n\n[^a]: note\n`)).toBeUndefined();
	});

	it('are refused by the depth of their parsed tree, measured without recursion, for what the text’s count missed', () => {
		const nest = (depth: number) => {
			const root: { children: unknown[] } = { children: [] };
			let node = root;
			for (let level = 0; level < depth; level++) {
				const child = { children: [] };
				node.children.push(child);
				node = child;
			}
			return root;
		};
		expect(checkTreeDepth(nest(128))).toBeUndefined();
		expect(checkTreeDepth(nest(129))).toBe('nests tags, lists or quotes more than 128 levels deep, deeper than the build can read safely');
		// Deeper than a recursive walk's stack.
		expect(checkTreeDepth(nest(200_000))).toBe(checkTreeDepth(nest(129)));
	});

	it('leave real articles alone: siblings, void elements, code, and escaped braces do not nest', () => {
		const article = ['<kbd>Ctrl</kbd> '.repeat(200), '<br>'.repeat(200), '```\n' + '<div>'.repeat(200) + '\n```', '\\{'.repeat(100), '- a\n  - b\n    - c'].join('\n\n');
		expect(checkBodyLimits(article)).toBeUndefined();
		expect(measureNesting('<details><summary>x</summary><b>y</b></details>')).toEqual({ depth: 2, braces: 0 });
		// Components that close themselves, with quoted values or expressions holding "/" or ">", and inline code with markup in it.
		expect(measureNesting('<ExamTip title="a/b > c" />\n'.repeat(100) + '<KeyFacts cert={"x"} />\n'.repeat(100) + '`<div>` '.repeat(100))).toEqual({ depth: 0, braces: 1 });
	});
});

describe('SVGs that could run script on the site’s origin', () => {
	const svg = (text: string) => new TextEncoder().encode(text);
	it.each([
		['a namespaced script', '<svg xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></svg>', 'a <script> element'],
		['an XHTML script', '<svg><h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></svg>', 'a <script> element'],
		['a meta refresh', '<svg><h:meta http-equiv="refresh" content="0;url=https://evil.example"/></svg>', 'a <meta> element'],
		['a DTD adding onload', '<!DOCTYPE svg [ <!ATTLIST svg onload CDATA "alert(1)"> ]><svg/>', 'a DTD'],
		['an @import', '<svg><style>@import url(https://evil.example/x.css);</style></svg>', 'a style sheet that loads from elsewhere'],
		['an @import and a url() written with CSS escapes', '<svg><style>@\\69mport "http://evil.example/x.css"; rect{fill:\\75 rl(http://evil.example/t.svg#p)}</style></svg>', 'a style sheet that loads from elsewhere'],
		['a url() alone written with CSS escapes', '<svg><style>rect{fill:\\75 rl(//evil.example/t.svg#p)}</style></svg>', 'a style sheet that loads from elsewhere'],
		['an XHTML form', '<svg><h:form xmlns:h="http://www.w3.org/1999/xhtml" action="https://evil.example/"/></svg>', 'a <form> element'],
		['a javascript: URL split by a character reference', '<svg><a href="java&#x0A;script:alert(1)">x</a></svg>', 'a script or data URL'],
		['a reference past Unicode', '<svg>&#x110000;<script/></svg>', 'a <script> element'],
		['a script under a non-ASCII prefix', '<svg xmlns:é="http://www.w3.org/2000/svg"><é:script>alert(1)</é:script></svg>', 'a <script> element'],
		['an XSLT transform', '<svg xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xsl:version="1.0"><xsl:element name="{concat(\'scr\',\'ipt\')}">alert(1)</xsl:element></svg>', 'an XSLT or style sheet instruction'],
		['a style sheet instruction', '<?xml-stylesheet type="text/xsl" href="/_astro/sheet.svg"?><svg/>', 'an XSLT or style sheet instruction'],
	])('are refused: %s', (_, text, found) => {
		expect(findSvgScript(svg(text))).toBe(found);
	});

	it('are refused when not UTF-8, where a byte scan could miss markup', () => {
		expect(findSvgScript(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]))).toBe('text that is not UTF-8');
		expect(findSvgScript(new Uint8Array([0x3c, 0x73, 0x76, 0x67, 0xc3, 0x28, 0x3e]))).toBe('text that is not UTF-8');
		// ESC ( B is nothing in ISO-2022-JP: a browser honouring the declaration reads <script>.
		const escaped = '<scr\u001b(Bipt>alert(1)</scr\u001b(Bipt>';
		expect(findSvgScript(svg(`<?xml version="1.0" encoding="ISO-2022-JP"?><svg>${escaped}</svg>`))).toBe('text declared as ISO-2022-JP, not UTF-8');
		expect(findSvgScript(svg(`<?xml version="1.0" encoding='utf-8'?><svg>${escaped}</svg>`))).toBe('a control character');
	});

	it('leave a plain diagram alone, styles, links and embedded rasters included', () => {
		expect(findSvgScript(svg('<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg"><style>.a{fill:red}</style><a href="https://aws.amazon.com/"><rect class="a"/></a><image href="data:image/png;base64,AAAA"/></svg>'))).toBeUndefined();
	});
});
