import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/built-site.ts';
import { buildSite, createFixtureSite, type FixtureSite, runScript } from '../helpers/fixture-site.ts';

describe('a build that fails after validation', () => {
	let site: FixtureSite;
	let result: ReturnType<typeof buildSite>;
	beforeAll(() => {
		site = createFixtureSite('atomic');
		const first = buildSite(site);
		if (first.status !== 0) throw new Error(`the first build failed:\n${first.output}`);
		writeFileSync(join(site.dist, 'previous-build.txt'), 'the site as it was');
		// Valid content, and a page that throws as it renders: the build fails late, after validation.
		writeFileSync(join(site.root, 'src/pages/late-failure.astro'), "---\nthrow new Error('a page that fails as it renders');\n---\n");
		result = buildSite(site);
	});

	it('passes validate, then fails the build with exit 1', () => {
		expect(runScript(site, 'validate').status).toBe(0);
		expect(result.status).toBe(1);
		expect(result.output).toContain('a page that fails as it renders');
	});

	it('leaves the previous site in dist/ untouched, and no half-written folder beside it', () => {
		expect(readFileSync(join(site.dist, 'previous-build.txt'), 'utf8')).toBe('the site as it was');
		expect(existsSync(join(site.dist, 'index.html'))).toBe(true);
		expect(existsSync(join(site.dist, 'late-failure'))).toBe(false);
		expect(readdirSync(site.root).filter((name) => name.includes('dist'))).toEqual(['dist']);
	});

	it('leaves no draft text in dist/', () => {
		expect(listFiles(site.dist).filter((file) => readFileSync(join(site.dist, file), 'latin1').includes('DRAFTSENTINEL7319'))).toEqual([]);
	});
});
