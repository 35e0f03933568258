import { lstatSync, realpathSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * A check of whether a symbolic link leads to a content path from the project's root: the file
 * itself, or a folder on the way. It is its own small module because Astro's content config loads
 * it, through Vite, before any content is read. Each folder's real path is looked up once per
 * check, not once per file: one pass over a thousand articles would otherwise resolve the same
 * folder two thousand times. Make a new check for each pass, so that a folder replaced by a link
 * between two passes (a save in the dev server) is seen.
 */
export function createLinkCheck(projectRoot: string): (path: string) => boolean {
	const realRoot = realpathSync(projectRoot);
	const linkedFolders = new Map<string, boolean>();
	return (path) => {
		if (lstatSync(path).isSymbolicLink()) return true;
		const folder = dirname(path);
		let linked = linkedFolders.get(folder);
		if (linked === undefined) {
			linked = realpathSync(folder) !== join(realRoot, relative(projectRoot, folder));
			linkedFolders.set(folder, linked);
		}
		return linked;
	};
}
