import { spawnSync } from 'node:child_process';

/**
 * Reads `git log --format=%cI --name-only` output into the newest commit date of each file.
 * Git lists commits newest first, so the first date seen for a file is its last change.
 */
export function parseGitLog(output: string): Map<string, Date> {
	const dates = new Map<string, Date>();
	let current: Date | undefined;
	for (const line of output.split('\n')) {
		const text = line.trim();
		if (!text) continue;
		if (/^\d{4}-\d{2}-\d{2}T/.test(text)) current = new Date(text);
		else if (current && !dates.has(text)) dates.set(text, current);
	}
	return dates;
}

/**
 * The last commit date of every file under a folder, from one `git log` call (not one per file,
 * which would cost seconds on a thousand articles). Empty outside a git checkout.
 */
export function readGitDates(cwd: string, folder: string): Map<string, Date> {
	const result = spawnSync('git', ['log', '--format=%cI', '--name-only', '--relative', '--', folder], { cwd, encoding: 'utf8' });
	return result.status === 0 ? parseGitLog(result.stdout) : new Map();
}
