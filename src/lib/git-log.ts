/** The mark that starts each commit's line in the log `readGitLog` asks git for: no path can hold it. */
export const COMMIT_MARK = '\0';

/** The `git log` format that `parseUpdateDates` reads: a mark, the commit's hash and its date. */
export const GIT_LOG_FORMAT = `--format=%x00%H %cI`;

/**
 * Reads `git log --name-only` output (newest commit first) into the day each file was last
 * changed *after* the commit that added it. A file committed once has no update, so an import,
 * a first commit or a shallow clone never makes an article look revised. Commits listed in
 * `ignored` (a bulk reformat, say) are not changes.
 */
export function parseUpdateDates(output: string, ignored: ReadonlySet<string> = new Set()): Map<string, Date> {
	const newest = new Map<string, Date>();
	const counts = new Map<string, number>();
	let current: Date | undefined;
	for (const line of output.split('\n')) {
		if (line.startsWith(COMMIT_MARK)) {
			const [hash, date] = line.slice(1).split(' ');
			current = ignored.has(hash) ? undefined : new Date(date);
		} else if (current && line) {
			if (!newest.has(line)) newest.set(line, current);
			counts.set(line, (counts.get(line) ?? 0) + 1);
		}
	}
	return new Map([...newest].filter(([file]) => (counts.get(file) ?? 0) > 1));
}

/** The commit hashes of a `.git-blame-ignore-revs` file: one per line, `#` comments and blank lines left out. */
export function parseIgnoreRevs(text: string): Set<string> {
	return new Set(
		text
			.split('\n')
			.map((line) => line.replace(/#.*/, '').trim())
			.filter(Boolean),
	);
}
