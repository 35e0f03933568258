/**
 * Elements the importer keeps as HTML: text, layout and media markup only, so that a legacy `<script>`,
 * `<style>` or `<form>` stays visible text; anything else in angle brackets is text the author typed.
 */
const htmlElements = new Set(
	(
		'a abbr b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption figure ' +
		'h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p picture pre q s samp section small source span strong sub ' +
		'summary sup table tbody td tfoot th thead time tr u ul var video audio iframe wbr'
	).split(' '),
);
const voidElements = new Set(['br', 'col', 'hr', 'img', 'source', 'wbr']);

const fence = /^ {0,3}(`{3,}|~{3,})/;
const token =
	/(`+)[\s\S]*?\1|<!--([\s\S]*?)-->|<((?:https?|mailto):[^\s<>]+)>|<(\/?)([a-zA-Z][\w-]*)((?:\s+[^<>]*?)?)(\/?)>|[<{}]/g;

/**
 * Rewrites a Markdown body so that MDX reads it as the text its author meant: braces and stray
 * angle brackets become literal characters, HTML comments become MDX comments, `<https://…>`
 * autolinks become links and void HTML elements close themselves. Code is left untouched.
 */
export function escapeForMdx(markdown: string): string {
	const out: string[] = [];
	let prose: string[] = [];
	let openFence: string | undefined;
	const flush = () => {
		if (prose.length) out.push(escapeProse(prose.join('\n')));
		prose = [];
	};
	for (const line of markdown.split('\n')) {
		const marker = fence.exec(line)?.[1];
		if (openFence) {
			out.push(line);
			if (marker && marker[0] === openFence[0] && marker.length >= openFence.length) openFence = undefined;
		} else if (marker) {
			flush();
			out.push(line);
			openFence = marker;
		} else prose.push(line);
	}
	flush();
	return out.join('\n');
}

function escapeProse(text: string): string {
	return text.replace(token, (match, ticks, comment, url, slash, name, attributes, selfClose) => {
		if (ticks) return match;
		if (comment !== undefined) return `{/*${comment.replaceAll('*/', '* /')}*/}`;
		if (url) return `[${url}](${url})`;
		if (name) {
			if (!htmlElements.has(name.toLowerCase())) return `\\<${escapeProse(match.slice(1))}`;
			if (!slash && !selfClose && voidElements.has(name.toLowerCase())) return `<${name}${attributes.trimEnd()} />`;
			return match;
		}
		return `\\${match}`;
	});
}
