import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
	articleSchema,
	authorSchema,
	certSchema,
	CONTENT_ROOT,
	collectionFiles,
	type CollectionName,
	domainSchema,
	globPattern,
} from './schemas/index.ts';

function loader(name: CollectionName) {
	return glob({ base: `./${CONTENT_ROOT}/${collectionFiles[name].folder}`, pattern: globPattern(name) });
}

export const collections = {
	articles: defineCollection({ loader: loader('articles'), schema: ({ image }) => articleSchema({ image }) }),
	certs: defineCollection({ loader: loader('certs'), schema: certSchema }),
	domains: defineCollection({ loader: loader('domains'), schema: domainSchema }),
	authors: defineCollection({ loader: loader('authors'), schema: authorSchema }),
};
