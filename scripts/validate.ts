/**
 * `npm run validate [-- --format text|json|github] [--json] [--staged]`: checks every content file
 * without Astro; exit 1 on any error. `github` prints GitHub Actions annotations, one per problem;
 * `--staged` reports only on the content files git has staged (the pre-commit hook's check).
 */
import { spawnSync } from 'node:child_process';
import { styleText } from 'node:util';
import { site } from '../src/config/site.ts';
import { formatGithubAnnotation, formatIssuesJson, formatReport, formatSummary, hasErrors, sortIssues } from '../src/lib/content-issues.ts';
import { formatPublishingSummary } from '../src/lib/publishing-summary.ts';
import { parseCommandLine, refuseArguments } from '../src/node/command-line.ts';
import { loadSiteGraph } from '../src/node/site-graph.ts';
import { validateContent } from '../src/node/validate-content.ts';
import { CONTENT_ROOT, getCollectionFolder } from '../src/schemas/index.ts';

const USAGE = 'usage: npm run validate [-- --format text|json|github] [--json] [--staged]   (checks every content file; one file\'s problems are the lines that name it)';
const { values } = parseCommandLine(
	{ options: { json: { type: 'boolean', default: false }, format: { type: 'string', default: 'text' }, staged: { type: 'boolean', default: false } } },
	USAGE,
);
const format = values.json ? 'json' : values.format;
if (!['text', 'json', 'github'].includes(format)) refuseArguments(`--format must be text, json or github, not "${format}"`, USAGE);
const content = validateContent(process.cwd(), site.contentTrust, { socialCards: site.socialCards });
const { issues, fileCount } = values.staged ? keepStaged(content.issues) : content;

if (format === 'json') {
	console.log(formatIssuesJson(issues));
} else if (format === 'github') {
	for (const issue of sortIssues(issues)) console.log(formatGithubAnnotation(issue));
	console.log(formatSummary(issues, fileCount));
} else {
	const color = process.stdout.isTTY && !process.env.NO_COLOR;
	console.log(formatReport(issues, fileCount, color ? { paint: styleText } : {}));
	// With errors nothing is published. Git dates change only how articles are dated: no git run here.
	if (!hasErrors(issues) && !values.staged) console.log(formatPublishingSummary(loadSiteGraph(content).articles));
}
process.exitCode = hasErrors(issues) ? 1 : 0;

/**
 * The problems of the content files git has staged, as the working tree has them. A staged cert,
 * domain or author (added, changed, renamed or deleted) can break any article that names it, so
 * with one staged every error counts; a file turned into a symlink is staged like any change.
 */
function keepStaged(all: typeof content.issues) {
	const git = spawnSync('git', ['diff', '--cached', '--name-only', '--diff-filter=ACDMRT', '-z', '--', CONTENT_ROOT], { encoding: 'utf8' });
	if (git.status !== 0) {
		console.error(`--staged needs git: ${git.stderr.trim()}`);
		process.exit(2);
	}
	const staged = new Set(git.stdout.split('\0').filter(Boolean));
	const touchesData = [...staged].some((file) => !file.startsWith(`${getCollectionFolder('articles')}/`));
	// The check reads the working tree: a staged file with more changes beside it would be checked, not committed, as it is.
	const changedSince = spawnSync('git', ['diff', '--name-only', '-z', '--', CONTENT_ROOT], { encoding: 'utf8' }).stdout.split('\0');
	const unstaged = changedSince.filter((file) => staged.has(file)).map((file) => ({
		file,
		field: '(git)',
		message: 'has changes that are not staged, so the check cannot see what you commit: git add them, or stash them, and commit again',
		severity: 'error' as const,
	}));
	return { issues: [...unstaged, ...all.filter((issue) => staged.has(issue.file) || (touchesData && issue.severity === 'error'))], fileCount: staged.size };
}
