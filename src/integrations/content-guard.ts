import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { type ContentIssue, formatIssue, formatReport } from '../lib/content-issues.ts';
import type { LoadedContent } from '../node/load-content.ts';
import type { ContentTrust } from '../lib/body-policy.ts';
import { type CheckSettings, checkBody, hasErrors, recheckPath, validateContent } from '../node/validate-content.ts';
import { CONTENT_ROOT, getCollectionFolder } from '../schemas/index.ts';
import { publishContentProblems } from '../data/content-problems.ts';

/**
 * Runs `validate` before Astro reads any content: a build with an invalid file stops before it
 * writes anything, with the same `file:line  field  message` lines the validate command prints.
 * In dev, problems are logged at start and again whenever a content file changes, and an MDX
 * body the trust mode refuses is never compiled: it could run code on the author's machine.
 */
export function contentGuard({ trust, ...settings }: { trust: ContentTrust } & CheckSettings): AstroIntegration {
	let root = '';
	let content: LoadedContent | undefined;
	return {
		name: 'certguides:content-guard',
		hooks: {
			'astro:config:setup': ({ command, config, logger, updateConfig }) => {
				if (command !== 'build' && command !== 'dev') return;
				root = fileURLToPath(config.root);
				// A build has just checked every body above; the dev server compiles files saved since.
				if (trust === 'restricted' && command === 'dev') updateConfig({ vite: { plugins: [refuseUntrustedBodies(root)] } });
				content = validateContent(root, trust, settings);
				const { issues, fileCount } = content;
				if (command === 'build' && hasErrors(issues)) {
					// Thrown, Astro would present this as a crash of this hook; these are the author's lines.
					logger.error(`Invalid content, nothing built:\n${formatReport(issues, fileCount)}\nFix the fields above (npm run validate lists the same problems), then build again.`);
					process.exit(1);
				}
				logIssues(logger, issues);
				if (command === 'dev') publishContentProblems(issues);
				// Only the dev server rechecks; a build would carry every file's text through all its pages for nothing.
				else content = undefined;
			},
			'astro:server:setup': ({ server, logger }) => {
				const recheck = (path: string) => {
					// After the current tick, so that Vite's own reload of the page goes first.
					setTimeout(() => {
						const file = relative(root, path).split(sep).join('/');
						if (!content || !file.startsWith(`${CONTENT_ROOT}/`)) return;
						const found = recheckPath(content, root, path, trust, settings);
						logIssues(logger, found);
						// An article's save touches its own problems; a cert, domain or author can touch any article's.
						if (!file.startsWith(`${getCollectionFolder('articles')}/`)) content = validateContent(root, trust, settings);
						else content.issues = [...content.issues.filter((issue) => issue.file !== file), ...found.filter((issue) => issue.file === file)];
						publishContentProblems(content.issues);
					});
				};
				for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, recheck);
			},
		},
	};
}

/**
 * Checks an article's MDX as the dev server is about to compile it, before the MDX plugin does:
 * a refused body stops there, with the author's lines in the terminal and the error overlay.
 */
function refuseUntrustedBodies(root: string) {
	const articles = `${getCollectionFolder('articles')}/`;
	return {
		name: 'certguides:refuse-untrusted-bodies',
		enforce: 'pre' as const,
		transform(code: string, id: string) {
			const file = relative(root, id.split('?')[0]).split(sep).join('/');
			if (!file.startsWith(articles) || !file.endsWith('.mdx')) return;
			const refused = checkBody(file, code, 'restricted').filter((issue) => issue.severity === 'error');
			if (!refused.length) return;
			const error = new Error(`Refused, not compiled:\n${refused.map((issue) => formatIssue(issue)).join('\n')}`);
			// The lines say where each problem is; a stack trace would only point into this file.
			error.stack = '';
			throw error;
		},
	};
}

function logIssues(logger: AstroIntegrationLogger, issues: ContentIssue[]) {
	for (const issue of issues) logger[issue.severity === 'error' ? 'error' : 'warn'](formatIssue(issue));
}
