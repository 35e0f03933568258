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
} from './schemas/index.ts';

function loader(name: CollectionName) {
	const { folder, pattern } = collectionFiles[name];
	return glob({ base: `./${CONTENT_ROOT}/${folder}`, pattern });
}

export const collections = {
	articles: defineCollection({ loader: loader('articles'), schema: ({ image }) => articleSchema({ image }) }),
	certs: defineCollection({ loader: loader('certs'), schema: certSchema }),
	domains: defineCollection({ loader: loader('domains'), schema: domainSchema }),
	authors: defineCollection({ loader: loader('authors'), schema: authorSchema }),
};
