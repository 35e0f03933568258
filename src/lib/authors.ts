import type { AuthorData } from '../schemas/index.ts';

type AuthorLike = { id: string; data: Pick<AuthorData, 'name'> };

/**
 * Finds the author an article names: by id first, else by the author's `name` in any case. An id
 * wins over another author's name, so validate and the site always agree on who wrote what.
 */
export function findAuthor<T extends AuthorLike>(authors: readonly T[], reference: string): T | undefined {
	return createAuthorIndex(authors)(reference);
}

/** `findAuthor` for many look-ups: the authors are indexed once, each look-up costs two map reads. */
export function createAuthorIndex<T extends AuthorLike>(authors: readonly T[]): (reference: string) => T | undefined {
	const byId = new Map(authors.map((author) => [author.id, author]));
	const byName = new Map<string, T>();
	for (const author of authors) {
		const name = author.data.name.trim().toLowerCase();
		if (!byName.has(name)) byName.set(name, author);
	}
	return (reference) => byId.get(reference) ?? byName.get(reference.trim().toLowerCase());
}
