import * as pagefind from 'pagefind';
import { throwOnErrors } from './search-pages.ts';

export type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** A new Pagefind index, or the reason Pagefind could not start one. */
export async function createIndex(): Promise<PagefindIndex> {
	const { index, errors } = await pagefind.createIndex({});
	throwOnErrors(errors);
	if (!index) throw new Error('Pagefind could not start an index');
	return index;
}

/** Stops Pagefind's process, which would otherwise keep Node running. */
export const closePagefind = () => pagefind.close();
