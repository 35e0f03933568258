import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { publishedOnly } from './data/published-only.ts';
import { tolerateInvalid } from './data/tolerant-loader.ts';
import {
	articleEntrySchema,
	authorSchema,
	certSchema,
	type CollectionName,
	domainSchema,
	getCollectionFolder,
	getGlobPattern,
} from './schemas/index.ts';

function loader(name: CollectionName) {
	return tolerateInvalid(glob({ base: `./${getCollectionFolder(name)}`, pattern: getGlobPattern(name) }));
}

export const collections = {
	articles: defineCollection({ loader: publishedOnly(loader('articles')), schema: ({ image }) => articleEntrySchema({ image }) }),
	certs: defineCollection({ loader: loader('certs'), schema: certSchema }),
	domains: defineCollection({ loader: loader('domains'), schema: domainSchema }),
	authors: defineCollection({ loader: loader('authors'), schema: authorSchema }),
};
