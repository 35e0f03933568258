import { articleSchema } from './article.ts';
import { authorSchema } from './author.ts';
import { certSchema } from './cert.ts';
import { domainSchema } from './domain.ts';

export { articleSchema, authorSchema, certSchema, domainSchema };
export type { ArticleData, Cta, ImageField } from './article.ts';
export type { AuthorData } from './author.ts';
export type { CertData, ExamDomain } from './cert.ts';
export type { DomainData } from './domain.ts';

/** The top-level folder that holds every collection. */
export const CONTENT_ROOT = 'content';

/** Where each collection's files live under `content/`, and which files count. */
export const collectionFiles = {
	articles: { folder: 'articles', pattern: '**/*.{md,mdx}' },
	certs: { folder: 'certs', pattern: '**/*.{yaml,yml}' },
	domains: { folder: 'domains', pattern: '**/*.{yaml,yml}' },
	authors: { folder: 'authors', pattern: '**/*.{yaml,yml}' },
} as const;

export type CollectionName = keyof typeof collectionFiles;
