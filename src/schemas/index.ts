import { articleEntrySchema, articleSchema, DESCRIPTION_LIMIT, TITLE_LIMIT } from './article.ts';
import { authorSchema } from './author.ts';
import { certSchema } from './cert.ts';
import { domainSchema } from './domain.ts';

export { articleEntrySchema, articleSchema, authorSchema, certSchema, DESCRIPTION_LIMIT, domainSchema, TITLE_LIMIT };
export type { ArticleData, Cta, ImageField } from './article.ts';
export type { AuthorData } from './author.ts';
export type { CertData, ExamDomain } from './cert.ts';
export type { DomainData } from './domain.ts';

/** The top-level folder that holds every collection. */
export const CONTENT_ROOT = 'content';

/** Where each collection's files live under `content/`, and the file extensions that count. */
export const collectionFiles = {
	articles: { folder: 'articles', extensions: ['md', 'mdx'] },
	certs: { folder: 'certs', extensions: ['yaml', 'yml'] },
	domains: { folder: 'domains', extensions: ['yaml', 'yml'] },
	authors: { folder: 'authors', extensions: ['yaml', 'yml'] },
} as const;

export type CollectionName = keyof typeof collectionFiles;

/** A collection's folder relative to the project root, like `content/articles`. */
export function getCollectionFolder(name: CollectionName): string {
	return `${CONTENT_ROOT}/${collectionFiles[name].folder}`;
}

/** The glob pattern of a collection's files, for Astro's glob loader. */
export function getGlobPattern(name: CollectionName): string {
	return `**/*.{${collectionFiles[name].extensions.join(',')}}`;
}
