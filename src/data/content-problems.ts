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

/** Marks an entry whose file Astro could not read or whose data failed the schema; such entries stay out of the site graph. */
export const INVALID_ENTRY = '__certguidesInvalid';
