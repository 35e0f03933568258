import { describe, expect, it } from 'vitest';
import { parseIgnoreRevs, parseUpdateDates } from '../../../src/lib/git-log.ts';

const commit = (hash: string, date: string, ...files: string[]) => `\0${hash} ${date}\n\n${files.join('\n')}\n`;

describe('update dates from git log', () => {
	const log = [
		commit('c3', '2025-03-02T10:00:00+01:00', 'content/articles/a.mdx'),
		commit('c2', '2025-02-15T10:00:00Z', 'content/articles/a.mdx', 'content/articles/b.mdx'),
		commit('c1', '2025-02-01T10:00:00Z', 'content/articles/a.mdx', 'content/articles/b.mdx', 'content/articles/c.mdx'),
	].join('');

	it('dates a file by its newest commit after the one that added it', () => {
		const dates = parseUpdateDates(log);
		expect(dates.get('content/articles/a.mdx')).toEqual(new Date('2025-03-02T09:00:00Z'));
		expect(dates.get('content/articles/b.mdx')).toEqual(new Date('2025-02-15T10:00:00Z'));
	});

	it('gives a file committed once no update date', () => {
		expect(parseUpdateDates(log).has('content/articles/c.mdx')).toBe(false);
	});

	it('skips ignored commits, such as a bulk reformat', () => {
		const dates = parseUpdateDates(log, new Set(['c3', 'c2']));
		expect([...dates.keys()]).toEqual([]);
		expect(parseUpdateDates(log, new Set(['c3'])).get('content/articles/a.mdx')).toEqual(new Date('2025-02-15T10:00:00Z'));
	});

	it('reads .git-blame-ignore-revs with its comments', () => {
		expect(parseIgnoreRevs('# reformat\nabc123 # prettier\n\ndef456\n')).toEqual(new Set(['abc123', 'def456']));
	});
});
