import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/content-issues.ts';
import { checkBody } from '../../../src/node/validate-content.ts';

const certs = new Map([['aws-mla-c01', { code: 'MLA-C01', examDomains: ['data-preparation', 'model-development'] }]]);

/** The lines an author sees for a body using the site's components, in either trust mode, from the file's line 5. */
const check = (body: string, trust: 'restricted' | 'trusted' = 'restricted') =>
	checkBody('content/articles/x.mdx', `---\ntitle: "Components"\n---\n\n${body}\n`, trust, certs).map((issue) => formatIssue(issue));

describe('the site’s components in an article body', () => {
	it('are used without an import, in either trust mode', () => {
		const body = '<ExamTip>Read twice.</ExamTip>\n\n<KeyFacts title="Services">\n- S3\n</KeyFacts>\n\n<ExamDomain cert="aws-mla-c01" domain="data-preparation" />\n\n<DomainWeights cert="aws-mla-c01" />';
		expect(check(body)).toEqual([]);
		expect(check(body, 'trusted')).toEqual([]);
	});

	it('refuse a prop they do not take, with the props they do and a likely spelling', () => {
		expect(check('<ExamTip titel="Careful">Text.</ExamTip>')).toMatchInlineSnapshot(`
			[
			  "content/articles/x.mdx:5:1  body  <ExamTip titel> is not a prop of <ExamTip>: it takes title; did you mean "title"? (contentTrust: restricted)",
			]
		`);
		expect(check('<KeyFacts colour="red" />', 'trusted')).toMatchInlineSnapshot(`
			[
			  "content/articles/x.mdx:5:1  body  <KeyFacts colour> is not a prop of <KeyFacts>: it takes title",
			]
		`);
	});

	it('refuse a missing, empty or malformed prop', () => {
		expect(check('<ExamDomain cert="aws-mla-c01" />')).toMatchInlineSnapshot(`
			[
			  "content/articles/x.mdx:5:1  body  <ExamDomain> needs domain="…" (contentTrust: restricted)",
			]
		`);
		expect(check('Text <ExamTip title>x</ExamTip>')).toMatchInlineSnapshot(`
			[
			  "content/articles/x.mdx:5:6  body  <ExamTip title> needs a value: write title="…" (contentTrust: restricted)",
			]
		`);
		expect(check('<KeyFacts title="   ">x</KeyFacts>')).toMatchInlineSnapshot(`
			[
			  "content/articles/x.mdx:5:1  body  <KeyFacts title="   "> must not be blank (contentTrust: restricted)",
			]
		`);
		expect(check('<DomainWeights cert="AWS MLA" />')).toMatchInlineSnapshot(`
			[
			  "content/articles/x.mdx:5:1  body  <DomainWeights cert="AWS MLA"> must be lower-case letters, digits and hyphens, like "aws-mla-c01" (contentTrust: restricted)",
			]
		`);
	});

	it('refuse a cert or an exam domain that does not exist, naming what does', () => {
		expect(check('<DomainWeights cert="aws-mla-c02" />')).toMatchInlineSnapshot(`
			[
			  "content/articles/x.mdx:5:1  body  <DomainWeights cert="aws-mla-c02"> names no cert; did you mean "aws-mla-c01"? (contentTrust: restricted)",
			]
		`);
		expect(check('<ExamDomain cert="aws-mla-c01" domain="data-prep" />', 'trusted')).toMatchInlineSnapshot(`
			[
			  "content/articles/x.mdx:5:1  body  <ExamDomain domain="data-prep"> is not an exam domain of MLA-C01: it has data-preparation, model-development",
			]
		`);
	});

	it('in restricted mode take no prop written as an expression', () => {
		expect(check('<ExamTip title={process.env.SECRET}>x</ExamTip>')).toMatchInlineSnapshot(`
			[
			  "content/articles/x.mdx:5:1  body  <ExamTip> has an attribute written as an expression: attribute values must be plain text in quotes (contentTrust: restricted)",
			]
		`);
	});
});
