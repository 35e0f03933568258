import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFixtureSite, projectRoot, run, runScript } from '../../helpers/fixture-site.ts';

/** Git without this machine's own settings: the tests decide what user.name is. */
const NO_GIT_CONFIG = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const newArticle = (site: ReturnType<typeof createFixtureSite>, args: string[]) => run(site, [join(projectRoot, 'scripts/new.ts'), ...args], NO_GIT_CONFIG);

describe('the commands\' arguments', () => {
	it('answer a mistyped option or --help with the usage, never a stack trace', () => {
		const site = createFixtureSite('command-line');
		for (const script of ['new', 'validate', 'import', 'report']) {
			const result = runScript(site, script, ['--frobnicate']);
			expect(result.status, script).toBe(2);
			expect(result.stderr, script).toMatch(new RegExp(`^unknown option --frobnicate\\nusage: npm run ${script}`));
			expect(result.stderr, script).not.toMatch(/\n\s+at /);
			const help = runScript(site, script, ['--help']);
			expect(help.status, script).toBe(0);
			expect(help.stdout, script).toMatch(new RegExp(`^usage: npm run ${script}`));
		}
		expect(runScript(site, 'validate', ['content/articles/x.mdx']).stderr).toMatch(/^Unexpected argument 'content\/articles\/x\.mdx'/);
		// What the options' parser cannot see is answered the same way: the problem, then the usage.
		for (const [script, args, problem] of [
			['new', [], 'give the title of the article'],
			['new', ['Feature', 'stores', 'explained'], 'give the title as one argument, in quotes: "Feature stores explained"'],
			['validate', ['--format', 'xml'], '--format must be text, json or github, not "xml"'],
			['import', [], 'name the legacy files to import'],
		] as const) {
			const result = runScript(site, script, [...args]);
			expect(result.status, problem).toBe(2);
			expect(result.stderr, problem).toMatch(new RegExp(`^${problem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\nusage: npm run ${script}`));
		}
	});
});

describe('npm run new', () => {
	it('writes a draft with valid frontmatter and an outline from the exam domain, and says where to preview it', () => {
		const site = createFixtureSite('new-domain');
		const result = newArticle(site, ['Data prep: S3 & Glue', '--cert', 'aws-mla-c01', '--exam-domain', 'data-preparation', '--type', 'guide', '--author', 'David Jenkins']);
		expect(result.status).toBe(0);
		expect(result.stdout).toBe('Wrote content/articles/data-prep-s3-glue.mdx (a draft).\nPreview it: npm run dev, then open http://localhost:4321/articles/data-prep-s3-glue/\n');
		const text = readFileSync(join(site.root, 'content/articles/data-prep-s3-glue.mdx'), 'utf8');
		const today = new Date().toISOString().slice(0, 10);
		expect(text.split('---\n')[1]).toBe(
			`title: "Data prep: S3 & Glue"\ndescription: "One or two sentences on what the reader will know after reading: shown on cards and in search results."\nauthor: david-jenkins\npublish_date: ${today}\ncerts: [aws-mla-c01]\nexam_domains: [data-preparation]\ntags: []\ntype: guide\ndraft: true\n`,
		);
		expect(text).toContain('<ExamDomain cert="aws-mla-c01" domain="data-preparation" />\n\n## What MLA-C01 asks about Data Preparation for Machine Learning (ML)\n\nThis domain is 28% of the exam.');
		const validate = runScript(site, 'validate');
		expect(validate.status).toBe(0);
		expect(validate.stdout).toContain('2 drafts left out (data-prep-s3-glue, draft-article)');
		// The scaffold's sentences are to be replaced: a warning in a draft, an error once it would publish.
		const placeholders = (output: string) => output.split('\n').filter((line) => line.includes("npm run new's placeholder"));
		expect(placeholders(validate.stdout)).toEqual([
			"content/articles/data-prep-s3-glue.mdx:3  description  warning: is still npm run new's placeholder: say what the reader will know after reading",
			'content/articles/data-prep-s3-glue.mdx:17  body  warning: still holds npm run new\'s placeholder "Summarise what it covers.": write your own text',
			'content/articles/data-prep-s3-glue.mdx:23  body  warning: still holds npm run new\'s placeholder "A service or concept, and when the exam expects it": write your own text',
			'content/articles/data-prep-s3-glue.mdx:30  body  warning: still holds npm run new\'s placeholder "One thing the exam asks that readers often miss.": write your own text',
		]);
		writeFileSync(join(site.root, 'content/articles/data-prep-s3-glue.mdx'), text.replace('draft: true', 'draft: false'));
		const published = runScript(site, 'validate');
		expect(published.status).toBe(1);
		expect(placeholders(published.stdout)).toHaveLength(4);
		expect(placeholders(published.stdout).every((line) => !line.includes('warning:'))).toBe(true);
	});

	it('takes the author whose name is git’s user.name, and never overwrites an article', () => {
		const site = createFixtureSite('new-git');
		spawnSync('git', ['init', '-q'], { cwd: site.root });
		spawnSync('git', ['config', 'user.name', 'Ada Example'], { cwd: site.root });
		expect(newArticle(site, ['Exam day checklist']).status).toBe(0);
		expect(readFileSync(join(site.root, 'content/articles/exam-day-checklist.mdx'), 'utf8')).toContain('\nauthor: ada-example\n');
		const again = newArticle(site, ['Exam day checklist']);
		expect(again.status).toBe(1);
		expect(again.stderr).toBe('npm run new: content/articles/exam-day-checklist.mdx already exists: choose another title, or edit that article\n');
	});

	it('refuses what it cannot resolve, listing what exists', () => {
		const site = createFixtureSite('new-errors');
		expect(newArticle(site, ['No author here']).stderr).toBe(
			'npm run new: git has no user.name: give --author with one of ada-example (Ada Example), david-jenkins (David Jenkins)\n',
		);
		expect(newArticle(site, ['Wrong cert', '--author', 'ada-example', '--cert', 'aws-mla-c1']).stderr).toBe(
			'npm run new: --cert "aws-mla-c1" names no cert; did you mean "aws-mla-c01"? (known: aws-aif-c01, aws-mla-c01, aws-mls-c01, aws-saa-c03, azure-ai-102, gcp-pmle)\n',
		);
		expect(newArticle(site, ['Wrong domain', '--author', 'ada-example', '--cert', 'aws-mla-c01', '--exam-domain', 'data-prep']).stderr).toBe(
			'npm run new: --exam-domain "data-prep" is not an exam domain of MLA-C01 (known: data-preparation, model-development, deployment-orchestration, monitoring-maintenance-security)\n',
		);
		expect(newArticle(site, ['Wrong type', '--author', 'ada-example', '--type', 'tutorial']).status).toBe(1);
		expect(newArticle(site, ['日本語の試験ガイド', '--author', 'ada-example']).stderr).toBe(
			'npm run new: the title has no letter of the Latin alphabet or digit to make the file name and URL from: give them with --slug, like --slug exam-guide\n',
		);
		expect(newArticle(site, ['日本語の試験ガイド', '--author', 'ada-example', '--slug', 'nihongo-guide']).stdout).toMatch(/^Wrote content\/articles\/nihongo-guide\.mdx/);
		expect(newArticle(site, ['Søren Ørsted on Œuvres', '--author', 'ada-example']).stdout).toMatch(/^Wrote content\/articles\/soren-orsted-on-oeuvres\.mdx/);
		const long = newArticle(site, ['Long '.repeat(50).trim(), '--author', 'ada-example']);
		expect(long.status).toBe(1);
		expect(long.stderr).toMatch(/^npm run new: nothing written: the new article would not validate:\ncontent\/articles\/(long-){49}long\.mdx:2 {2}title {2}must be at most 200 characters\n$/);
	});
});
