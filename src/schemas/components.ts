import { z } from 'astro/zod';
import { idSchema } from './fields.ts';

/**
 * The components an article body may use without an import, by the name authors write, and the
 * props each takes: `validate`, the restricted mode's sanitiser and the article page all read
 * them from here (README, Authoring).
 */
/** A heading an author may give, which must show something. */
const headingSchema = z.string().trim().min(1, 'must not be blank').optional();

export const authorComponentSchemas = {
	/** A callout with an exam tip: `<ExamTip>Read every option before you answer.</ExamTip>`. */
	ExamTip: z.strictObject({
		/** The callout's heading; "Exam tip" when absent. */
		title: headingSchema,
	}),
	/** A box of key facts, usually a Markdown list: `<KeyFacts>` … `</KeyFacts>`. */
	KeyFacts: z.strictObject({
		/** The box's heading; "Key facts" when absent. */
		title: headingSchema,
	}),
	/** "This maps to exam domain X (weight Y %) of CERT", from the cert's own data. */
	ExamDomain: z.strictObject({
		/** The cert, by its id (the file name in content/certs/). */
		cert: idSchema,
		/** One of that cert's `exam_domains` ids. */
		domain: idSchema,
	}),
	/** A cert's exam domains and their weights, as the bar chart of its landing page. */
	DomainWeights: z.strictObject({
		/** The cert, by its id. */
		cert: idSchema,
	}),
};

export type AuthorComponentName = keyof typeof authorComponentSchemas;

/** The props each component takes, by component name. */
export const AUTHOR_COMPONENT_PROPS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
	Object.entries(authorComponentSchemas).map(([name, schema]) => [name, Object.keys(schema.shape)]),
);
