import { describe, expect, it } from 'vitest';
import { parseIgnoreRevs, parseUpdateDates } from '../../../src/lib/git-log.ts';

/** One commit of `git log --name-status` output: its hash, its date and its files as `A path`. */
const commit = (hash: string, date: string, ...files: string[]) => `\0${hash} ${date}\n\n${files.map((file) => file.replace(' ', '\t')).join('\n')}\n`;

describe('update dates from git log', () => {
	const log = [
		commit('c3', '2025-03-02T10:00:00+01:00', 'M content/articles/a.mdx'),
		commit('c2', '2025-02-15T10:00:00Z', 'M content/articles/a.mdx', 'M content/articles/b.mdx'),
		commit('c1', '2025-02-01T10:00:00Z', 'A content/articles/a.mdx', 'A content/articles/b.mdx', 'A content/articles/c.mdx'),
	].join('');

	it('dates a file by its newest change after the commit that added it', () => {
		const dates = parseUpdateDates(log);
		expect(dates.get('content/articles/a.mdx')).toEqual(new Date('2025-03-02T09:00:00Z'));
		expect(dates.get('content/articles/b.mdx')).toEqual(new Date('2025-02-15T10:00:00Z'));
	});

	it('gives a file committed once no update date', () => {
		expect(parseUpdateDates(log).has('content/articles/c.mdx')).toBe(false);
	});

	it('skips ignored commits, such as a bulk reformat', () => {
		expect([...parseUpdateDates(log, new Set(['c3', 'c2'])).keys()]).toEqual([]);
		expect(parseUpdateDates(log, new Set(['c3'])).get('content/articles/a.mdx')).toEqual(new Date('2025-02-15T10:00:00Z'));
	});

	it('still starts a file at its add when the adding commit is ignored', () => {
		expect(parseUpdateDates(log, new Set(['c1'])).get('content/articles/a.mdx')).toEqual(new Date('2025-03-02T09:00:00Z'));
		const importedInBulk = [commit('edit', '2025-08-01T00:00:00Z', 'M x.mdx'), commit('bulk', '2025-07-01T00:00:00Z', 'A x.mdx')].join('');
		expect(parseUpdateDates(importedInBulk, new Set(['bulk'])).get('x.mdx')).toEqual(new Date('2025-08-01T00:00:00Z'));
	});

	it('counts a file deleted and added again from its new start', () => {
		const readded = [
			commit('r', '2025-07-02T00:00:00Z', 'A x.mdx'),
			commit('d', '2025-07-01T00:00:00Z', 'D x.mdx'),
			commit('m', '2025-06-01T00:00:00Z', 'M x.mdx'),
			commit('a', '2025-05-01T00:00:00Z', 'A x.mdx'),
		].join('');
		expect(parseUpdateDates(readded).has('x.mdx')).toBe(false);
	});

	it('reads .git-blame-ignore-revs with its comments, whatever its line endings', () => {
		expect(parseIgnoreRevs('# reformat\r\nabc123 # prettier\n\ndef456\r\n')).toEqual(new Set(['abc123', 'def456']));
	});
});
