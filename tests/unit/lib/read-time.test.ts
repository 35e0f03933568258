import { describe, expect, it } from 'vitest';
import { computeReadTime, countWords, WORDS_PER_MINUTE } from '../../../src/lib/read-time.ts';
import { parseReadTime } from '../../../src/schemas/fields.ts';

describe('read time', () => {
	it.each([
		['8 mins', 8],
		['8 min', 8],
		['8 minutes', 8],
		['1 minute', 1],
		[' 10 ', 10],
		[4.4, 4],
		[0.2, 1],
	])('parses %j as %i', (value, minutes) => expect(parseReadTime(value)).toBe(minutes));

	it.each(['', 'soon', '8 hours', '-3 min', 0, -1, Number.NaN])('cannot read %j', (value) => expect(parseReadTime(value)).toBeUndefined());

	it('counts prose words, leaving out code, tags and imports', () => {
		expect(countWords("import X from './x';\n\n## Heading here\n\nIt's one <b>two</b> [three](https://x.example).\n\n```js\nconst notCounted = 1;\n```\n")).toBe(6);
	});

	it('counts words in any script, joined by apostrophes, points and hyphens', () => {
		expect(countWords('Ünïcödé naïve 日本語 café; the team’s v1.2 self-paced 99 -- words.')).toBe(11);
		expect(countWords("'quoted' . .dot - a-b")).toBe(4);
	});

	it('rounds to whole minutes and never says zero', () => {
		expect(computeReadTime('')).toBe(1);
		expect(computeReadTime('word '.repeat(WORDS_PER_MINUTE * 3))).toBe(3);
		expect(computeReadTime('word '.repeat(Math.round(WORDS_PER_MINUTE * 3.6)))).toBe(4);
	});
});
