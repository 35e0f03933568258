import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { type ContentIssue, formatIssue, formatReport } from '../lib/content-issues.ts';
import type { LoadedContent } from '../node/load-content.ts';
import { hasErrors, recheckPath, validateContent } from '../node/validate-content.ts';

/**
 * Runs `validate` before Astro reads any content: a build with an invalid file stops before it
 * writes anything, with the same `file:line  field  message` lines the validate command prints.
 * In dev, problems are logged at start and again whenever a content file changes.
 */
export function contentGuard(): AstroIntegration {
	let root = '';
	let content: LoadedContent | undefined;
	return {
		name: 'certguides:content-guard',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				root = fileURLToPath(config.root);
				content = validateContent(root);
				const { issues, fileCount } = content;
				if (command === 'build' && hasErrors(issues)) {
					const error = new AstroError(
						`Invalid content:\n${formatReport(issues, fileCount)}`,
						'Fix the fields above (npm run validate lists the same problems), then build again.',
					);
					// The lines say where each problem is; a stack trace would only point into this file.
					error.stack = '';
					throw error;
				}
				logIssues(logger, issues);
			},
			'astro:server:setup': ({ server, logger }) => {
				const recheck = (path: string) => {
					// After the current tick, so that Vite's own reload of the page goes first.
					setTimeout(() => {
						if (content) logIssues(logger, recheckPath(content, root, path));
					});
				};
				for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, recheck);
			},
		},
	};
}

function logIssues(logger: AstroIntegrationLogger, issues: ContentIssue[]) {
	for (const issue of issues) logger[issue.severity === 'error' ? 'error' : 'warn'](formatIssue(issue));
}
