/**
 * `npm run import -- <files…> [--slug s] [--force] [--dry-run] [--localize-images]`: legacy
 * frontmatter articles → content/articles/<slug>.mdx; with `--localize-images`, a remote hero
 * image is downloaded once into content/articles/images/ and the article points at the copy.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { formatIssue } from '../src/lib/content-issues.ts';
import { parseCommandLine, refuseArguments } from '../src/node/command-line.ts';
import { ImportRefusal, readLegacyFrontmatter } from '../src/lib/import-legacy.ts';
import { findSlugOptionProblem, slugifyName } from '../src/lib/new-article.ts';
import { importArticles } from '../src/node/import-articles.ts';
import { downloadImage, LocalizeError } from '../src/node/localize-image.ts';
import { getCollectionFolder } from '../src/schemas/index.ts';

const USAGE = 'usage: npm run import -- <legacy files…> [--slug <slug>] [--force] [--dry-run] [--localize-images]';
const { values, positionals } = parseCommandLine(
	{
		allowPositionals: true,
		options: {
			slug: { type: 'string' },
			force: { type: 'boolean', default: false },
			'dry-run': { type: 'boolean', default: false },
			'localize-images': { type: 'boolean', default: false },
		},
	},
	USAGE,
);

if (!positionals.length) refuseArguments('name the legacy files to import', USAGE);
if (values.slug && positionals.length > 1) refuseArguments('--slug names one article: give one file with it', USAGE);
// Checked before the slug names any file (the hero image's is made from it).
const slugProblem = values.slug === undefined ? undefined : findSlugOptionProblem(values.slug);
if (slugProblem) refuseArguments(slugProblem, USAGE);

// `npm run` starts a script at the project's root: a path is the author's, from the folder they typed it in.
const typedIn = process.env.npm_lifecycle_event === 'import' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
const pathOf = (path: string) => resolve(typedIn, path);

// A path that is no file is a typing slip, not a crash: say so, one line per path, and write nothing.
const unreadable = positionals.flatMap((path) => {
	if (!existsSync(pathOf(path))) return [`${path}  (file)  no such file${/^[A-Za-z]:\\|\\/.test(path) ? ' (write the path with /, relative to this folder)' : ''}`];
	if (statSync(pathOf(path)).isDirectory()) return [`${path}  (file)  is a folder: give the files in it, like ${path.replace(/\/$/, '')}/*.txt`];
	return [];
});
if (unreadable.length) {
	console.error(`${unreadable.join('\n')}\nimport refused ${unreadable.length} of ${positionals.length} files; nothing was written`);
	process.exit(1);
}

const root = process.cwd();
const files = positionals.map((path) => ({ name: path, source: readFileSync(pathOf(path), 'utf8') }));
// Images written before the plan, so that the plan checks them as validate would; removed again if it is refused.
const images: string[] = [];
if (values['localize-images']) {
	const failures: string[] = [];
	for (const file of files) {
		let data: Record<string, unknown>;
		try {
			data = readLegacyFrontmatter(file.source).data;
		} catch (error) {
			// The import below refuses the file, saying why.
			if (error instanceof ImportRefusal) continue;
			throw error;
		}
		if (typeof data.heroImage !== 'string' || !/^https?:\/\//.test(data.heroImage) || typeof data.title !== 'string') continue;
		try {
			const { bytes, extension } = await downloadImage(data.heroImage);
			const image = `images/${values.slug ?? slugifyName(data.title)}-hero.${extension}`;
			const path = join(root, getCollectionFolder('articles'), image);
			mkdirSync(dirname(path), { recursive: true });
			// An image an earlier import left is kept as it is: a refusal must not remove it.
			if (!existsSync(path)) {
				writeFileSync(path, bytes);
				images.push(path);
			}
			file.source = file.source.replace(data.heroImage, `./${image}`);
		} catch (error) {
			if (!(error instanceof LocalizeError)) throw error;
			failures.push(`${file.name}  heroImage  ${error.message}`);
		}
	}
	if (failures.length) refuse(failures);
}
const result = importArticles(root, files, {
	slug: values.slug,
	force: values.force,
	exists: (file) => existsSync(join(root, file)),
	read: (file) => readFileSync(join(root, file), 'utf8'),
});
if (result.refusals.length) refuse(result.refusals.map((refusal) => refusal.issues.map((issue) => formatIssue(issue)).join('\n')));
if (values['dry-run']) for (const image of images) rmSync(image);
for (const image of images) result.log.push(`${values['dry-run'] ? 'would download' : 'downloaded'} ${image.slice(root.length + 1)}`);
// A dry run says what would happen, in those words.
if (values['dry-run']) result.log = result.log.map((line) => line.replace(/^(created|updated) /, (_, verb: string) => `would be ${verb} `));

/** Refuses the whole import: nothing stays written, the downloaded images included. */
function refuse(lines: string[]): never {
	for (const image of images) rmSync(image, { force: true });
	console.error(`${lines.join('\n')}\nimport refused ${lines.length} of ${positionals.length} files; nothing was written`);
	process.exit(1);
}
if (!values['dry-run']) {
	for (const write of result.writes) {
		mkdirSync(join(root, dirname(write.file)), { recursive: true });
		writeFileSync(join(root, write.file), write.text);
	}
}
for (const line of result.log) console.log(line);
const count = `${result.writes.length} ${result.writes.length === 1 ? 'file' : 'files'}`;
const from = positionals.map((path) => basename(path)).join(', ');
console.log(values['dry-run'] ? `dry run: ${count} would be written from ${from}; nothing was written` : `${count} written from ${from}`);
