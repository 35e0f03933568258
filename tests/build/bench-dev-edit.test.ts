import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureDevEdits } from '../../bench/dev-edit.ts';
import { createFixtureSite } from '../helpers/fixture-site.ts';

describe('npm run bench: saves under npm run dev', () => {
	it('times each save until the page shows it, waits out the store write between saves, and leaves the file as it was', async () => {
		const site = createFixtureSite('bench-dev-edit');
		const file = 'content/articles/data-preparation-guide.mdx';
		const before = readFileSync(join(site.root, file), 'utf8');
		const times = await measureDevEdits(site.root, file, '/articles/data-preparation-guide/', 2);
		expect(times).toHaveLength(2);
		for (const time of times) expect(time).toBeGreaterThan(0);
		expect(readFileSync(join(site.root, file), 'utf8')).toBe(before);
	});
});
