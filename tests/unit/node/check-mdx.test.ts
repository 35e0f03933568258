import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/content-issues.ts';
import { checkMdx } from '../../../src/node/validate-content.ts';

const check = (body: string, frontmatter = 'title: "Plain"') => checkMdx('content/articles/x.mdx', `---\n${frontmatter}\n---\n${body}`).map((issue) => formatIssue(issue));

describe('the MDX check', () => {
	it('passes plain Markdown, whatever its frontmatter holds', () => {
		expect(check('\n## A heading\n\nProse with *emphasis*, a [link](https://example.com) and a } brace.\n', 'title: "<b>{not a body}</b>"')).toEqual([]);
	});

	it('still finds what MDX adds: broken expressions, unimported components and import lines', () => {
		expect(check('\nText {a +}\n')).toEqual(['content/articles/x.mdx:5:10  body  is not valid MDX: Could not parse expression with oxc: Unexpected token']);
		expect(check('\n<Tip>x</Tip>\n')).toEqual(['content/articles/x.mdx:5:1  body  <Tip> is not imported: import it at the top of the file, or write \\<Tip> to show the text']);
		expect(check('import {a from "x"\n\nText.\n')).toHaveLength(1);
	});
});
