/**
 * How big and how deeply nested a body may be. The MDX and Markdown parsers recurse: a few
 * kilobytes of `<b>` inside `<b>` a thousand deep crash the build, and deeper still the parse
 * time grows with the cube of the depth. Real articles nest a handful of levels.
 */
export const MAX_BODY_DEPTH = 64;
export const MAX_BODY_BYTES = 1024 * 1024;

/** Elements that take no closing tag, so never nest. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** `{…}` expressions nest more cheaply still: JSX inside braces inside JSX takes the MDX parser exponential time. */
export const MAX_EXPRESSION_DEPTH = 16;

/**
 * A GFM table fills every row out to its header's width: 40 KB of one-letter lines under a
 * 101-column header made a 20 MB page and took 1.8 GB to build. A real table has a few hundred
 * cells; this is the body's tables in all, since forty tables multiply as well as one.
 */
export const MAX_TABLE_CELLS = 10_000;

/** Every reference to a footnote adds a link back to it under the footnote: 80 KB of `[^a]` made a 5.7 MB page. */
export const MAX_FOOTNOTE_REFERENCES = 1000;

/** What is wrong with a body's size or nesting, before any parser is asked to read it; undefined when nothing is. */
export function checkBodyLimits(body: string): string | undefined {
	const bytes = Buffer.byteLength(body);
	if (bytes > MAX_BODY_BYTES) return `is ${Math.ceil(bytes / 1024)} KB, more than the ${MAX_BODY_BYTES / 1024} KB an article may be: split it into several articles`;
	const { depth, braces } = measureNesting(body);
	if (depth > MAX_BODY_DEPTH) return `nests tags, lists or quotes ${depth} levels deep, more than the ${MAX_BODY_DEPTH} the build can read safely`;
	if (braces > MAX_EXPRESSION_DEPTH) return `nests {…} ${braces} levels deep, more than the ${MAX_EXPRESSION_DEPTH} the build can read in reasonable time`;
	const cells = countTableCells(body);
	if (cells > MAX_TABLE_CELLS) return `has tables of ${cells.toLocaleString('en')} cells in all (columns × rows), more than the ${MAX_TABLE_CELLS.toLocaleString('en')} a page may carry: split them`;
	const references = body.match(/\[\^[^\]\s]+\](?!:)/g)?.length ?? 0;
	if (references > MAX_FOOTNOTE_REFERENCES) return `refers to footnotes ${references.toLocaleString('en')} times, more than the ${MAX_FOOTNOTE_REFERENCES.toLocaleString('en')} a page may carry`;
	return undefined;
}

/** The rest of a tag after its name: attributes, quoted values and `{…}` whole, then its end, `/` before it when it closes itself. */
const TAG_END = /(?:"[^"]*"|'[^']*'|\{[^{}]*\}|[^<>"'{}])*?(\/?)>/y;

/**
 * How deep a parsed body's tree may be: the checks after the parse, and the build's compiler,
 * walk it recursively. Each level of nesting the text counts is a node or two of the tree
 * (a list and its item), so this is twice the text's limit.
 */
export const MAX_TREE_DEPTH = 2 * MAX_BODY_DEPTH;

/**
 * A parsed body's tree measured without recursion, for what the text's count above could not
 * see: it must not overflow the stack on the very tree it is there to refuse. Undefined when
 * within the limit, else what is wrong.
 */
export function checkTreeDepth(tree: { children?: unknown[] }): string | undefined {
	let deepest = 0;
	const pending: [{ children?: unknown[] }, number][] = [[tree, 0]];
	for (let next = pending.pop(); next; next = pending.pop()) {
		const [node, depth] = next;
		deepest = Math.max(deepest, depth);
		// Stopped at the limit: the whole depth of a tree a hundred thousand levels deep is not worth the walk.
		if (deepest > MAX_TREE_DEPTH) return `nests tags, lists or quotes more than ${MAX_TREE_DEPTH} levels deep, deeper than the build can read safely`;
		for (const child of node.children ?? []) pending.push([child as { children?: unknown[] }, depth + 1]);
	}
	return undefined;
}

/** Fenced code blocks, whose text is never markup. */
const FENCED_CODE = /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm;

/** A GFM table's delimiter row: `| --- | :-: |`, pipes at the ends optional. */
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** Quote markers, list markers and indentation before a line's text: a table inside a quote or a list item multiplies the same. */
const CONTAINER_PREFIX = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?[ \t]*/;

/**
 * The cells of the body's tables as the renderer will write them: each delimiter row's columns
 * times the rows from its header to the next blank line (a line without a pipe is a row too). It
 * errs high: a delimiter row indented into a code block counts.
 */
export function countTableCells(body: string): number {
	const lines = body
		.replace(FENCED_CODE, '')
		.split(/\r?\n/)
		.map((line) => line.replace(CONTAINER_PREFIX, ''));
	let cells = 0;
	for (let index = 1; index < lines.length; index++) {
		const line = lines[index];
		if (!DELIMITER_ROW.test(line) || !`${lines[index - 1]}${line}`.includes('|')) continue;
		const columns = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').length;
		let end = index + 1;
		while (end < lines.length && lines[end].trim() !== '') end++;
		cells += columns * (end - index);
		index = end;
	}
	return cells;
}

/**
 * The deepest nesting of tags (opening against closing tags as they come, code and comments left
 * out so that a closing tag hidden in them does not count), of list and quote markers on one line
 * (with the indentation before them), and of `{…}` braces. It errs high: it only has to stop what
 * would crash or stall a parser.
 */
export function measureNesting(body: string): { depth: number; braces: number } {
	const text = body
		.replace(FENCED_CODE, '')
		// A code span ends where its paragraph does: backticks a blank line apart hide nothing.
		.replace(/(`+)(?:(?!\n[ \t]*\r?\n)[\s\S])*?\1/g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, '');
	let depth = 0;
	let deepest = 0;
	// Every tag name after a "<" counts, wherever its ">" is: a tag whose attributes hold a "<" or an
	// open quote nests all the same. Only one seen to end in "/>" closes itself.
	for (const tag of text.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)/g)) {
		const [start, closing, name] = tag;
		if (closing) {
			depth = Math.max(0, depth - 1);
			continue;
		}
		TAG_END.lastIndex = tag.index + start.length;
		const selfClosing = TAG_END.exec(text)?.[1] === '/';
		if (!selfClosing && !VOID_ELEMENTS.has(name.toLowerCase())) deepest = Math.max(deepest, ++depth);
	}
	// Quote markers need no space after them (">>>" is three quotes); list markers do.
	for (const [prefix] of text.matchAll(/^[ \t]*(?:(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))[ \t]*)+/gm)) {
		const indent = /^[ \t]*/.exec(prefix)![0].replace(/\t/g, '    ').length;
		const markers = prefix.match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
		deepest = Math.max(deepest, Math.floor(indent / 2) + markers);
	}
	let braces = 0;
	let deepestBraces = 0;
	for (const [brace] of text.replace(/\\[{}]/g, '').matchAll(/[{}]/g)) {
		if (brace === '{') deepestBraces = Math.max(deepestBraces, ++braces);
		else braces = Math.max(0, braces - 1);
	}
	return { depth: deepest, braces: deepestBraces };
}
