import { describe, expect, it } from 'vitest';
import { sanitizeHtmlFragment } from '../../../src/lib/sanitize-html.ts';

describe('sanitizeHtmlFragment keeps the allow-list and nothing else', () => {
	it.each([
		['an event handler', '<img src="/a.png" alt="a" onerror="alert(1)">', '<img src="/a.png" alt="a">'],
		['a script with its code', 'before<script>alert(1)</script>after', 'beforeafter'],
		['a script hiding a closing tag in a string', '<script>var s = "</scr" + "ipt><b>x</b>";</script>ok', 'ok'],
		['a style sheet', '<style>body { display: none }</style>', ''],
		['a frame', '<iframe src="https://evil.example"></iframe>', ''],
		['an SVG with a script inside', '<svg><script>alert(1)</script><circle r="1"/></svg>text', 'text'],
		['a javascript: link', '<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
		['a javascript: link hidden by an entity', '<a href="javascript&colon;alert(1)">x</a>', '<a>x</a>'],
		['a javascript: link hidden by a tab', '<a href="java\tscript:alert(1)">x</a>', '<a>x</a>'],
		['a protocol-relative link', '<a href="//evil.example">x</a>', '<a>x</a>'],
		['a backslash path', '<a href="/\\evil.example">x</a>', '<a>x</a>'],
		['a data: image', '<img src="data:image/svg+xml,<svg onload=alert(1)>">', '<img>'],
		['a style attribute', '<span style="position:fixed">x</span>', '<span>x</span>'],
		['a class attribute', '<div class="site-header">x</div>', '<div>x</div>'],
		['a form', '<form action="https://evil.example"><input name="password"></form>', ''],
		['a comment', 'a<!-- <script>alert(1)</script> -->b', 'ab'],
		['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', ''],
		['a base element', '<base href="https://evil.example/">', ''],
		['a tag named like an object key', '<constructor>x</constructor>', 'x'],
		['an unclosed script', 'x<script>alert(1)', 'x'],
		['a text area swallowing markup', '<textarea><img src=x onerror=alert(1)></textarea>ok', 'ok'],
	])('removes %s', (_, html, expected) => {
		expect(sanitizeHtmlFragment(html)).toBe(expected);
	});

	it.each([
		['an allowed element with allowed attributes', '<abbr title="Amazon Web Services">AWS</abbr>'],
		['a safe link', '<a href="https://docs.aws.amazon.com/" title="AWS docs">docs</a>'],
		['a site path and a mailto link', '<a href="/certifications/">certs</a> <a href="mailto:team@example.com">mail</a>'],
		['a table cell span', '<td colspan="2">x</td>'],
		['an opening tag alone, as Markdown hands it over', '<kbd>'],
		['a closing tag alone', '</kbd>'],
		['escaped text', 'a &lt; b &amp;&amp; c &gt; d'],
	])('keeps %s', (_, html) => {
		expect(sanitizeHtmlFragment(html)).toBe(html);
	});

	it('re-escapes what the tokenizer decoded, so text cannot become markup', () => {
		expect(sanitizeHtmlFragment('<b title="x">&lt;script&gt;</b>')).toBe('<b>&lt;script&gt;</b>');
		expect(sanitizeHtmlFragment('<abbr title="&quot; onmouseover=&quot;alert(1)">x</abbr>')).toBe('<abbr title="&quot; onmouseover=&quot;alert(1)">x</abbr>');
	});
});
