/**
 * `npm run validate [-- --format text|json|github] [--json]`: checks every content file without
 * Astro; exit 1 on any error. `github` prints GitHub Actions annotations, one per problem.
 */
import { parseArgs, styleText } from 'node:util';
import { site } from '../src/config/site.ts';
import { formatGithubAnnotation, formatReport, formatSummary, sortIssues } from '../src/lib/content-issues.ts';
import { formatPublishingSummary } from '../src/lib/publishing-summary.ts';
import { loadSiteGraph } from '../src/node/site-graph.ts';
import { hasErrors, validateContent } from '../src/node/validate-content.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, format: { type: 'string', default: 'text' } } });
const format = values.json ? 'json' : values.format;
if (!['text', 'json', 'github'].includes(format)) {
	console.error(`--format must be text, json or github, not "${format}"`);
	process.exit(2);
}
const content = validateContent(process.cwd(), site.contentTrust);
const { issues, fileCount } = content;

if (format === 'json') {
	console.log(JSON.stringify(sortIssues(issues), null, 2));
} else if (format === 'github') {
	for (const issue of sortIssues(issues)) console.log(formatGithubAnnotation(issue));
	console.log(formatSummary(issues, fileCount));
} else {
	const color = process.stdout.isTTY && !process.env.NO_COLOR;
	console.log(formatReport(issues, fileCount, color ? { paint: styleText } : {}));
	// With errors nothing is published. Git dates change only how articles are dated: no git run here.
	if (!hasErrors(issues)) console.log(formatPublishingSummary(loadSiteGraph(content).articles));
}
process.exitCode = hasErrors(issues) ? 1 : 0;
