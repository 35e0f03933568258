import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/content-issues.ts';
import { checkReferences } from '../../../src/node/check-references.ts';
import { type Entry, type LoadedContent, loadFile } from '../../../src/node/load-content.ts';
import { projectRoot } from '../../helpers/fixture-site.ts';
import { toFrontmatter, validArticle } from '../../helpers/content.ts';

const png = join(projectRoot, 'tests/fixtures/content/articles/images/local-hero.png');

describe('a local hero image', () => {
	let root: string;
	beforeAll(() => {
		// A repository, and a secret beside it that no article may publish.
		const base = mkdtempSync(join(tmpdir(), 'hero-'));
		root = join(base, 'site');
		mkdirSync(join(root, 'content/articles/images'), { recursive: true });
		copyFileSync(png, join(root, 'content/articles/images/good.png'));
		copyFileSync(png, join(base, 'outside.png'));
		symlinkSync(join(base, 'outside.png'), join(root, 'content/articles/images/linked.png'));
		writeFileSync(join(root, 'content/articles/images/text.png'), 'plain text, not a PNG');
		copyFileSync(png, join(root, 'content/articles/images/renamed.jpg'));
		// A folder named like a URL's scheme and host, holding a real PNG: the bundler would read the path as an address.
		mkdirSync(join(root, 'content/articles/javascript:/evil.example'), { recursive: true });
		copyFileSync(png, join(root, 'content/articles/javascript:/evil.example/x.png'));
		mkdirSync(join(root, 'content/articles/images/folder.png'));
		writeFileSync(join(root, 'content/articles/images/drawing.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
		// PNG's signature, then junk: Astro cannot read its size and stops the build with a stack trace.
		writeFileSync(join(root, 'content/articles/images/corrupt.png'), Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('junk that is no chunk')]));
		writeFileSync(join(root, 'content/articles/images/huge.png'), pngHeader(30_000, 30_000));
	});

	const check = (heroImage: string) => {
		const loaded = loadFile('articles', 'content/articles/x.mdx', toFrontmatter({ ...validArticle, heroImage, heroAlt: 'A hero' }));
		const content: LoadedContent = { articles: [loaded.entry as Entry<never>], authors: [], certs: [], domains: [], fileCount: 1, issues: [] };
		return checkReferences(content, root)
			.filter((issue) => issue.field === 'heroImage')
			.map((issue) => formatIssue(issue).replace(/^[^ ]+ {2}/, ''));
	};

	it('passes when it is the image its name says, inside the repository', () => {
		expect(check('./images/good.png')).toEqual([]);
	});

	it('is refused when its path or a symlink leads out of the repository', () => {
		expect(check('../../../outside.png')).toEqual([
			"heroImage  ../../../outside.png leads outside the content and public folders: an image must live in the repository's content/ or public/",
		]);
		expect(check('./images/linked.png')).toHaveLength(1);
	});

	it('is refused when it is an address of another scheme, a folder, or holds an encoded separator', () => {
		expect(check('javascript://evil.example/x.png')).toEqual(['heroImage  javascript://evil.example/x.png must be an https:// URL or a path relative to the article, like ./images/hero.png']);
		expect(check('http://evil.example/x.png')).toHaveLength(1);
		expect(check('images/a://b.png')).toEqual(['heroImage  images/a://b.png must not hold "://": the build would read the path as an address']);
		expect(check('./images/folder.png')).toEqual(['heroImage  ./images/folder.png is a folder, not an image']);
		expect(check('./images%2Fgood.png')).toEqual(['heroImage  ./images%2Fgood.png must not hold an encoded / or \\ (%2F, %5C): the build would refuse the path']);
	});

	it('is refused when its bytes are no image, or another format than its name says, or SVG', () => {
		expect(check('./images/text.png')).toEqual(['heroImage  is not a PNG image: its bytes say it is no image at all']);
		expect(check('./images/renamed.jpg')).toEqual(['heroImage  is not a JPEG image: its bytes say PNG']);
		expect(check('./images/drawing.svg')).toEqual(['heroImage  cannot be an SVG: the hero is resized into a JPEG and WebP; use a PNG, JPEG, WebP or AVIF']);
		expect(check('./images/missing.png')).toEqual(['heroImage  no image at ./images/missing.png (paths are relative to the article)']);
	});

	it('is refused when its size cannot be read, or is more pixels than the image step resizes', () => {
		expect(check('./images/corrupt.png')).toEqual(['heroImage  is not a whole PNG image: its size cannot be read']);
		expect(check('./images/huge.png')).toEqual(['heroImage  is 30,000 × 30,000 pixels, more than the image step can resize (268,402,689 in all)']);
	});
});

/** A PNG's signature and header chunk: enough for its size to be read. */
function pngHeader(width: number, height: number): Buffer {
	const header = Buffer.alloc(25);
	header.writeUInt32BE(13, 0);
	header.write('IHDR', 4, 'latin1');
	header.writeUInt32BE(width, 8);
	header.writeUInt32BE(height, 12);
	header.set([8, 6, 0, 0, 0], 16);
	return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), header]);
}

describe('an image in an article body', () => {
	it('must be found, inside the repository, and the image its name says, as the build bundles it', () => {
		const base = mkdtempSync(join(tmpdir(), 'body-'));
		mkdirSync(join(base, 'content/articles/images'), { recursive: true });
		copyFileSync(png, join(base, 'content/articles/images/chart.png'));
		writeFileSync(join(base, 'content/articles/images/fake.png'), 'text');
		writeFileSync(join(base, 'content/articles/payload.mjs'), 'export default {};');
		const body =
			'![Chart](./images/chart.png)\n\n![Missing](./images/missing.png)\n\n![Fake](./images/fake.png)\n\n![Remote](https://example.com/x.png) ![Site](/og-default.png) ![Broken](./%E0.png)\n\n' +
			'![Diagram][payload] and a [link][doc]\n\n[payload]: ./payload.mjs\n[doc]: ./notes.txt\n';
		const loaded = loadFile('articles', 'content/articles/x.md', toFrontmatter(validArticle, body));
		const content: LoadedContent = { articles: [loaded.entry as Entry<never>], authors: [], certs: [], domains: [], fileCount: 1, issues: [] };
		expect(checkReferences(content, base).filter((issue) => issue.field === 'body').map((issue) => formatIssue(issue).replace(/^content\/articles\/x\.md:/, ''))).toEqual([
			'9:1  body  image no image at ./images/missing.png (paths are relative to the article)',
			'11:1  body  image is not a PNG image: its bytes say it is no image at all',
			// A broken escape is a path like any other, found missing: not a crash.
			'13:63  body  image no image at ./%E0.png (paths are relative to the article)',
			// An image reference's definition is bundled as an image whatever its extension; a link's is not.
			'17:1  body  image must be a .png, .jpg, .webp, .avif or .gif image',
		]);
	});
});

