import { mkdirSync, mkdtempSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinkCheck } from '../../../src/node/linked-files.ts';

/** A project whose `content/articles/` holds one real file, and a folder outside it with another. */
function createProject() {
	const base = mkdtempSync(join(tmpdir(), 'linked-'));
	const root = join(base, 'site');
	const articles = join(root, 'content/articles');
	mkdirSync(articles, { recursive: true });
	mkdirSync(join(base, 'outside'));
	writeFileSync(join(articles, 'own.md'), 'own');
	writeFileSync(join(base, 'outside/other.md'), 'other');
	return { base, root, articles };
}

describe('a link check', () => {
	it('passes the repository’s own files and refuses a linked file or a file inside a linked folder', () => {
		const { base, root, articles } = createProject();
		symlinkSync(join(base, 'outside/other.md'), join(articles, 'file-link.md'));
		symlinkSync(join(base, 'outside'), join(articles, 'folder-link'));
		const isLinked = createLinkCheck(root);
		expect(isLinked(join(articles, 'own.md'))).toBe(false);
		expect(isLinked(join(articles, 'file-link.md'))).toBe(true);
		expect(isLinked(join(articles, 'folder-link/other.md'))).toBe(true);
	});

	it('is not fooled by a project reached through a link of its own: only links under the root count', () => {
		const { base, root } = createProject();
		symlinkSync(root, join(base, 'alias'));
		expect(createLinkCheck(join(base, 'alias'))(join(base, 'alias/content/articles/own.md'))).toBe(false);
	});

	it('sees a folder that became a link since an earlier check, as a save in the dev server can make it', () => {
		const { base, root, articles } = createProject();
		expect(createLinkCheck(root)(join(articles, 'own.md'))).toBe(false);
		renameSync(articles, join(base, 'moved'));
		symlinkSync(join(base, 'moved'), articles);
		expect(createLinkCheck(root)(join(articles, 'own.md'))).toBe(true);
	});
});
