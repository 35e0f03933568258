/**
 * How big and how deeply nested a body may be. The MDX and Markdown parsers recurse: a few
 * kilobytes of `<b>` inside `<b>` a thousand deep crash the build, and deeper still the parse
 * time grows with the cube of the depth. Real articles nest a handful of levels.
 */
export const MAX_BODY_DEPTH = 64;
export const MAX_BODY_BYTES = 1024 * 1024;

/** Elements that take no closing tag, so never nest. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** What is wrong with a body's size or nesting, before any parser is asked to read it; undefined when nothing is. */
export function checkBodyLimits(body: string): string | undefined {
	const bytes = Buffer.byteLength(body);
	if (bytes > MAX_BODY_BYTES) return `is ${Math.ceil(bytes / 1024)} KB, more than the ${MAX_BODY_BYTES / 1024} KB an article may be: split it into several articles`;
	const depth = measureNesting(body);
	if (depth > MAX_BODY_DEPTH) return `nests tags or quotes ${depth} levels deep, more than the ${MAX_BODY_DEPTH} the build can read safely`;
	return undefined;
}

/**
 * The deepest nesting of tags (opening against closing tags, as they come; text in code counts
 * too, so it errs high) or of `>` quotes on one line.
 */
export function measureNesting(body: string): number {
	let depth = 0;
	let deepest = 0;
	for (const [, closing, name, selfClosing] of body.matchAll(/<(\/?)([A-Za-z][\w.:-]*)[^<>]*?(\/?)>/g)) {
		if (closing) depth = Math.max(0, depth - 1);
		else if (!selfClosing && !VOID_ELEMENTS.has(name.toLowerCase())) deepest = Math.max(deepest, ++depth);
	}
	for (const [quotes] of body.matchAll(/^(?:[ \t]*>)+/gm)) deepest = Math.max(deepest, quotes.split('>').length - 1);
	return deepest;
}
