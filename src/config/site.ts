import { z } from 'astro/zod';
import { formatIssue } from '../lib/content-issues.ts';
import { httpsUrlSchema, safeHrefSchema } from '../schemas/fields.ts';

const linkSchema = z.strictObject({
	/** The link's visible text. */
	label: z.string().min(1),
	/** Where it goes: a site path or a safe absolute link. */
	href: safeHrefSchema,
});

/** The schema of the site's settings; a mistake here stops the build with the field's name. */
export const siteConfigSchema = z.strictObject({
	/** The brand shown in the header, titles and feeds. */
	name: z.string().min(1),
	/** The canonical origin the site is served from, used for canonical URLs, feeds and the sitemap. */
	url: httpsUrlSchema,
	/** The path the site is served under: `/`, or `/docs/` for a GitHub Pages project site; every link and asset carries it. */
	base: z.string().regex(/^\/(?:[\w.~-]+\/)*$/, 'must be a path that starts and ends with "/", such as / or /docs/'),
	/** What the site is, for the home page and the default meta description. */
	description: z.string().min(1),
	/** The language of the content, as a BCP 47 tag. */
	lang: z.string().min(2),
	/** The header's navigation, in order. */
	nav: z.array(linkSchema),
	/** The call to action under articles that set none, and the link of those that set only text. */
	defaultCta: z.strictObject({
		/** The invitation shown when an article has no cta. */
		text: z.string().min(1),
		/** The button's target. */
		href: safeHrefSchema,
		/** The button's label. */
		label: z.string().min(1),
	}),
	/** The brand's profiles elsewhere, shown in the footer. */
	social: z.array(linkSchema),
	/** Where the content's source lives, for "Edit this page" links; none when absent. */
	repository: z
		.strictObject({
			/** The repository's web address. */
			url: httpsUrlSchema,
			/** The branch edits are proposed against. */
			branch: z.string().min(1),
		})
		.optional(),
	/** Articles on each page of a list: /articles/, an author, a tag, a topic domain, a study path. */
	articlesPerPage: z.number().int().positive(),
	/** Tags on each page of /tags/, alphabetically. */
	tagsPerPage: z.number().int().positive(),
	/** Articles under each exam domain of a cert's landing page; the full study path has its own pages. */
	studyPathPreview: z.number().int().positive(),
	/** The newest articles the RSS feed carries. */
	feedSize: z.number().int().positive(),
	/** An article this many minutes long or longer ends with a "Back to top" link. */
	backToTopMinutes: z.number().int().positive(),
	/**
	 * Whether article and cert pages get a generated social preview image (title, cert code, author in
	 * the theme's colours); without one, or when an article has a hero image, the page shows
	 * that image or `public/og-default.png`. Off by default: a first build draws every card (14–25 ms
	 * of a two-core build's time each), later builds read them back from the cache (README, Pages).
	 */
	socialCards: z.boolean(),
	/** Whether an article's last git change (after the commit that added it) shows as its last-updated date. */
	gitDates: z.boolean(),
	/**
	 * How far article bodies are trusted. `restricted`: Markdown, the site's components and allowed
	 * HTML only, for content from pull requests; `trusted`: any MDX (imports, expressions, any
	 * HTML), for sites whose authors are all maintainers.
	 */
	contentTrust: z.enum(['restricted', 'trusted']),
	/** How long the build waits on one page's render before it stops and names the page: only a body that never ends gets near it. */
	renderTimeoutSeconds: z.number().positive(),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;

/**
 * The site's settings: edit these to rebrand. A deployment sets `SITE_URL` for its address, `SITE_BASE` for a sub-path, and
 * `SITE_REPOSITORY` (with `SITE_BRANCH`, default main) for "Edit this page" links.
 */
export const site: SiteConfig = parseSiteConfig({
	name: 'certguides',
	url: process.env.SITE_URL ?? 'https://certguides.example',
	base: process.env.SITE_BASE ?? '/',
	description: 'Study guides for cloud, AI and security certifications: exam facts, domain-by-domain guides and articles.',
	lang: 'en',
	nav: [
		{ label: 'Certifications', href: '/certifications/' },
		{ label: 'Guides', href: '/guides/' },
		{ label: 'Articles', href: '/articles/' },
	],
	defaultCta: {
		text: 'Preparing for an exam? Every certification has a landing page with its facts and a study path.',
		href: '/certifications/',
		label: 'Browse certifications',
	},
	social: [],
	repository: process.env.SITE_REPOSITORY ? { url: process.env.SITE_REPOSITORY, branch: process.env.SITE_BRANCH ?? 'main' } : undefined,
	articlesPerPage: 20,
	tagsPerPage: 200,
	studyPathPreview: 5,
	feedSize: 50,
	backToTopMinutes: 5,
	socialCards: false,
	gitDates: true,
	contentTrust: 'restricted',
	renderTimeoutSeconds: 60,
});

/** Validates the settings, failing with the one line per problem that content errors use. */
function parseSiteConfig(settings: unknown): SiteConfig {
	const result = siteConfigSchema.safeParse(settings);
	if (result.success) return result.data;
	const lines = result.error.issues.map((issue) =>
		formatIssue({ file: 'src/config/site.ts', field: issue.path.join('.'), message: issue.message, severity: 'error' }),
	);
	throw new Error(`Invalid site settings:\n${lines.join('\n')}`);
}
