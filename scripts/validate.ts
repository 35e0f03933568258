/** `npm run validate [-- --json]`: checks every content file without Astro; exit 1 on any error. */
import { parseArgs } from 'node:util';
import { formatReport, sortIssues } from '../src/lib/content-issues.ts';
import { hasErrors, validateContent } from '../src/node/validate-content.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const { issues, fileCount } = validateContent(process.cwd());

if (values.json) {
	console.log(JSON.stringify(sortIssues(issues), null, 2));
} else {
	const color = process.stdout.isTTY && !process.env.NO_COLOR;
	console.log(formatReport(issues, fileCount, { color }));
}
process.exitCode = hasErrors(issues) ? 1 : 0;
