import { type Token, Tokenizer, TokenizerMode } from 'parse5';
import { isAllowedAttribute, isAllowedElement } from './body-policy.ts';

/**
 * Elements whose content is not text a reader should see (a script's code, a style sheet, a
 * frame's fallback): dropped with everything inside them, not only their tags.
 */
const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'svg', 'math', 'select']);

/** How the HTML tokenizer must read what follows these start tags, as a browser would. */
const CONTENT_MODES = new Map<string, number>([
	['script', TokenizerMode.SCRIPT_DATA],
	['style', TokenizerMode.RAWTEXT],
	['xmp', TokenizerMode.RAWTEXT],
	['iframe', TokenizerMode.RAWTEXT],
	['noembed', TokenizerMode.RAWTEXT],
	['noframes', TokenizerMode.RAWTEXT],
	['noscript', TokenizerMode.RAWTEXT],
	['textarea', TokenizerMode.RCDATA],
	['title', TokenizerMode.RCDATA],
	['plaintext', TokenizerMode.PLAINTEXT],
]);

/**
 * Rewrites a piece of raw HTML from an article body so that only the allow-list of
 * `body-policy.ts` remains: allowed tags keep their allowed attributes (URLs held to the URL
 * rule), other tags go, elements such as `<script>` go with their content, comments go, and text
 * is re-escaped. It works tag by tag, not on a tree, because Markdown hands raw HTML over in
 * pieces: `<kbd>`, then the text, then `</kbd>`.
 */
export function sanitizeHtmlFragment(html: string): string {
	let output = '';
	// The outermost element being dropped with its content, and how deeply it nests in itself.
	let dropped: { tag: string; depth: number } | undefined;
	const writeText = (token: { chars: string }) => {
		if (!dropped) output += escapeText(token.chars);
	};
	const tokenizer: Tokenizer = new Tokenizer(
		{},
		{
			onStartTag(token) {
				const mode = CONTENT_MODES.get(token.tagName);
				if (mode !== undefined) tokenizer.state = mode;
				if (dropped) {
					if (token.tagName === dropped.tag && !token.selfClosing) dropped.depth++;
				} else if (DROPPED_WITH_CONTENT.has(token.tagName)) {
					if (!token.selfClosing) dropped = { tag: token.tagName, depth: 1 };
				} else if (isAllowedElement(token.tagName)) {
					output += writeStartTag(token);
				}
			},
			onEndTag(token) {
				if (dropped) {
					if (token.tagName === dropped.tag && --dropped.depth === 0) dropped = undefined;
				} else if (isAllowedElement(token.tagName)) {
					output += `</${token.tagName}>`;
				}
			},
			onCharacter: writeText,
			onWhitespaceCharacter: writeText,
			onNullCharacter() {},
			onComment() {},
			onDoctype() {},
			onEof() {},
		},
	);
	tokenizer.write(html, true);
	return output;
}

function writeStartTag(token: Token.TagToken): string {
	const attributes = token.attrs
		.filter((attribute) => isAllowedAttribute(token.tagName, attribute.name, attribute.value))
		.map((attribute) => ` ${attribute.name}="${escapeAttribute(attribute.value)}"`)
		.join('');
	return `<${token.tagName}${attributes}${token.selfClosing ? ' /' : ''}>`;
}

function escapeText(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function escapeAttribute(value: string): string {
	return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}
