/** The mark that starts each commit's line in the log `readGitDates` asks git for: no path can hold it. */
export const COMMIT_MARK = '\0';

/** The `git log` format that `parseUpdateDates` reads: a mark, the commit's hash and its date. */
export const GIT_LOG_FORMAT = `--format=%x00%H %cI`;

/**
 * Reads `git log --name-status --no-renames` output (newest commit first) into the day each file
 * was last changed *after* the commit that last added it. A file committed once has no update, so
 * an import, a first commit or a shallow clone never makes an article look revised, and a file
 * deleted and added again counts from its new start. Commits listed in `ignored` (a bulk reformat,
 * say) are not changes, though one that adds a file still marks where the file starts.
 */
export function parseUpdateDates(output: string, ignored: ReadonlySet<string> = new Set()): Map<string, Date> {
	const updates = new Map<string, Date>();
	/** Files whose latest add has been met: older lines say nothing about them. */
	const started = new Set<string>();
	/** The newest change of each file met so far, before its add. */
	const changed = new Map<string, Date>();
	let commit: { date: Date; ignored: boolean } | undefined;
	for (const line of output.split('\n')) {
		if (line.startsWith(COMMIT_MARK)) {
			const [hash, date] = line.slice(1).split(' ');
			commit = { date: new Date(date), ignored: ignored.has(hash) };
			continue;
		}
		const [status, file] = line.split('\t');
		if (!commit || !file || started.has(file)) continue;
		if (status === 'A') {
			started.add(file);
			const update = changed.get(file);
			if (update) updates.set(file, update);
		} else if (status === 'M' && !commit.ignored && !changed.has(file)) {
			changed.set(file, commit.date);
		}
	}
	return updates;
}

/** The commit hashes of a `.git-blame-ignore-revs` file: one per line, `#` comments and blank lines left out. */
export function parseIgnoreRevs(text: string): Set<string> {
	return new Set(
		text
			.split(/\r?\n/)
			.map((line) => line.replace(/#.*/, '').trim())
			.filter(Boolean),
	);
}
