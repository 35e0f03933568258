/** A schema.org object for a JSON-LD block. */
export type JsonLd = Record<string, unknown>;

/**
 * JSON for a `<script type="application/ld+json">` block. `<` is escaped so that no text from
 * frontmatter (a `</script>` in a title) can end the block early.
 */
export function serializeJsonLd(data: JsonLd): string {
	return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** One step of a breadcrumb trail; the last one is the current page. */
export interface Crumb {
	label: string;
	href: string;
}

/** schema.org `BreadcrumbList` with absolute URLs. */
export function buildBreadcrumbJsonLd(crumbs: readonly Crumb[], site: URL): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((crumb, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: crumb.label,
			item: new URL(crumb.href, site).href,
		})),
	};
}

/** schema.org `Article` for an article page. */
export function buildArticleJsonLd(article: {
	title: string;
	description: string;
	url: URL;
	image?: string;
	author?: { name: string; url: URL };
	published: Date;
	created?: Date;
	modified?: Date;
	publisher: string;
	keywords: string[];
}): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: article.title,
		description: article.description,
		url: article.url.href,
		mainEntityOfPage: article.url.href,
		...(article.image && { image: article.image }),
		...(article.author && { author: { '@type': 'Person', name: article.author.name, url: article.author.url.href } }),
		datePublished: article.published.toISOString(),
		...(article.created && { dateCreated: article.created.toISOString() }),
		dateModified: (article.modified ?? article.published).toISOString(),
		publisher: { '@type': 'Organization', name: article.publisher },
		...(article.keywords.length && { keywords: article.keywords.join(', ') }),
	};
}

/** schema.org `EducationalOccupationalCredential` for a certification's landing page. */
export function buildCredentialJsonLd(cert: {
	name: string;
	code: string;
	vendor: string;
	level?: string;
	url: URL;
	officialPage?: string;
	validityYears?: number;
	description: string;
}): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'EducationalOccupationalCredential',
		name: cert.name,
		alternateName: cert.code,
		description: cert.description,
		credentialCategory: 'certification',
		...(cert.level && { educationalLevel: cert.level }),
		recognizedBy: { '@type': 'Organization', name: cert.vendor },
		url: cert.url.href,
		...(cert.officialPage && { sameAs: cert.officialPage }),
		...(cert.validityYears && { validFor: `P${cert.validityYears}Y` }),
	};
}
