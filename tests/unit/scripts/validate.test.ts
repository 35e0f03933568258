import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatGithubAnnotation } from '../../../src/lib/content-issues.ts';
import { createFixtureSite, type FixtureSite, projectRoot, runScript } from '../../helpers/fixture-site.ts';

describe('npm run validate', () => {
	let valid: FixtureSite;
	let invalid: FixtureSite;
	beforeAll(() => {
		valid = createFixtureSite('validate-valid');
		invalid = createFixtureSite('validate-invalid', { overlays: ['content', 'invalid'] });
	});

	it('passes the valid fixtures, showing only warnings', () => {
		const result = runScript(valid, 'validate');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^\d+ files checked: 0 errors, \d+ warnings$/m);
		expect(result.stdout.trim().split('\n').at(-1)).toBe('4 articles published; 1 draft left out (draft-article); 1 scheduled (scheduled-article on 2999-01-01)');
	});

	it('reports every problem as file:line  field  message, then a summary, and exits 1', () => {
		const result = runScript(invalid, 'validate');
		expect(result.status).toBe(1);
		const ours = result.stdout.split('\n').filter((line) => !line.startsWith('content/articles/mastering-') && !line.startsWith('content/articles/data-preparation'));
		expect(ours.join('\n')).toMatchInlineSnapshot(`
			"content/articles/Bad_Slug.mdx:1  (file name)  is the id in URLs: use lower-case letters, digits and hyphens, like "exam-tips"
			content/articles/Bad_Slug.mdx:6  heroImage  no image at ./missing-hero.png (paths are relative to the article)
			content/articles/bad-values.md:2  title  must not be empty
			content/articles/bad-values.md:5  publish_date  must be a date like 2025-03-10 or an ISO date-time like 2025-03-10T09:00:00Z
			content/articles/bad-values.md:6  read_time  must be a number of minutes like "8 mins" or 8
			content/articles/bad-values.md:9  cta.href  must be an https://, http:// or mailto: link, or a site path starting with "/"
			content/articles/bad-values.md:11  type  must be one of "article", "guide", not string "tutorial"
			content/articles/broken-mdx.mdx:10:6  body  is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`
			content/articles/broken-yaml.mdx:4  (frontmatter)  is not valid YAML: can not read a block mapping entry; a multiline key may not be an implicit key
			content/articles/unclosed-tag.mdx:8:9  body  is not valid MDX: Expected a closing tag for \`<your-bucket>\` before the end of \`paragraph\`; if <your-bucket> is text, write \\<your-bucket>
			content/articles/unknown-components.mdx:8:1  body  import and export are not allowed in an article: the site’s components need no import (contentTrust: restricted)
			content/articles/unknown-components.mdx:10:1  body  <Chart> is not one of the site’s components (<ExamTip>, <KeyFacts>, <ExamDomain>, <DomainWeights>); write \\<Chart> to show the text (contentTrust: restricted)
			content/articles/unknown-components.mdx:12:1  body  <Tip> is not one of the site’s components (<ExamTip>, <KeyFacts>, <ExamDomain>, <DomainWeights>); write \\<Tip> to show the text (contentTrust: restricted)
			content/articles/unknown-components.mdx:14:13  body  <placeholder> is not allowed in an article: use Markdown, or HTML from the allow-list (README, Security) (contentTrust: restricted)
			content/articles/unknown-components.mdx:14:51  body  <svg> is not allowed in an article: use Markdown, or HTML from the allow-list (README, Security) (contentTrust: restricted)
			content/articles/unknown-components.mdx:14:74  body  <path> is not allowed in an article: use Markdown, or HTML from the allow-list (README, Security) (contentTrust: restricted)
			content/articles/unknown-field.mdx:6  heroImg  unknown field; did you mean "heroImage"?
			content/articles/unknown-references.mdx:4  author  unknown author "Davd Jenkins" (known: ada-example "Ada Example", david-jenkins "David Jenkins"); did you mean "David Jenkins"?
			content/articles/unknown-references.mdx:6  certs.0  unknown cert "aws-mla-c1"; did you mean "aws-mla-c01"?
			content/articles/unknown-references.mdx:7  exam_domains.0  "data-prep" is not an exam domain of aws-mla-c01 (known: data-preparation, model-development, deployment-orchestration, monitoring-maintenance-security)
			content/articles/unknown-references.mdx:8  domains.0  unknown domain "machine-learnin"; did you mean "machine-learning"?
			26 files checked: 21 errors, 3 warnings
			"
		`);
	});

	it('prints the same issues as GitHub annotations for a pull request’s diff, escaped as GitHub reads them', () => {
		const result = runScript(invalid, 'validate', ['--format', 'github']);
		expect(result.status).toBe(1);
		const lines = result.stdout.trim().split('\n');
		expect(lines).toContain('::error file=content/articles/unknown-field.mdx,line=6,title=heroImg::unknown field; did you mean "heroImage"?');
		expect(lines).toContain('::error file=content/articles/broken-mdx.mdx,line=10,col=6,title=body::is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{`');
		expect(lines.filter((line) => line.startsWith('::warning ')).length).toBe(3);
		expect(lines.at(-1)).toBe('26 files checked: 21 errors, 3 warnings');
		expect(formatGithubAnnotation({ file: 'a,b:c.md', line: 2, field: 'x', message: '100%\nsure', severity: 'error' })).toBe('::error file=a%2Cb%3Ac.md,line=2,title=x::100%25%0Asure');
	});

	it('with --staged reports only on the content files git has staged, as the pre-commit hook runs it', () => {
		const site = createFixtureSite('validate-staged', { overlays: ['content', 'invalid'] });
		const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { cwd: site.root, encoding: 'utf8' });
		git('init', '-q');
		git('add', 'content/articles/unknown-field.mdx', 'content/articles/gfm-corpus.md');
		const result = runScript(site, 'validate', ['--staged']);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('content/articles/unknown-field.mdx:6  heroImg  unknown field; did you mean "heroImage"?\n2 files checked: 1 error, 0 warnings\n');
		git('reset', '-q');
		git('add', 'content/articles/gfm-corpus.md');
		expect(runScript(site, 'validate', ['--staged']).status).toBe(0);
		// A change beside the staged one: the working tree is not what would be committed.
		appendFileSync(join(site.root, 'content/articles/gfm-corpus.md'), '\nMore text, not staged.\n');
		expect(runScript(site, 'validate', ['--staged']).stdout).toContain(
			'content/articles/gfm-corpus.md  (git)  has changes that are not staged, so the check cannot see what you commit: git add them, or stash them, and commit again',
		);
		expect(readFileSync(join(projectRoot, '.githooks/pre-commit'), 'utf8')).toContain('\nexec npm run --silent validate -- --staged\n');
	});

	it('lists the problems of a body even when its frontmatter has one of its own', () => {
		const site = createFixtureSite('validate-both', {
			files: {
				'content/articles/both.mdx': "---\ntitle: 'Both'\ndescription: 'Frontmatter and body both wrong.'\nauthor: david-jenkins\npublish_date: 2025-01-01\nheroImg: x.png\n---\n\n<ExamTip titel=\"x\">Read twice.</ExamTip>\n",
			},
		});
		const lines = runScript(site, 'validate').stdout.split('\n').filter((line) => line.startsWith('content/articles/both.mdx'));
		expect(lines).toEqual([
			'content/articles/both.mdx:6  heroImg  unknown field; did you mean "heroImage"?',
			'content/articles/both.mdx:9:1  body  <ExamTip titel> is not a prop of <ExamTip>: it takes title; did you mean "title"? (contentTrust: restricted)',
		]);
	});

	it('with --staged counts a staged deletion of a cert, which breaks the articles that name it', () => {
		const site = createFixtureSite('validate-staged-deletion');
		const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { cwd: site.root, encoding: 'utf8' });
		git('init', '-q');
		git('add', 'content');
		git('commit', '-qm', 'content');
		expect(runScript(site, 'validate', ['--staged']).status).toBe(0);
		git('rm', '-q', 'content/certs/aws-mla-c01.yaml');
		const result = runScript(site, 'validate', ['--staged']);
		expect(result.status).toBe(1);
		expect(result.stdout).toMatch(/^content\/articles\/data-preparation-guide\.mdx:\d+ {2}certs\.0 {2}unknown cert "aws-mla-c01"/m);
	});

	it('prints the same issues as JSON for machines', () => {
		const result = runScript(invalid, 'validate', ['--json']);
		expect(result.status).toBe(1);
		const issues = JSON.parse(result.stdout) as Record<string, unknown>[];
		expect(issues).toContainEqual({
			file: 'content/articles/unknown-field.mdx',
			line: 6,
			field: 'heroImg',
			message: 'unknown field; did you mean "heroImage"?',
			severity: 'error',
		});
		expect(issues.every((issue) => ['file', 'line', 'field', 'message', 'severity'].every((key) => key in issue) || issue.line === undefined)).toBe(true);
	});
});
