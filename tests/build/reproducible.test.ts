import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite, listFiles } from '../helpers/built-site.ts';
import { buildSharedSite } from './global-setup.ts';

const fakeClock = join(import.meta.dirname, '../helpers/fake-clock.ts');
/** The files of a built site and their bytes, as one comparable record. */
const readDist = (dist: string) => Object.fromEntries(listFiles(dist).map((file) => [file, readFileSync(join(dist, file)).toString('base64')]));

describe('the build', () => {
	it('is reproducible: another day, another time zone and another folder give a byte-identical dist/, search index included', () => {
		const later = new Date(Date.now() + 40 * 24 * 60 * 60 * 1000).toISOString();
		const other = buildSharedSite('site-reproduced', { TZ: 'Pacific/Kiritimati', FAKE_NOW: later, NODE_OPTIONS: `--import=${fakeClock}` });
		const [first, second] = [readDist(builtSite.dist), readDist(other.dist)];
		expect(Object.keys(second)).toEqual(Object.keys(first));
		expect(Object.keys(first).some((file) => file.startsWith('pagefind/'))).toBe(true);
		const differing = Object.keys(first).filter((file) => first[file] !== second[file]);
		expect(differing).toEqual([]);
	});
});
