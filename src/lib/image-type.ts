/** The raster formats Astro's image service reads, by what their first bytes say. */
export type ImageType = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif' | 'tiff';

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/** The format a file's first 16 bytes announce, whatever its name says; undefined for anything else. */
export function detectImageType(bytes: Uint8Array): ImageType | undefined {
	if (bytes[0] === 0x89 && ascii(bytes, 1, 4) === 'PNG') return 'png';
	if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
	if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
	if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
	if (ascii(bytes, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(bytes, 8, 12))) return 'avif';
	if (ascii(bytes, 0, 4) === 'II*\0' || ascii(bytes, 0, 4) === 'MM\0*') return 'tiff';
	return undefined;
}

/** The format a file name claims. */
export function readImageExtension(file: string): ImageType | 'svg' | undefined {
	const extension = /\.(png|jpe?g|gif|webp|avif|tiff?|svg)$/i.exec(file)?.[1].toLowerCase();
	if (extension === 'jpg' || extension === 'jpeg') return 'jpeg';
	if (extension === 'tif' || extension === 'tiff') return 'tiff';
	return extension as ImageType | 'svg' | undefined;
}

/**
 * The first thing in an SVG that could run script, load a page or redirect when the SVG is opened
 * on the site's origin (the file's URL is public), or undefined when there is none. Only UTF-8 is
 * read, declared so or not at all and without control characters (another encoding could hide markup
 * from a scan); elements are matched with any namespace
 * prefix (`<s:script>`), character references are undone first, as a browser would read
 * `java&#x73;cript:`, and a DTD, which can add attributes such as `onload` to every element, and XSLT
 * or style sheet instructions are refused.
 */
export function findSvgScript(file: Uint8Array): string | undefined {
	if ((file[0] === 0xff && file[1] === 0xfe) || (file[0] === 0xfe && file[1] === 0xff) || file.includes(0)) return 'text that is not UTF-8';
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(file);
	} catch {
		return 'text that is not UTF-8';
	}
	// A browser decodes by the declaration: in ISO-2022-JP, `<scr` ESC ( B `ipt>` is `<script>` to it and not to a scan.
	const declared = /^\uFEFF?\s*<\?xml[^>]*?\bencoding\s*=\s*["']?([^"'\s?>]+)/i.exec(text)?.[1];
	if (declared && !/^utf-?8$/i.test(declared)) return `text declared as ${declared}, not UTF-8`;
	if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return 'a control character';
	const decoded = text.replace(/&#(x[\da-f]+|\d+);?/gi, (_, code: string) => {
			const point = code[0].toLowerCase() === 'x' ? Number.parseInt(code.slice(1), 16) : Number(code);
			return point <= 0x10ffff ? String.fromCodePoint(point) : '';
		});
	// Any name can be a namespace prefix (`<é:script>`), not only ASCII ones.
	const tag = /<\s*(?:[^\s<>/:="']+:)?(script|foreignObject|iframe|frame|embed|object|form|handler|listener|meta|link|base)\b/i.exec(decoded)?.[1];
	if (tag) return `a <${tag}> element`;
	// A style sheet instruction can apply an XSLT transform that writes a script element.
	if (/<\?\s*xml-stylesheet|http:\/\/www\.w3\.org\/1999\/XSL\/Transform/i.test(decoded)) return 'an XSLT or style sheet instruction';
	const handler = /[\s/"':]((?:on)[a-z]+)\s*=/i.exec(decoded)?.[1];
	if (handler) return `an ${handler} attribute`;
	if (/<!(?:ENTITY|ATTLIST|ELEMENT)|<!DOCTYPE[^>]*\[/i.test(decoded)) return 'a DTD';
	// CSS escapes undone first: `@\69mport` is `@import` and `\75 rl(` is `url(` to a browser.
	const css = decoded.replace(/\\([\da-f]{1,6})\s?|\\([^\n\da-f])/gi, (_, hex: string | undefined, character: string | undefined) => (hex ? String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)) : (character ?? '')));
	if (/@import|url\(\s*['"]?\s*(?:https?:)?\/\//i.test(css)) return 'a style sheet that loads from elsewhere';
	// Raster images embedded as data URLs cannot run anything; any other data URL might be a page or an SVG.
	if (/javascript:|vbscript:|data:(?!image\/(?:png|jpe?g|gif|webp|avif)[;,])/i.test(decoded.replace(/[\s\u0000-\u001f]/g, ''))) return 'a script or data URL';
	return undefined;
}
