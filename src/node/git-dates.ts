import { spawn } from 'node:child_process';
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
 * at the project root (one per build, not one per file: a thousand spawns cost seconds). Git runs
 * in its own process while the caller goes on: on a history of a few hundred commits it takes most
 * of a second, which the build spends checking content meanwhile. The output is read whole however
 * large the history (a log of a few thousand articles outgrows any fixed buffer). Commits named in
 * the root's `.git-blame-ignore-revs` are skipped. Never rejects: a problem is part of the answer.
 */
export function readGitDates(projectRoot: string, folder: string): Promise<GitDates> {
	return new Promise((resolve) => {
		const git = spawn('git', ['-c', 'core.quotePath=false', 'log', GIT_LOG_FORMAT, '--name-status', '--no-renames', '--relative', '--', folder], {
			cwd: projectRoot,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const output: Buffer[] = [];
		const errors: Buffer[] = [];
		git.stdout.on('data', (chunk: Buffer) => output.push(chunk));
		git.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
		// Settles the promise first when git cannot start; the 'close' that follows changes nothing.
		git.on('error', (error) => resolve({ updates: new Map(), problem: `git could not run: ${error.message}` }));
		git.on('close', (status) => {
			if (status !== 0) {
				resolve({ updates: new Map(), problem: Buffer.concat(errors).toString('utf8').trim().split('\n')[0] || `git exited with ${status}` });
				return;
			}
			// Joined before decoding: a chunk can end inside a character of a file name.
			resolve({ updates: parseUpdateDates(Buffer.concat(output).toString('utf8'), readIgnoredRevs(projectRoot)) });
		});
	});
}

function readIgnoredRevs(projectRoot: string): Set<string> {
	try {
		return parseIgnoreRevs(readFileSync(join(projectRoot, '.git-blame-ignore-revs'), 'utf8'));
	} catch {
		return new Set();
	}
}
