import type { AuthorData } from '../schemas/index.ts';

/** Finds the author an article names, by id or by the author's `name`, in any case. */
export function findAuthor<T extends { id: string; data: Pick<AuthorData, 'name'> }>(
	authors: readonly T[],
	reference: string,
): T | undefined {
	const lower = reference.trim().toLowerCase();
	return authors.find((author) => author.id === reference || author.data.name.toLowerCase() === lower);
}
