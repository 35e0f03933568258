/**
 * The bench corpus: N articles made from the seed article, the same for every site measured, so
 * that build times differ by the site and not by the content. Everything here is deterministic
 * (no clock, no randomness): the same inputs give byte-identical files.
 */

/** What the corpus takes from the seed article. */
export interface Seed {
	/** The seed's file name without extension; article slugs extend it. */
	slug: string;
	title: string;
	/** The MDX body, after the frontmatter, copied into every article. */
	body: string;
}

/** A cert of the fixture content: its id and the ids of its exam domains, in outline order. */
export interface CorpusCert {
	id: string;
	examDomains: string[];
}

/** One generated article, independent of any site's frontmatter format. */
export interface CorpusArticle {
	slug: string;
	title: string;
	description: string;
	/** YYYY-MM-DD, always before the reference day, so no article is scheduled. */
	publishDate: string;
	cert: string;
	examDomain: string;
	tags: string[];
	type: 'article' | 'guide';
}

/** Free keywords for the articles: enough that tag pages hold a few dozen articles at N = 1,000. */
export const TAG_POOL = [
	'SageMaker',
	'Bedrock',
	'S3',
	'Glue',
	'Athena',
	'IAM',
	'VPC',
	'Lambda',
	'EC2',
	'Kinesis',
	'Redshift',
	'DynamoDB',
	'CloudWatch',
	'Step Functions',
	'EKS',
	'Azure OpenAI',
	'Azure AI Search',
	'Vertex AI',
	'BigQuery',
	'TensorFlow',
	'PyTorch',
	'Feature Store',
	'MLOps',
	'Model Monitoring',
	'Hyperparameter Tuning',
	'Data Labeling',
	'Prompt Engineering',
	'RAG',
	'Fine-tuning',
	'Responsible AI',
	'Security',
	'Cost Optimization',
	'High Availability',
	'Exam Tips',
	'Study Plan',
	'Practice Questions',
	'Career',
	'Networking',
	'Serverless',
	'Generative AI',
];

/** Publish dates are spread evenly over this many days before the reference day: five years. */
export const PUBLISH_SPAN_DAYS = 5 * 365;

/** Every this-many-th article is a study guide, the rest plain articles. */
export const GUIDE_EVERY = 5;

/** Titles longer than our schema's 70-character limit earn a warning per article: we stay under it. */
const TITLE_LIMIT = 70;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Makes `count` articles: certs round-robin in the order given, each article on one exam domain of
 * its cert (taking the cert's domains in turn), 2–3 tags, dates spread over five years before
 * `today`, every fifth one a guide.
 */
export function generateCorpus(seed: Seed, certs: CorpusCert[], count: number, today: Date): CorpusArticle[] {
	if (!certs.length) throw new Error('the corpus needs at least one cert');
	const emptyCert = certs.find((cert) => !cert.examDomains.length);
	if (emptyCert) throw new Error(`cert ${emptyCert.id} has no exam domains for the corpus to use`);
	return Array.from({ length: count }, (_, index) => {
		const number = index + 1;
		const cert = certs[index % certs.length];
		const examDomain = cert.examDomains[Math.floor(index / certs.length) % cert.examDomains.length];
		return {
			slug: `${seed.slug}-${number}`,
			title: createTitle(seed.title, number),
			description: `Seed-sized benchmark article ${number}, on the ${examDomain} exam domain of ${cert.id}.`,
			publishDate: pickPublishDate(index, count, today),
			cert: cert.id,
			examDomain,
			tags: pickTags(index),
			type: number % GUIDE_EVERY === 0 ? 'guide' : 'article',
		};
	});
}

/**
 * "<seed title> (n)", or its part before the first colon when the whole would pass the title
 * limit: a thousand warnings in the build log would measure logging, not building.
 */
export function createTitle(seedTitle: string, number: number): string {
	const full = `${seedTitle} (${number})`;
	return full.length <= TITLE_LIMIT ? full : `${seedTitle.split(':')[0].trim()} (${number})`;
}

/** Evenly spread, newest first, always at least one day before `today`. */
function pickPublishDate(index: number, count: number, today: Date): string {
	const daysBack = 1 + Math.floor((index * PUBLISH_SPAN_DAYS) / count);
	return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - daysBack * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Three pool positions 11 and 23 apart, so they never collide; the start steps by 3, which is
 * prime to the pool's size, so every tag is used. Every third article has three tags, the rest two.
 */
function pickTags(index: number): string[] {
	const start = index * 3;
	const tags = [start, start + 11, start + 23].map((position) => TAG_POOL[position % TAG_POOL.length]);
	return index % 3 === 0 ? tags : tags.slice(0, 2);
}

/** The article as our site reads it: frontmatter valid under `src/schemas/article.ts`. */
export function renderOursArticle(article: CorpusArticle, body: string): string {
	return renderMdx(
		{
			title: article.title,
			description: article.description,
			author: 'david-jenkins',
			publish_date: article.publishDate,
			certs: [article.cert],
			exam_domains: [article.examDomain],
			tags: article.tags,
			type: article.type,
		},
		body,
	);
}

/** The article for the bare and Starlight sites, whose schemas ask for a title and a description. */
export function renderDocsArticle(article: CorpusArticle, body: string): string {
	return renderMdx({ title: article.title, description: article.description }, body);
}

/** JSON values are valid YAML, so quoting every value by JSON.stringify keeps any title safe. */
function renderMdx(frontmatter: Record<string, string | string[]>, body: string): string {
	const lines = Object.entries(frontmatter).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
	return `---\n${lines.join('\n')}\n---\n\n${body.trimStart()}`;
}
