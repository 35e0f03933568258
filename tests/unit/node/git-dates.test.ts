import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGitDates } from '../../../src/node/git-dates.ts';

/** Long enough names that one commit's file list alone outgrows Node's default 1 MiB buffer. */
const FILE_COUNT = 6000;
const fileName = (index: number) => `content/articles/${'a-rather-long-article-slug-as-imported-from-a-legacy-title-'.repeat(3)}${index}.mdx`;

describe('git dates of a real repository', () => {
	let root: string;
	const git = (args: string[], date: string) =>
		execFileSync('git', args, { cwd: root, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, stdio: 'pipe' });
	const commit = (message: string, date: string) => {
		git(['add', '-A'], date);
		git(['-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', message], date);
		return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
	};

	beforeAll(() => {
		root = mkdtempSync(join(tmpdir(), 'certguides-git-'));
		execFileSync('git', ['init', '-q'], { cwd: root });
		// No background gc: it would still be writing into .git when the folder is removed.
		execFileSync('git', ['config', 'gc.auto', '0'], { cwd: root });
		mkdirSync(join(root, 'content/articles'), { recursive: true });
		for (let index = 0; index < FILE_COUNT; index++) writeFileSync(join(root, fileName(index)), `${index}\n`);
		writeFileSync(join(root, 'content/articles/édition.mdx'), 'v1\n');
		commit('add every article', '2025-01-01T09:00:00Z');
		writeFileSync(join(root, fileName(7)), 'edited\n');
		writeFileSync(join(root, 'content/articles/édition.mdx'), 'v2\n');
		commit('edit two articles', '2025-02-01T09:00:00+02:00');
		writeFileSync(join(root, fileName(8)), 'reformatted\n');
		const reformat = commit('reformat', '2025-03-01T09:00:00Z');
		writeFileSync(join(root, '.git-blame-ignore-revs'), `# bulk reformat\n${reformat}\n`);
	}, 120_000);
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('reads the whole history of thousands of files in one run', async () => {
		const { updates, problem } = await readGitDates(root, 'content/articles');
		expect(problem).toBeUndefined();
		expect(updates.get(fileName(7))).toEqual(new Date('2025-02-01T07:00:00Z'));
		expect(updates.get('content/articles/édition.mdx')).toEqual(new Date('2025-02-01T07:00:00Z'));
		expect(updates.has(fileName(0))).toBe(false);
		expect(updates.has(fileName(FILE_COUNT - 1))).toBe(false);
	});

	it('does not count a commit named in .git-blame-ignore-revs', async () => {
		expect((await readGitDates(root, 'content/articles')).updates.has(fileName(8))).toBe(false);
	});

	it('says why there are no dates outside a checkout', async () => {
		const outside = mkdtempSync(join(tmpdir(), 'certguides-nogit-'));
		const { updates, problem } = await readGitDates(outside, 'content/articles');
		rmSync(outside, { recursive: true });
		expect(updates.size).toBe(0);
		expect(problem).toMatch(/not a git repository/);
	});

	it('says why there are no dates when git cannot start there', async () => {
		const { updates, problem } = await readGitDates(join(tmpdir(), 'certguides-no-such-folder'), 'content/articles');
		expect(updates.size).toBe(0);
		expect(problem).toMatch(/^git could not run: spawn git ENOENT/);
	});
});
