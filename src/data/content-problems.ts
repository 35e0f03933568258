import type { ContentIssue } from '../lib/content-issues.ts';

/**
 * The dev server's live list of content problems: the content guard writes it at start and after
 * every save, the pages read it as they render (both run in the dev server's one process), so an
 * invalid article shows its problems instead of stopping the preview.
 */
const KEY = Symbol.for('certguides.content-problems');

type Registry = { issues: readonly ContentIssue[] };

function registry(): Registry {
	const holder = globalThis as Record<symbol, Registry | undefined>;
	return (holder[KEY] ??= { issues: [] });
}

export function publishContentProblems(issues: readonly ContentIssue[]) {
	registry().issues = issues;
}

/** Every error in the content, as the guard last found it; none outside the dev server. */
export function readContentProblems(): readonly ContentIssue[] {
	return registry().issues.filter((issue) => issue.severity === 'error');
}

const VERDICT_KEY = Symbol.for('certguides.content-verdict');

/**
 * A build's check of every content file runs while Astro reads them: the content guard leaves the
 * check here, settled once it has stopped the build over the author's errors or found none.
 */
export function publishContentVerdict(verdict: Promise<void>) {
	(globalThis as Record<symbol, Promise<void> | undefined>)[VERDICT_KEY] = verdict;
}

/** Waits for the build's check of the content, if one runs: it stops the build first when the content has errors. */
export async function awaitContentVerdict() {
	await (globalThis as Record<symbol, Promise<void> | undefined>)[VERDICT_KEY];
}

/** Marks an entry whose file Astro could not read or whose data failed the schema; such entries stay out of the site graph. */
export const INVALID_ENTRY = '__certguidesInvalid';
