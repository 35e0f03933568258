import { dirname, join } from 'node:path';
import { idSchema, readUrlScheme } from '../schemas/fields.ts';
import { type ArticleData, type CertData, DESCRIPTION_LIMIT, getCollectionFolder, TITLE_LIMIT } from '../schemas/index.ts';
import { createAuthorIndex } from '../lib/authors.ts';
import { checkBodyLimits } from '../lib/body-limits.ts';
import type { BodyNode } from '../lib/body-policy.ts';
import type { ContentIssue } from '../lib/content-issues.ts';
import { formatSuggestion } from '../lib/did-you-mean.ts';
import { SCAFFOLD_TEXT } from '../lib/new-article.ts';
import { readImageExtension } from '../lib/image-type.ts';
import { computeReadTime } from '../lib/read-time.ts';
import { findTopHeadingLines } from '../lib/toc.ts';
import { findUndrawable, formatCodePoint } from '../lib/social-card.ts';
import { checkHeroImage, checkLocalImage } from './check-images.ts';
import { canDrawOnCard } from './social-card.ts';
import { type Entry, findBodyStart, findBodyStartLine, type LoadedContent, parseArticleTree } from './load-content.ts';

/** Up to how many certs or domains an unknown id's error lists when none is a near miss. */
const KNOWN_LIST_LIMIT = 10;

/** Checks what no single file's schema can: references between files, image paths, and advice. */
export function checkReferences(content: LoadedContent, projectRoot: string, { only, socialCards = true }: { only?: string; socialCards?: boolean } = {}): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const certIds = content.certs.map((cert) => cert.id);
	const domainIds = content.domains.map((domain) => domain.id);
	const report = (entry: Entry<unknown>, path: PropertyKey[], message: string, severity: ContentIssue['severity'] = 'error') =>
		issues.push({ file: entry.file, line: entry.lineOf(path), field: path.join('.'), message, severity });
	/** An issue of one line of an article's body, counted from the body's first line. */
	const reportBodyLine = (article: Entry<unknown>, index: number, message: string, severity: ContentIssue['severity']) =>
		issues.push({ file: article.file, line: findBodyStartLine(article.source) + index, field: 'body', message, severity });
	// A file that failed its own checks is not loaded: what names it is pointed at that file, not at a near miss.
	const unreadable = new Map(content.issues.filter((issue) => issue.severity === 'error').map((issue) => [issue.file.replace(/\.[^./]+$/, ''), issue.file]));
	const unknownId = (kind: 'cert' | 'domain', id: string, known: string[]) => {
		const folder = getCollectionFolder(kind === 'cert' ? 'certs' : 'domains');
		const broken = unreadable.get(`${folder}/${id}`);
		if (broken) return `${kind} "${id}" cannot be read: ${broken} has errors of its own; fix them first`;
		if (!known.length) return `unknown ${kind} "${id}" (${folder}/ is empty)`;
		// No near miss: a short list of what there is says it instead (a long one would bury the line).
		const hint = formatSuggestion(id, known) || (known.length <= KNOWN_LIST_LIMIT ? ` (known: ${known.join(', ')})` : '');
		return `unknown ${kind} "${id}"${hint}`;
	};

	const fileNameIssue = (entry: Entry<unknown>, message: string) =>
		issues.push({ file: entry.file, line: 1, field: '(file name)', message, severity: 'error' });

	// `aws-mla-c01.yml` beside `aws-mla-c01.yaml` (or `a.md` beside `a.mdx`) is one id: Astro keeps one
	// of them, with a mere warning, and the other's data silently replaces the page it meant.
	const ids = new Map<string, string>();
	for (const entry of [...content.articles, ...content.certs, ...content.domains, ...content.authors]) {
		const key = entry.file.slice(0, entry.file.lastIndexOf('.'));
		const other = ids.get(key);
		if (other) fileNameIssue(entry, `has the id of ${other}, and so its URL: rename or remove one of them`);
		ids.set(key, entry.file);
		if (entry.id.includes('/')) fileNameIssue(entry, `must sit directly in ${entry.file.slice(0, entry.file.lastIndexOf(entry.id))}: its file name is its URL`);
		else if (!idSchema.safeParse(entry.id).success) fileNameIssue(entry, 'is the id in URLs: use lower-case letters, digits and hyphens, like "exam-tips"');
	}

	// What readers see, and what articles and search filters find things by, must each name one thing.
	// Compared as readers see them and as search matches them: "David Jenkins" with a zero-width space, in full-width letters
	// or with a combining mark is the same name, and "MLÁ-C01" is "MLA-C01" to Pagefind, which ignores accents.
	const normalize = (value: string) => value.normalize('NFKD').replace(/[\p{M}\p{Cf}]/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
	// The first to claim a name keeps it, so a cert's code is claimed before any alias: the alias that repeats it is the one refused.
	// Returns the fields it refused, as "file field": a check of the same names that follows need not refuse them again.
	const requireUnique = <T>(names: [Entry<T>, PropertyKey[], string][], kind: string, what: string) => {
		const owners = new Map<string, Entry<T>>();
		const refused = new Set<string>();
		for (const [entry, path, value] of names) {
			const name = normalize(value);
			const owner = owners.get(name);
			if (!owner) owners.set(name, entry);
			else if (owner !== entry) {
				report(entry, path, `"${name}" already names the ${kind} ${owner.file}: two ${kind}s must not share ${what}`);
				refused.add(`${entry.file} ${path.join('.')}`);
			}
		}
		return refused;
	};
	requireUnique(content.authors.flatMap((author) => [[author, ['name'], author.id], [author, ['name'], author.data.name]]), 'author', 'a name or id');
	requireUnique(content.domains.map((domain) => [domain, ['name'], domain.data.name]), 'domain', 'a name');
	const refusedCertNames = requireUnique(
		[
			...content.certs.map((cert): [Entry<CertData>, PropertyKey[], string] => [cert, ['code'], cert.data.code]),
			...content.certs.map((cert): [Entry<CertData>, PropertyKey[], string] => [cert, ['name'], cert.data.name]),
			...content.certs.flatMap((cert) => cert.data.aliases.map((alias, index): [Entry<CertData>, PropertyKey[], string] => [cert, ['aliases', index], alias])),
		],
		'cert',
		'a code, name or alias',
	);
	// Search ranks a cert's landing page first for its code: a name or alias that repeats another cert's code would take that place.
	// Dashes, dots and spaces aside: "MLA‑C01" (a non-breaking hyphen), "MLA C01", "MLAC01" and "Exam MLA-C01." all name MLA-C01.
	const fold = (value: string) => normalize(value).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
	const codes = content.certs.map((cert) => fold(cert.data.code));
	content.certs.forEach((cert, index) => {
		// A code two certs share is refused on the second of them: above when written alike, here when "MLA.C01" follows "MLA-C01".
		const first = codes.indexOf(codes[index]);
		const twin = first < index ? content.certs[first] : undefined;
		if (twin && !refusedCertNames.has(`${cert.file} code`)) report(cert, ['code'], `names the code of the cert ${twin.file}: a code must name this cert alone`);
		const others = content.certs.flatMap((other, at) => (codes[at] === codes[index] ? [] : [[other, codes[at]] as const]));
		const names: [PropertyKey[], string][] = [[['name'], cert.data.name], ...cert.data.aliases.map((alias, index): [PropertyKey[], string] => [['aliases', index], alias])];
		for (const [path, name] of names) {
			if (refusedCertNames.has(`${cert.file} ${path.join('.')}`)) continue;
			const folded = fold(name);
			const taken = others.find(([, code]) => ` ${folded} `.includes(` ${code} `) || folded.replaceAll(' ', '') === code.replaceAll(' ', ''));
			if (taken) report(cert, path, `names the code of the cert ${taken[0].file}: ${path[0] === 'name' ? 'a name' : 'an alias'} must name this cert alone`);
		}
	});

	const findAuthor = createAuthorIndex(content.authors);
	for (const article of content.articles) {
		const data: ArticleData = article.data;
		if (/^\d+$/.test(article.id)) {
			fileNameIssue(article, `is a number, which /articles/${article.id}/ already uses for a page of the article index`);
		}
		// A saved article is checked on its own: the others have not changed.
		if (only && article.file !== only) continue;

		if (!findAuthor(data.author)) {
			const known = content.authors.map((author) => `${author.id} "${author.data.name}"`);
			report(
				article,
				['author'],
				`unknown author "${data.author}" (known: ${known.join(', ') || 'none, add one in content/authors/'})${formatSuggestion(data.author, content.authors.flatMap((a) => [a.id, a.data.name]))}`,
			);
		}

		data.certs.forEach((id, index) => {
			if (!certIds.includes(id)) report(article, ['certs', index], unknownId('cert', id, certIds));
		});
		const articleCerts = content.certs.filter((cert) => data.certs.includes(cert.id));
		const examDomainIds = articleCerts.flatMap((cert) => cert.data.exam_domains.map((domain) => domain.id));
		data.exam_domains.forEach((id, index) => {
			if (!data.certs.length) report(article, ['exam_domains', index], 'needs the certs it belongs to in `certs`');
			// With none of its certs known, the certs error already says what to fix.
			else if (articleCerts.length && !examDomainIds.includes(id)) {
				report(
					article,
					['exam_domains', index],
					`"${id}" is not an exam domain of ${articleCerts.map((cert) => cert.id).join(', ')} (known: ${examDomainIds.join(', ')})${formatSuggestion(id, examDomainIds)}`,
				);
			}
		});
		data.domains?.forEach((id, index) => {
			if (!domainIds.includes(id)) report(article, ['domains', index], unknownId('domain', id, domainIds));
		});

		if (typeof data.heroImage === 'string') {
			const problem = checkHeroImage(projectRoot, article.file, data.heroImage);
			if (problem) report(article, ['heroImage'], problem.message, problem.severity);
		}
		for (const image of findLocalBodyImages(article.file, article.source)) {
			const problem = checkLocalImage(projectRoot, join(dirname(article.file), image.path), image.path, { hero: false });
			if (problem) issues.push({ file: article.file, line: image.line, column: image.column, field: 'body', message: `image ${problem.message}`, severity: problem.severity });
		}

		if (data.title.length > TITLE_LIMIT) {
			report(article, ['title'], `is ${data.title.length} characters; search results show about ${TITLE_LIMIT}`, 'warning');
		}
		const undrawable = socialCards && !data.heroImage ? findUndrawable(data.title, canDrawOnCard) : [];
		if (undrawable.length) {
			report(article, ['title'], `has ${undrawable.map((character) => `${character} (${formatCodePoint(character)})`).join(', ')}, which social cards cannot draw: shared links show the site's default image (give a heroImage, or leave ${undrawable.length === 1 ? 'it' : 'them'} out)`, 'warning');
		}
		if (data.description.length > DESCRIPTION_LIMIT) {
			report(article, ['description'], `is ${data.description.length} characters; search engines show about ${DESCRIPTION_LIMIT}`, 'warning');
		}
		// A draft may hold the scaffold's sentences while it is written; a published article may not.
		const scaffold = data.draft ? 'warning' : 'error';
		if (data.description === SCAFFOLD_TEXT.description) report(article, ['description'], "is still npm run new's placeholder: say what the reader will know after reading", scaffold);
		// Most bodies hold none of the sentences: only those that do are read line by line.
		if (SCAFFOLD_TEXT.body.some((sentence) => article.body.includes(sentence))) {
			article.body.split('\n').forEach((text, index) => {
				const placeholder = SCAFFOLD_TEXT.body.find((sentence) => text.includes(sentence));
				if (placeholder) reportBodyLine(article, index, `still holds npm run new's placeholder "${placeholder}": write your own text`, scaffold);
			});
		}
		if (article.body.includes('#')) {
			for (const index of findTopHeadingLines(article.body)) reportBodyLine(article, index, "a # heading is a second h1 beside the title, the page's own: start the body's sections at ##", 'warning');
		}
		if (data.read_time !== undefined) {
			const computed = computeReadTime(article.body);
			if (Math.abs(data.read_time - computed) > computed / 2) {
				report(article, ['read_time'], `says ${data.read_time} min but the text reads in about ${computed} min`, 'warning');
			}
		}
	}

	for (const cert of content.certs) {
		cert.data.domains.forEach((id, index) => {
			if (!domainIds.includes(id)) report(cert, ['domains', index], unknownId('domain', id, domainIds));
		});
		const { successor } = cert.data;
		if (successor && (successor === cert.id || !certIds.includes(successor))) {
			report(cert, ['successor'], successor === cert.id ? 'a cert cannot succeed itself' : unknownId('cert', successor, certIds));
		}
	}
	return issues;
}

function locateImage(node: BodyNode, url: string) {
	return { path: decodePath(url), line: node.position?.start.line, column: node.position?.start.column };
}

/** `%20` as the bundler reads it; a broken escape (`%E0`) is kept as written, and so found missing, not a crash. */
function decodePath(url: string): string {
	try {
		return decodeURI(url);
	} catch {
		return url;
	}
}

/**
 * Body images with a path relative to the article, which the build bundles and so must find:
 * `![alt](./images/x.png)`, and the definitions an image reference (`![alt][label]`) or an image's
 * extension points at.
 */
function findLocalBodyImages(file: string, source: string): { path: string; line?: number; column?: number }[] {
	const body = source.slice(findBodyStart(source));
	// A body too big or too deep to parse safely is reported by the body check.
	if ((!body.includes('![') && !/^\s*\[[^\]]+\]:/m.test(body)) || checkBodyLimits(body)) return [];
	let tree: BodyNode;
	try {
		tree = parseArticleTree(file, source);
	} catch {
		// The body check reports the syntax error.
		return [];
	}
	const images: { path: string; line?: number; column?: number }[] = [];
	const definitions: BodyNode[] = [];
	// Labels that images use (`![alt][label]`): the bundler imports whatever their definition names, whatever its extension.
	const imageLabels = new Set<string>();
	const visit = (node: BodyNode) => {
		if (node.type === 'imageReference' && node.identifier !== undefined) imageLabels.add(node.identifier);
		if ((node.type === 'image' || node.type === 'definition') && node.url && readUrlScheme(node.url) === undefined && !/^[/#]/.test(node.url)) {
			if (node.type === 'image') images.push(locateImage(node, node.url));
			else definitions.push(node);
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(tree);
	for (const definition of definitions) {
		if (readImageExtension(definition.url!) || imageLabels.has(definition.identifier ?? '')) images.push(locateImage(definition, definition.url!));
	}
	return images;
}
