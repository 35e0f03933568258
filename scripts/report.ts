/** `npm run report [-- --json]`: how well the articles cover each cert's exam outline, and what needs a look. */
import { buildCoverageReport, formatCoverageReport } from '../src/lib/coverage-report.ts';
import { formatIssue, formatSummary, hasErrors, sortIssues } from '../src/lib/content-issues.ts';
import { site } from '../src/config/site.ts';
import { parseCommandLine } from '../src/node/command-line.ts';
import { readGitDates } from '../src/node/git-dates.ts';
import { loadSiteGraph } from '../src/node/site-graph.ts';
import { validateContent } from '../src/node/validate-content.ts';
import { getCollectionFolder } from '../src/schemas/index.ts';

const { values } = parseCommandLine({ options: { json: { type: 'boolean', default: false } } }, 'usage: npm run report [-- --json]');
const root = process.cwd();
// Git reads the history in its own process while the content is checked.
const history = site.gitDates ? readGitDates(root, getCollectionFolder('articles')) : undefined;
const content = validateContent(root, site.contentTrust, { socialCards: site.socialCards });
if (hasErrors(content.issues)) {
	// A report on content the build would refuse would describe a site that cannot exist.
	// The errors alone, which stop it; the summary counts the warnings too, as validate's does.
	const errors = sortIssues(content.issues.filter((issue) => issue.severity === 'error')).map((issue) => formatIssue(issue));
	console.error(`${[...errors, formatSummary(content.issues, content.fileCount)].join('\n')}\nFix these first (npm run validate), then report again.`);
	process.exit(1);
}
const now = new Date();
const { updates } = (await history) ?? { updates: new Map<string, Date>() };
const report = buildCoverageReport(loadSiteGraph(content, { now, updates }), { now });
console.log(values.json ? JSON.stringify(report, null, 2) : formatCoverageReport(report));
