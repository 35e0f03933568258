import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { type ContentIssue, formatIssue, formatReport, hasErrors } from '../lib/content-issues.ts';
import type { LoadedContent } from '../node/load-content.ts';
import type { ContentTrust } from '../lib/body-policy.ts';
import type { CheckSettings } from '../node/validate-content.ts';
import { CONTENT_ROOT, getCollectionFolder } from '../schemas/index.ts';
import { publishContentProblems, publishContentVerdict } from '../data/content-problems.ts';
import type { GuardData, GuardVerdict } from './content-guard-worker.ts';
import { readAnswer } from './worker-threads.ts';

/** The checks of `validate`: the dev server loads them as it starts; a build runs them in the guard's thread. */
type Checks = typeof import('../node/validate-content.ts');

/**
 * Runs `validate` as a build starts: a build with an invalid file stops before it compiles or
 * writes anything, with the same `file:line  field  message` lines the validate command prints.
 * The check runs in a thread of its own while Astro reads the content, and the build waits for it
 * before compiling; a file Astro fails to read waits for it too, so the author sees these lines,
 * not Astro's. In dev, problems are logged at start and again whenever a content file changes,
 * and an MDX body the trust mode refuses is never compiled: it could run code on the author's machine.
 */
export function contentGuard({ trust, ...settings }: { trust: ContentTrust } & CheckSettings): AstroIntegration {
	let root = '';
	let content: LoadedContent | undefined;
	let checks: Checks;
	let verdict: Promise<void> | undefined;
	return {
		name: 'certguides:content-guard',
		hooks: {
			'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
				if (command !== 'build' && command !== 'dev') return;
				root = fileURLToPath(config.root);
				if (command === 'build') {
					verdict = checkInThread({ root, trust, settings }).then(
						({ issues, fileCount }) => {
							if (hasErrors(issues)) stop(logger, `Invalid content, nothing built:\n${formatReport(issues, fileCount)}\nFix the fields above (npm run validate lists the same problems), then build again.`);
							logIssues(logger, issues);
						},
						(error: unknown) => stop(logger, `The content could not be checked, nothing built: ${error instanceof Error ? error.message : String(error)}`),
					);
					publishContentVerdict(verdict);
					return;
				}
				// Loaded here, not at start: a build checks in its own thread and need not load the checks (0.1 s).
				checks = await import('../node/validate-content.ts');
				// The build checks every body before it compiles one; the dev server compiles files as they are saved.
				if (trust === 'restricted') updateConfig({ vite: { plugins: [refuseUntrustedBodies(root, checks.checkBody)] } });
				content = checks.validateContent(root, trust, settings);
				logIssues(logger, content.issues);
				publishContentProblems(content.issues);
			},
			'astro:build:start': () => verdict,
			'astro:server:setup': ({ server, logger }) => {
				const recheck = (path: string) => {
					// After the current tick, so that Vite's own reload of the page goes first.
					setTimeout(() => {
						const file = relative(root, path).split(sep).join('/');
						if (!content || !file.startsWith(`${CONTENT_ROOT}/`)) return;
						const found = checks.recheckPath(content, root, path, trust, settings);
						logIssues(logger, found);
						// An article's save touches its own problems; a cert, domain or author can touch any article's.
						if (!file.startsWith(`${getCollectionFolder('articles')}/`)) content = checks.validateContent(root, trust, settings);
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
function refuseUntrustedBodies(root: string, checkBody: Checks['checkBody']) {
	const articles = `${getCollectionFolder('articles')}/`;
	return {
		name: 'certguides:refuse-untrusted-bodies',
		enforce: 'pre' as const,
		transform: {
			// Only MDX is compiled to code; the bundler need not call this plugin for anything else.
			filter: { id: /\.mdx(?:\?.*)?$/ },
			handler(code: string, id: string) {
				const file = relative(root, id.split('?')[0]).split(sep).join('/');
				if (!file.startsWith(articles)) return;
				const refused = checkBody(file, code, 'restricted').filter((issue) => issue.severity === 'error');
				if (!refused.length) return;
				const error = new Error(`Refused, not compiled:\n${refused.map((issue) => formatIssue(issue)).join('\n')}`);
				// The lines say where each problem is; a stack trace would only point into this file.
				error.stack = '';
				throw error;
			},
		},
	};
}

/** The check of every content file, in a worker thread (`content-guard-worker.ts`). */
function checkInThread(data: GuardData): Promise<GuardVerdict> {
	return readAnswer(new Worker(new URL('./content-guard-worker.ts', import.meta.url), { workerData: data }), 'its thread');
}

/** Thrown, Astro would present this as a crash of a hook; these are the author's lines. */
function stop(logger: AstroIntegrationLogger, message: string): never {
	logger.error(message);
	process.exit(1);
}

function logIssues(logger: AstroIntegrationLogger, issues: ContentIssue[]) {
	for (const issue of issues) logger[issue.severity === 'error' ? 'error' : 'warn'](formatIssue(issue));
}
