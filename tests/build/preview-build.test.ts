import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/built-site.ts';
import { buildSite, createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { parseHtml, textOf } from '../helpers/html.ts';

describe('a preview build (npm run build:preview)', () => {
	let site: FixtureSite;
	let preview: string;
	beforeAll(() => {
		site = createFixtureSite('preview');
		const result = buildSite(site, { CERTGUIDES_PREVIEW: '1' });
		if (result.status !== 0) throw new Error(`the preview did not build:\n${result.output}`);
		preview = join(site.root, 'dist-preview');
	});

	it('shows drafts and scheduled articles with their banner', () => {
		const draft = parseHtml(readFileSync(join(preview, 'articles/draft-article/index.html'), 'utf8'));
		expect(textOf(draft.querySelector('.unpublished'))).toBe(
			'Draft: this page shows in previews only (npm run dev, npm run build:preview) and is left out of every build of the site.',
		);
		expect(existsSync(join(preview, 'articles/scheduled-article/index.html'))).toBe(true);
	});

	it('cannot be deployed by accident: written beside dist/, never into it, every page noindex, robots.txt shutting crawlers out', () => {
		expect(existsSync(site.dist)).toBe(false);
		const pages = listFiles(preview).filter((file) => file.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(20);
		for (const page of pages) expect(readFileSync(join(preview, page), 'utf8'), page).toContain('<meta name="robots" content="noindex">');
		expect(readFileSync(join(preview, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
	});
});
