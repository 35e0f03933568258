import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/content-issues.ts';
import type { LoadedContent } from '../../../src/node/load-content.ts';
import { recheckPath, validateContent } from '../../../src/node/validate-content.ts';
import { createFixtureSite, type FixtureSite } from '../../helpers/fixture-site.ts';
import { toFrontmatter, validArticle } from '../../helpers/content.ts';

describe('re-checking one saved file', () => {
	let site: FixtureSite;
	let content: LoadedContent;
	const path = (file: string) => join(site.root, file);
	const recheck = (file: string) => recheckPath(content, site.root, path(file), 'restricted').map((issue) => formatIssue(issue));
	beforeEach(() => {
		site = createFixtureSite('recheck');
		content = validateContent(site.root, 'restricted');
	});

	it('reports a new problem in a saved article, and its fix', () => {
		writeFileSync(path('content/articles/new.mdx'), toFrontmatter({ ...validArticle, certs: ['aws-mla-c1'] }));
		expect(recheck('content/articles/new.mdx')).toEqual(['content/articles/new.mdx:6  certs.0  unknown cert "aws-mla-c1"; did you mean "aws-mla-c01"?']);
		writeFileSync(path('content/articles/new.mdx'), toFrontmatter({ ...validArticle, certs: ['aws-mla-c01'] }, '\nA <Tip>x</Tip>\n'));
		expect(recheck('content/articles/new.mdx')).toEqual([
			'content/articles/new.mdx:9:3  body  <Tip> is not one of the site’s components (<ExamTip>, <KeyFacts>, <ExamDomain>, <DomainWeights>); write \\<Tip> to show the text (contentTrust: restricted)',
		]);
		expect(content.articles.filter((article) => article.id === 'new')).toHaveLength(1);
	});

	it('shows what deleting a cert breaks in the articles that use it', () => {
		rmSync(path('content/certs/aws-mla-c01.yaml'));
		const issues = recheck('content/certs/aws-mla-c01.yaml');
		expect(issues).toContainEqual(expect.stringMatching(/^content\/articles\/mastering-.*\.mdx:11  certs\.0  unknown cert "aws-mla-c01"/));
		expect(issues.filter((issue) => issue.includes('exam_domains'))).toEqual([]);
		expect(issues).toContainEqual(expect.stringMatching(/^content\/certs\/aws-mls-c01\.yaml:\d+  successor  unknown cert "aws-mla-c01"/));
	});

	it('ignores files outside the collections', () => {
		expect(recheck('src/pages/index.astro')).toEqual([]);
	});
});
