import { closeSync, existsSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { imageSize } from 'image-size';
import type { ContentIssue } from '../lib/content-issues.ts';
import { detectImageType, findSvgScript, readImageExtension } from '../lib/image-type.ts';
import { readUrlScheme } from '../schemas/fields.ts';

/** Above this a hero still builds, but every build must read and resize it. */
const HERO_WARNING_BYTES = 5 * 1024 * 1024;

/** What is read of an image to know its kind and size: every header, and a JPEG's after its metadata, fits. */
const HEAD_BYTES = 256 * 1024;

/** sharp's own limit (`limitInputPixels`): past it the image step refuses the file and Astro ships it unresized. */
const MAX_PIXELS = 0x3fff * 0x3fff;

function readHead(path: string, bytes: number): Uint8Array {
	const head = new Uint8Array(bytes);
	const handle = openSync(path, 'r');
	try {
		readSync(handle, head, 0, bytes, 0);
	} finally {
		closeSync(handle);
	}
	return head;
}

function readSize(bytes: Uint8Array): { width: number; height: number } | undefined {
	try {
		const { width, height } = imageSize(bytes);
		return width > 0 && height > 0 ? { width, height } : undefined;
	} catch {
		return undefined;
	}
}

/** What is wrong with an article's hero image, when it is a local one (a remote one is never fetched). */
export function checkHeroImage(projectRoot: string, articleFile: string, heroImage: string) {
	return readUrlScheme(heroImage)?.toLowerCase() === 'https' ? undefined : checkLocalImage(projectRoot, join(dirname(articleFile), heroImage), heroImage, { hero: true });
}

/**
 * What would stop a local image from building, or publish what it should not: a path the bundler
 * would read differently from this check (an address, from `/`, with `?`, `#` or an encoded
 * separator); a folder; one that leads, symlinks followed, outside the repository's content and
 * public folders or to a file of another kind (a `.png` link to a script would be loaded as
 * code); SVG as a hero, which the image step cannot turn into its JPEG; an SVG that can run
 * script, since it is served from the site's own origin; a file whose bytes are not the image its
 * name says.
 */
export function checkLocalImage(projectRoot: string, file: string, written: string, { hero }: { hero: boolean }): { message: string; severity: ContentIssue['severity'] } | undefined {
	// `javascript://x/y.png` is a path to a folder named `javascript:` here, and an address to the bundler and the browser.
	if (readUrlScheme(written)) return { message: `${written} must be an https:// URL or a path relative to the article, like ./images/hero.png`, severity: 'error' };
	// `img/a://b.png` is a folder `a:` here, and an address to the bundler, which then imports it as a package.
	if (written.includes('://')) return { message: `${written} must not hold "://": the build would read the path as an address`, severity: 'error' };
	if (written.startsWith('/')) return { message: `${written} must be relative to the article, like ./images/hero.png: the build would read a path from / elsewhere`, severity: 'error' };
	if (written.includes('\\')) return { message: `${written} must separate folders with /, not \\: the build would read another file`, severity: 'error' };
	if (/[?#]/.test(written)) return { message: `${written} must not hold ? or #: the build would read what follows as a query`, severity: 'error' };
	if (/%(?:2f|5c)/i.test(written)) return { message: `${written} must not hold an encoded / or \\ (%2F, %5C): the build would refuse the path`, severity: 'error' };
	const claimed = readImageExtension(written);
	if (!claimed) return { message: 'must be a .png, .jpg, .webp, .avif or .gif image', severity: 'error' };
	if (claimed === 'svg' && hero) return { message: 'cannot be an SVG: the hero is resized into a JPEG and WebP; use a PNG, JPEG, WebP or AVIF', severity: 'error' };
	const path = join(projectRoot, file);
	if (!existsSync(path)) return { message: `no image at ${written} (paths are relative to the article)`, severity: 'error' };
	const real = realpathSync(path);
	const allowed = ['content', 'public'].flatMap((folder) => (existsSync(join(projectRoot, folder)) ? [realpathSync(join(projectRoot, folder)) + sep] : []));
	if (!allowed.some((folder) => real.startsWith(folder))) {
		return { message: `${written} leads outside the content and public folders: an image must live in the repository's content/ or public/`, severity: 'error' };
	}
	const stats = statSync(real);
	if (!stats.isFile()) return { message: `${written} is a folder, not an image`, severity: 'error' };
	if (readImageExtension(real) !== claimed) return { message: `${written} is a link to ${relative(projectRoot, real)}, which is not a ${claimed.toUpperCase()} file`, severity: 'error' };
	if (claimed === 'svg') {
		const script = findSvgScript(readFileSync(real));
		return script ? { message: `is an SVG that can run script (${script}): it would run on the site's own origin; remove it, or use a PNG or WebP`, severity: 'error' } : undefined;
	}
	const head = readHead(real, Math.min(stats.size, HEAD_BYTES));
	const actual = detectImageType(head);
	if (actual !== claimed) return { message: `is not a ${claimed.toUpperCase()} image: its bytes say ${actual ? actual.toUpperCase() : 'it is no image at all'}`, severity: 'error' };
	// The build reads the size as Astro does (image-size) and stops with a stack trace when it cannot.
	const size = readSize(head) ?? (stats.size > HEAD_BYTES ? readSize(readFileSync(real)) : undefined);
	if (!size) return { message: `is not a whole ${claimed.toUpperCase()} image: its size cannot be read`, severity: 'error' };
	if (size.width * size.height > MAX_PIXELS) {
		return { message: `is ${size.width.toLocaleString('en')} × ${size.height.toLocaleString('en')} pixels, more than the image step can resize (${MAX_PIXELS.toLocaleString('en')} in all)`, severity: 'error' };
	}
	if (stats.size > HERO_WARNING_BYTES) return { message: `is ${(stats.size / 1024 / 1024).toFixed(1)} MB: readers get a resized copy, but every build reads the whole file; keep it under 5 MB`, severity: 'warning' };
	return undefined;
}
