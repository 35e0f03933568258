import { slugifyTag } from '../schemas/fields.ts';
import type { ArticleData, AuthorData, CertData, DomainData, ExamDomain } from '../schemas/index.ts';
import { getUnpublishedReason, sortNewestFirst } from './articles.ts';
import { createAuthorIndex } from './authors.ts';
import { findRelatedCerts } from './cert-facts.ts';
import { collectFacetValues, type FacetValue, type SearchFacets } from './search.ts';
import { computeReadTime } from './read-time.ts';
import { groupByExamDomain, orderStudyPath } from './study-path.ts';

/** An article as both Astro's collections and the Node loader give it. */
export interface ArticleInput {
	id: string;
	data: ArticleData;
	/** The Markdown/MDX body, to count its words. */
	body?: string;
	/** The file's path relative to the project root, to look up its git history. */
	filePath?: string;
}

/** A certification as the pages need it. */
export interface Cert {
	id: string;
	data: CertData;
}

/** A topic domain as the pages need it. */
export interface Domain {
	id: string;
	data: DomainData;
}

/** An author as the pages need it. */
export interface Author {
	id: string;
	data: AuthorData;
}

/** One article with everything that spans pages, worked out once per build. */
export interface ArticleNode<A extends ArticleInput = ArticleInput> {
	id: string;
	/** The collection entry, to render its body. */
	entry: A;
	data: ArticleData;
	/** Whole minutes: the frontmatter's figure, else counted from the words, once, when first read. */
	readonly readTime: number;
	/** `updated_date`, else the last change after the commit that added the file, when later than publication. */
	lastUpdated?: Date;
	/** Why it would be left out of a build; set only where unpublished articles show (dev). */
	unpublished?: 'draft' | 'scheduled';
	author?: Author;
	/** The known certs, in the article's own order: the first leads breadcrumbs and study path. */
	certs: Cert[];
	/** Its topic domains: its own, else those of its certs. */
	domains: Domain[];
	/** The search filters it is found under: certs by code and name, topic and exam domains, type, author. */
	facets: SearchFacets;
	/** Articles to read next: most shared certs, then most shared tags, then newest; found when first read. */
	readonly related: ArticleNode<A>[];
	/** Its neighbours on its first cert's study path. */
	studyPath?: { cert: Cert; previous?: ArticleNode<A>; next?: ArticleNode<A> };
}

/** A certification with what its landing page lists. */
export interface CertNode<A extends ArticleInput = ArticleInput> {
	cert: Cert;
	/** Its articles in study order: by exam domain, then `study_order`, then oldest first. */
	studyPath: ArticleNode<A>[];
	/** Each exam domain of the outline with the articles that cover it, in study order. */
	examDomains: { domain: ExamDomain; articles: ArticleNode<A>[] }[];
	/** Articles on the cert but on none of its exam domains. */
	unmapped: ArticleNode<A>[];
	relatedCerts: Cert[];
	successor?: Cert;
	domains: Domain[];
	/** The search filters its landing page is found under. */
	facets: SearchFacets;
}

/** A topic domain with what its hub lists. */
export interface DomainNode<A extends ArticleInput = ArticleInput> {
	domain: Domain;
	/** The certs in the domain, in the certs' order. */
	certs: Cert[];
	/** Its articles: guides first, then the rest, each newest first. */
	articles: ArticleNode<A>[];
}

/** A tag with its articles, newest first. */
export interface TagNode<A extends ArticleInput = ArticleInput> {
	slug: string;
	/** The spelling first met, newest article first. */
	label: string;
	articles: ArticleNode<A>[];
}

/** Everything the pages, the feed and the search index read, computed once per build. */
export interface SiteGraph<A extends ArticleInput = ArticleInput> {
	/** Every article a reader may see, newest first. */
	articles: ArticleNode<A>[];
	/** The guides among them, newest first. */
	guides: ArticleNode<A>[];
	articleById: Map<string, ArticleNode<A>>;
	/** By vendor, then code. */
	certs: CertNode<A>[];
	certById: Map<string, CertNode<A>>;
	/** By `order`, then name. */
	domains: DomainNode<A>[];
	/** By name. */
	authors: Author[];
	/** An author's articles, newest first, whether they name the author by id or by name. */
	articlesByAuthor: Map<string, ArticleNode<A>[]>;
	/** By label. */
	tags: TagNode<A>[];
	/** Every value of every search filter the site's pages carry, for the search page's facets and URLs. */
	facetValues: SearchFacets;
}

/** What the graph is built from. */
export interface SiteGraphInput<A extends ArticleInput> {
	articles: readonly A[];
	certs: readonly Cert[];
	domains: readonly Domain[];
	authors: readonly Author[];
	/** The moment of the build: articles scheduled after it are left out. */
	now: Date;
	/** Whether drafts and scheduled articles show (dev only). */
	showUnpublished: boolean;
	/** Each file's last change after the commit that added it, by project-relative path. */
	updates?: ReadonlyMap<string, Date>;
	/** Related articles per article. */
	relatedLimit?: number;
}

/**
 * How many of the newest articles of each shared cert and tag are scored for related articles.
 * It bounds the work per article, so the whole graph costs time in proportion to the site, not
 * to its square; beyond it, older articles simply are not suggested.
 */
export const RELATED_CANDIDATES = 100;

/** Builds the site graph: one pass places each article, bucketing links them; related articles wait until read. */
export function buildSiteGraph<A extends ArticleInput>(input: SiteGraphInput<A>): SiteGraph<A> {
	const { now, showUnpublished, updates = new Map(), relatedLimit = 3 } = input;
	const certs = [...input.certs].sort((a, b) => a.data.vendor.localeCompare(b.data.vendor) || a.data.code.localeCompare(b.data.code));
	const domains = [...input.domains].sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name));
	const authors = [...input.authors].sort((a, b) => a.data.name.localeCompare(b.data.name));
	const certLookup = new Map(certs.map((cert) => [cert.id, cert]));
	const domainLookup = new Map(domains.map((domain) => [domain.id, domain]));
	const findAuthor = createAuthorIndex(authors);

	// Related articles are found from the buckets below, which exist once every node does.
	const relate = (node: ArticleNode<A>): ArticleNode<A>[] => findRelated(node, relatedIndex, relatedLimit);
	const visible = sortNewestFirst(input.articles.filter((article) => showUnpublished || !getUnpublishedReason(article.data, now)));
	const articles = visible.map((entry) => createNode(entry, { now, updates, certLookup, domainLookup, findAuthor, relate }));
	const articleById = new Map(articles.map((node) => [node.id, node]));

	const byCert = groupBy(articles, (node) => node.data.certs);
	const byTag = groupBy(articles, (node) => node.data.tags.map(slugifyTag));
	const rank = new Map(articles.map((node, index) => [node, index]));
	const toRanks = (groups: Map<string, ArticleNode<A>[]>) => new Map([...groups].map(([key, nodes]) => [key, nodes.map((node) => rank.get(node) ?? 0)]));
	const relatedIndex: RelatedIndex<A> = {
		articles,
		rank,
		byCert: toRanks(byCert),
		byTag: toRanks(byTag),
		certs: new Uint16Array(articles.length),
		tags: new Uint16Array(articles.length),
	};

	const certNodes = certs.map((cert) => createCertNode(cert, byCert.get(cert.id) ?? [], certs, domainLookup));
	for (const { cert, studyPath } of certNodes) {
		studyPath.forEach((node, index) => {
			if (node.certs[0]?.id === cert.id) node.studyPath = { cert, previous: studyPath[index - 1], next: studyPath[index + 1] };
		});
	}

	const byDomain = groupBy(articles, (node) => node.domains.map((domain) => domain.id));
	const tags = [...byTag].map(([slug, list]) => ({ slug, label: list[0].data.tags.find((tag) => slugifyTag(tag) === slug) ?? slug, articles: list }));
	return {
		articles,
		guides: articles.filter((node) => node.data.type === 'guide'),
		articleById,
		certs: certNodes,
		certById: new Map(certNodes.map((node) => [node.cert.id, node])),
		domains: domains.map((domain) => {
			const list = byDomain.get(domain.id) ?? [];
			return {
				domain,
				certs: certs.filter((cert) => cert.data.domains.includes(domain.id)),
				articles: [...list.filter((node) => node.data.type === 'guide'), ...list.filter((node) => node.data.type !== 'guide')],
			};
		}),
		authors,
		articlesByAuthor: groupBy(articles, (node) => (node.author ? [node.author.id] : [])),
		tags: tags.sort((a, b) => a.label.localeCompare(b.label)),
		facetValues: collectFacetValues([...articles, ...certNodes]),
	};
}

/**
 * What placing an article needs. Read time and related articles are worked out when a page first
 * reads them: `validate` builds the same graph and needs neither.
 */
interface NodeContext<A extends ArticleInput> {
	now: Date;
	updates: ReadonlyMap<string, Date>;
	certLookup: ReadonlyMap<string, Cert>;
	domainLookup: ReadonlyMap<string, Domain>;
	findAuthor: (reference: string) => Author | undefined;
	relate: (node: ArticleNode<A>) => ArticleNode<A>[];
}

function createNode<A extends ArticleInput>(entry: A, context: NodeContext<A>): ArticleNode<A> {
	const { data } = entry;
	const certs = data.certs.flatMap((id) => context.certLookup.get(id) ?? []);
	const domainIds = data.domains ?? [...new Set(certs.flatMap((cert) => cert.data.domains))];
	const domains = domainIds.flatMap((id) => context.domainLookup.get(id) ?? []);
	const author = context.findAuthor(data.author);
	let readTime: number | undefined;
	let related: ArticleNode<A>[] | undefined;
	const node: ArticleNode<A> = {
		id: entry.id,
		entry,
		data,
		get readTime() {
			return (readTime ??= data.read_time ?? computeReadTime(entry.body ?? ''));
		},
		lastUpdated: findLastUpdate(data, entry.filePath ? context.updates.get(entry.filePath) : undefined, context.now),
		unpublished: getUnpublishedReason(data, context.now),
		author,
		certs,
		domains,
		facets: {
			cert: certs.map(certFacet),
			domain: domains.map(domainFacet),
			exam_domain: certs.flatMap((cert) =>
				cert.data.exam_domains.filter((domain) => data.exam_domains.includes(domain.id)).map((domain) => examDomainFacet(cert, domain)),
			),
			type: [data.type === 'guide' ? TYPE_FACETS.guide : TYPE_FACETS.article],
			author: [author ? { id: author.id, label: author.data.name } : { id: data.author, label: data.author }],
		},
		get related() {
			return (related ??= context.relate(node));
		},
	};
	return node;
}

/**
 * The update a reader is shown: `updated_date`, else a later commit, counted by calendar day
 * (UTC). Neither can lie after the build: a back-dated commit or a typo must not claim a future update.
 */
function findLastUpdate(data: Pick<ArticleData, 'updated_date' | 'publish_date'>, committed: Date | undefined, now: Date): Date | undefined {
	const day = (date: Date) => date.toISOString().slice(0, 10);
	const update = data.updated_date ?? (committed && day(committed) > day(data.publish_date) ? committed : undefined);
	return update && update.getTime() <= now.getTime() ? update : undefined;
}

/** Buckets nodes by the keys each one gives, keeping the nodes' order inside every bucket. */
function groupBy<T>(nodes: readonly T[], keysOf: (node: T) => readonly string[]): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const node of nodes) {
		for (const key of new Set(keysOf(node))) {
			const group = groups.get(key);
			if (group) group.push(node);
			else groups.set(key, [node]);
		}
	}
	return groups;
}

/**
 * What scoring related articles reads: each cert's and tag's articles as ranks (positions in the
 * newest-first list), and a tally of shared certs and of shared tags per rank, reused from one
 * article to the next and left at zero after each.
 */
interface RelatedIndex<A extends ArticleInput> {
	articles: readonly ArticleNode<A>[];
	rank: ReadonlyMap<ArticleNode<A>, number>;
	byCert: ReadonlyMap<string, readonly number[]>;
	byTag: ReadonlyMap<string, readonly number[]>;
	certs: Uint16Array;
	tags: Uint16Array;
}

/**
 * Scores only the articles that share a cert or a tag bucket with this one (the newest
 * `RELATED_CANDIDATES` of each), and keeps the best few without sorting them all: shared certs
 * count before shared tags, then the newer wins. Counting in the index's arrays, rather than in
 * an object per candidate, keeps the cost to the candidates alone.
 */
function findRelated<A extends ArticleInput>(node: ArticleNode<A>, index: RelatedIndex<A>, limit: number): ArticleNode<A>[] {
	const self = index.rank.get(node);
	const scored: number[] = [];
	const tally = (groups: ReadonlyMap<string, readonly number[]>, keys: readonly string[], counts: Uint16Array) => {
		for (const key of new Set(keys)) {
			const bucket = groups.get(key) ?? [];
			for (let at = 0; at < Math.min(bucket.length, RELATED_CANDIDATES); at++) {
				const candidate = bucket[at];
				if (candidate === self) continue;
				if (index.certs[candidate] === 0 && index.tags[candidate] === 0) scored.push(candidate);
				counts[candidate]++;
			}
		}
	};
	tally(index.byCert, node.data.certs, index.certs);
	tally(index.byTag, node.data.tags.map(slugifyTag), index.tags);
	const { certs, tags } = index;
	const ranksAbove = (a: number, b: number) => (certs[a] !== certs[b] ? certs[a] > certs[b] : tags[a] !== tags[b] ? tags[a] > tags[b] : a < b);
	const best: number[] = [];
	for (const candidate of scored) {
		const at = best.findIndex((other) => ranksAbove(candidate, other));
		if (at >= 0) best.splice(at, 0, candidate);
		else best.push(candidate);
		if (best.length > limit) best.pop();
	}
	for (const candidate of scored) certs[candidate] = tags[candidate] = 0;
	return best.map((candidate) => index.articles[candidate]);
}

function createCertNode<A extends ArticleInput>(
	cert: Cert,
	articles: readonly ArticleNode<A>[],
	certs: readonly Cert[],
	domainLookup: ReadonlyMap<string, Domain>,
): CertNode<A> {
	const studyPath = orderStudyPath(cert.id, cert.data.exam_domains, articles);
	const domains = cert.data.domains.flatMap((id) => domainLookup.get(id) ?? []);
	return {
		cert,
		studyPath,
		examDomains: groupByExamDomain(cert.data.exam_domains, studyPath),
		unmapped: studyPath.filter((node) => !node.data.exam_domains.some((id) => cert.data.exam_domains.some((domain) => domain.id === id))),
		relatedCerts: findRelatedCerts(cert, certs),
		successor: cert.data.successor ? certs.find((other) => other.id === cert.data.successor) : undefined,
		domains,
		facets: { cert: [certFacet(cert)], domain: domains.map(domainFacet), exam_domain: [], type: [TYPE_FACETS.certification], author: [] },
	};
}

/** The kinds of page the search tells apart. */
const TYPE_FACETS = {
	article: { id: 'article', label: 'Article' },
	guide: { id: 'guide', label: 'Guide' },
	certification: { id: 'certification', label: 'Certification' },
} satisfies Record<string, FacetValue>;

/** A cert as a filter value: "MLA-C01: AWS Certified Machine Learning Engineer – Associate". */
const certFacet = (cert: Cert): FacetValue => ({ id: cert.id, label: `${cert.data.code}: ${cert.data.name}` });
const domainFacet = (domain: Domain): FacetValue => ({ id: domain.id, label: domain.data.name });
/** Exam domain ids repeat across certs, so the cert's id and code tell them apart. */
const examDomainFacet = (cert: Cert, domain: ExamDomain): FacetValue => ({ id: `${cert.id}.${domain.id}`, label: `${cert.data.code}: ${domain.name}` });
