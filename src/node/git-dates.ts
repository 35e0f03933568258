import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GIT_LOG_FORMAT, parseIgnoreRevs, parseUpdateDates } from '../lib/git-log.ts';

/** What reading the history gave: the update dates, or why there are none. */
export interface GitDates {
	updates: Map<string, Date>;
	/** Set when git could not be asked: not a checkout, no git, or git failed. */
	problem?: string;
}

/**
 * The day each file under a folder was last changed after it was added, from one `git log` run
 * at the project root (one per build, not one per file: a thousand spawns cost seconds). The
 * output is read whole however large the history: Node's default 1 MiB buffer would cut a log of
 * a few thousand articles short. Commits named in the root's `.git-blame-ignore-revs` are skipped.
 */
export function readGitDates(projectRoot: string, folder: string): GitDates {
	const result = spawnSync(
		'git',
		['-c', 'core.quotePath=false', 'log', GIT_LOG_FORMAT, '--name-status', '--no-renames', '--relative', '--', folder],
		{ cwd: projectRoot, encoding: 'utf8', maxBuffer: Number.POSITIVE_INFINITY },
	);
	if (result.error) return { updates: new Map(), problem: `git could not run: ${result.error.message}` };
	if (result.status !== 0) return { updates: new Map(), problem: result.stderr.trim().split('\n')[0] || `git exited with ${result.status}` };
	return { updates: parseUpdateDates(result.stdout, readIgnoredRevs(projectRoot)) };
}

function readIgnoredRevs(projectRoot: string): Set<string> {
	try {
		return parseIgnoreRevs(readFileSync(join(projectRoot, '.git-blame-ignore-revs'), 'utf8'));
	} catch {
		return new Set();
	}
}
