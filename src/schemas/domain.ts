import { z } from 'astro/zod';
import { createLineSchema, createTextSchema } from './fields.ts';

/** The schema of `content/domains/<domain-id>.yaml`: a topic domain readers browse by. */
export const domainSchema = z.strictObject({
	/** The domain's display name. */
	name: createLineSchema(100),
	/** One or two sentences on what the domain covers. */
	description: createTextSchema({ required: true }),
	/** Position in lists, lowest first. */
	order: z.number().int().default(0),
});

export type DomainData = z.output<typeof domainSchema>;
