import { z } from 'astro/zod';
import { createLineSchema, createTextSchema, imageSrcSchema, safeHrefSchema } from './fields.ts';

/** The schema of `content/authors/<author-id>.yaml`. */
export const authorSchema = z.strictObject({
	/** The name shown in bylines; articles may use it instead of the id. */
	name: createLineSchema(100),
	/** A short biography for the author's page. */
	bio: createTextSchema().default(''),
	/** A portrait: an https URL or a site path under public/. */
	avatar: imageSrcSchema.optional(),
	/** Profiles elsewhere, each with a label. */
	links: z
		.array(
			z.strictObject({
				/** What the link is, like "LinkedIn". */
				label: createTextSchema({ required: true }),
				/** Where it goes. */
				href: safeHrefSchema,
			}),
		)
		.default([]),
});

export type AuthorData = z.output<typeof authorSchema>;
