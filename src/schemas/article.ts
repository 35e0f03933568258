import { z } from 'astro/zod';
import { createLineSchema, createTextSchema, dateSchema, httpsUrlSchema, idSchema, parseReadTime, safeHrefSchema, slugifyTag } from './fields.ts';

/** Page titles longer than this are cut off in search results: a warning, and no brand in `<title>`. */
export const TITLE_LIMIT = 70;

/** Meta descriptions longer than this are cut off in search results: a warning. */
export const DESCRIPTION_LIMIT = 160;

/** Builds an image field: Astro's `image()` in the site, a plain path where no Astro runs. */
export type ImageField<I extends z.ZodType = z.ZodType> = () => I;

/** A call to action shown after the article body. */
export const ctaObjectSchema = z.strictObject({
	/** The sentence that invites the reader to act. */
	text: createTextSchema({ required: true }),
	/** Where the button goes; the site's default link when absent. */
	href: safeHrefSchema.optional(),
	/** The button's label; the site's default label when absent. */
	label: createTextSchema({ required: true }).optional(),
});

/** Tags one article may carry, and the characters of one tag. */
export const TAGS_LIMIT = 20;
export const TAG_LENGTH_LIMIT = 50;

/** A list of ids, each named once: a repeat would show the same badge, link or facet twice. */
const idListSchema = z.array(idSchema).superRefine((ids, ctx) => {
	ids.forEach((id, index) => {
		if (ids.indexOf(id) !== index) ctx.addIssue({ code: 'custom', path: [index], message: `"${id}" is listed twice` });
	});
});

/**
 * The fields before and after the hero image, built once. Astro calls `articleSchema` for every
 * entry (its `image()` is made per file), and building zod schemas costs far more than using
 * them: per entry, only the hero image's field is new.
 */
const leadFields = {
	/** The headline, shown as the page's only h1. */
	title: createLineSchema(200),
	/** A second line under the headline. */
	subtitle: createTextSchema().optional(),
	/** The meta description and card summary; over 160 characters earns a warning. */
	description: createTextSchema({ required: true }),
	/** An author id (file name in content/authors) or the `name` of an author entry. */
	author: createTextSchema({ required: true }),
	/** "8 mins", "8 min", "8 minutes" or 8, kept as whole minutes; computed from the words when absent. */
	read_time: z
		.union([z.number(), z.string()])
		.transform((value, ctx) => {
			const minutes = parseReadTime(value);
			if (minutes === undefined) {
				ctx.addIssue({ code: 'custom', message: 'must be a number of minutes like "8 mins" or 8' });
				return z.NEVER;
			}
			return minutes;
		})
		.optional(),
	/** When the article goes live; a future date schedules it. */
	publish_date: dateSchema,
	/** When the article was first written. */
	created_date: dateSchema.optional(),
	/** When the article last changed in substance; not before publish_date. */
	updated_date: dateSchema.optional(),
};

const trailFields = {
	/** The hero image's alternative text; empty means decorative. */
	heroAlt: createTextSchema().optional(),
	/** A sentence (the site's default link) or { text, href?, label? }. */
	cta: z
		.union([createTextSchema({ required: true }), ctaObjectSchema])
		.transform((value) => (typeof value === 'string' ? { text: value } : value))
		.optional(),
	/** Ids of the certifications the article prepares for (content/certs). */
	certs: idListSchema.default([]),
	/** Ids of exam domains of the article's certs that the article covers. */
	exam_domains: idListSchema.default([]),
	/** Ids of topic domains (content/domains); derived from the certs when absent. */
	domains: idListSchema.optional(),
	/** Free-form keywords, each with its own tag page. */
	tags: z
		.array(
			// The tag's page is a folder named after it: file systems refuse names past 255 bytes.
			createTextSchema({ required: true, max: TAG_LENGTH_LIMIT })
				.refine((tag) => slugifyTag(tag) !== '', { message: 'needs a letter or digit to name its tag page' })
				// /tags/2/ is the second page of the tag index.
				.refine((tag) => !/^\d+$/.test(slugifyTag(tag)), { message: 'must not be a number alone, which the tag index uses for its pages' }),
		)
		// Every tag is a page and a link on the article: a long list would grow both without end.
		.max(TAGS_LIMIT, `must list at most ${TAGS_LIMIT} tags`)
		.default([]),
	/** Position on a cert's study path among articles on the same exam domain, lowest first. */
	study_order: z.number().int().nonnegative().optional(),
	/** A `guide` is a study guide listed first on hubs; anything else is an `article`. */
	type: z.enum(['article', 'guide']).default('article'),
	/** A draft never appears in a production build. */
	draft: z.boolean().default(false),
};

/** Where the hero image may come from: what `heroImage` says when it is neither. */
const HERO_IMAGE_ERROR = 'must be an https:// URL or the path of an image in the repository';

/** An https URL (never fetched at build) or a path to an image in the repository. */
function heroImageField<I extends z.ZodType>(image: ImageField<I>) {
	return z.union([httpsUrlSchema, image()], { error: HERO_IMAGE_ERROR });
}

/** The schema of an article's frontmatter, the one source of truth for the site and the scripts. */
export function articleSchema<I extends z.ZodType>({ image }: { image: ImageField<I> }) {
	return z
		.strictObject({
			...leadFields,
			/** An https URL (never fetched at build) or a path to an image in the repository. */
			heroImage: heroImageField(image).optional(),
			...trailFields,
		})
		.superRefine((data, ctx) => {
			if (data.updated_date && data.updated_date < data.publish_date) {
				ctx.addIssue({
					code: 'custom',
					path: ['updated_date'],
					message: 'must not be before publish_date',
				});
			}
		});
}

/** Every field with the hero image kept as written: the part of an entry's schema that is the same for every entry. */
const writtenArticleSchema = articleSchema({ image: () => z.string() });

/**
 * `articleSchema` as Astro's content layer takes it. Astro calls it for every entry with that
 * file's own `image()`, and building the whole object per entry cost about 0.15 s of the content
 * sync per 1,000 articles: the object is built once, and only a hero image is parsed with the
 * entry's `image()`. Its issues keep their path under `heroImage`.
 */
export function articleEntrySchema<I extends z.ZodType>({ image }: { image: ImageField<I> }) {
	return writtenArticleSchema.transform(async (data, ctx) => {
		if (data.heroImage === undefined) return { ...data, heroImage: undefined };
		const parsed = await heroImageField(image).safeParseAsync(data.heroImage);
		if (parsed.success) return { ...data, heroImage: parsed.data };
		for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: ['heroImage', ...issue.path] });
		return z.NEVER;
	});
}

export type ArticleData = z.output<ReturnType<typeof articleSchema>>;
export type Cta = z.output<typeof ctaObjectSchema>;
