/** `npm run import -- <files…> [--slug s] [--force] [--dry-run]`: legacy frontmatter articles → content/articles/<slug>.mdx. */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue } from '../src/lib/content-issues.ts';
import { importArticles } from '../src/node/import-articles.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		slug: { type: 'string' },
		force: { type: 'boolean', default: false },
		'dry-run': { type: 'boolean', default: false },
	},
});

if (!positionals.length) {
	console.error('usage: npm run import -- <legacy files…> [--slug <slug>] [--force] [--dry-run]');
	process.exit(2);
}
if (values.slug && positionals.length > 1) {
	console.error('--slug names one article: give one file with it');
	process.exit(2);
}

// A path that is no file is a typing slip, not a crash: say so, one line per path, and write nothing.
const unreadable = positionals.flatMap((path) => {
	if (!existsSync(path)) return [`${path}  (file)  no such file${/^[A-Za-z]:\\|\\/.test(path) ? ' (write the path with /, relative to this folder)' : ''}`];
	if (statSync(path).isDirectory()) return [`${path}  (file)  is a folder: give the files in it, like ${path.replace(/\/$/, '')}/*.txt`];
	return [];
});
if (unreadable.length) {
	console.error(`${unreadable.join('\n')}\nimport refused ${unreadable.length} of ${positionals.length} files; nothing was written`);
	process.exit(1);
}

const root = process.cwd();
const result = importArticles(
	root,
	positionals.map((path) => ({ name: path, source: readFileSync(path, 'utf8') })),
	{ slug: values.slug, force: values.force, exists: (file) => existsSync(join(root, file)), read: (file) => readFileSync(join(root, file), 'utf8') },
);

for (const refusal of result.refusals) console.error(refusal.issues.map((issue) => formatIssue(issue)).join('\n'));
if (result.refusals.length) {
	console.error(`import refused ${result.refusals.length} of ${positionals.length} files; nothing was written`);
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
