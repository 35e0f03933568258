import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One page's record in a built Pagefind index, as far as the tests read it. */
export interface SearchRecord {
	url: string;
	content: string;
	filters: Record<string, string[]>;
	meta: Record<string, string>;
}

/** Every record of the index a build wrote into `dist`, as Pagefind stores it: gzipped JSON after a signature. */
export function readSearchRecords(dist: string): SearchRecord[] {
	const folder = join(dist, 'pagefind', 'fragment');
	return readdirSync(folder).map((file) => {
		const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
		return JSON.parse(text.slice(text.indexOf('{'))) as SearchRecord;
	});
}
