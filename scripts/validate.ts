/** `npm run validate [-- --json]`: checks every content file without Astro; exit 1 on any error. */
import { parseArgs, styleText } from 'node:util';
import { site } from '../src/config/site.ts';
import { formatReport, sortIssues } from '../src/lib/content-issues.ts';
import { formatPublishingSummary } from '../src/lib/publishing-summary.ts';
import { loadSiteGraph } from '../src/node/site-graph.ts';
import { hasErrors, validateContent } from '../src/node/validate-content.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const content = validateContent(process.cwd(), site.contentTrust);
const { issues, fileCount } = content;

if (values.json) {
	console.log(JSON.stringify(sortIssues(issues), null, 2));
} else {
	const color = process.stdout.isTTY && !process.env.NO_COLOR;
	console.log(formatReport(issues, fileCount, color ? { paint: styleText } : {}));
	// With errors nothing is published. Git dates change only how articles are dated: no git run here.
	if (!hasErrors(issues)) console.log(formatPublishingSummary(loadSiteGraph(content).articles));
}
process.exitCode = hasErrors(issues) ? 1 : 0;
