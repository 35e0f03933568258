import { slug as slugify } from 'github-slugger';
import { Document, visit } from 'yaml';
import { formatWeight } from './cert-facts.ts';
import type { CertData } from '../schemas/index.ts';
import { idSchema } from '../schemas/fields.ts';

/** What `npm run new` knows once the author, the cert and the exam domain are settled. */
export interface NewArticle {
	title: string;
	/** An author id from content/authors/. */
	author: string;
	/** The day it is written, YYYY-MM-DD: its publish date until the author changes it. */
	today: string;
	type: 'article' | 'guide';
	cert?: { id: string; data: Pick<CertData, 'code' | 'exam_domains'> };
	/** One of the cert's exam domain ids. */
	examDomain?: string;
}

/**
 * The id a title or a name gives (an article's file name and URL, an author's file name): GitHub's
 * heading slugs with accents dropped and hyphens single, so that it is a valid id
 * (`José Müller` → `jose-muller`, `S3 & Glue` → `s3-glue`, `Søren Ørsted` → `soren-orsted`).
 * Letters outside the Latin alphabet give nothing: such a title needs a slug of its own.
 */
export function slugifyName(name: string): string {
	const latin = name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[øØæÆœŒßđĐłŁþÞðÐ]/g, (letter) => LATIN_LETTERS[letter]);
	return slugify(latin)
		.replace(/[^a-z0-9-]/g, '')
		.replace(/-+/g, '-')
		.replace(/^-|-$/g, '');
}

/** Why a `--slug` an author typed cannot name an article, or undefined when it can. */
export function findSlugOptionProblem(slug: string): string | undefined {
	return idSchema.safeParse(slug).success ? undefined : `--slug "${slug}" cannot be a slug: use lower-case letters, digits and hyphens`;
}

/** Latin letters that no Unicode decomposition takes to a-z. */
const LATIN_LETTERS: Record<string, string> = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', þ: 'th', Þ: 'TH', ð: 'd', Ð: 'D' };

/** What `npm run new` writes for the author to replace: published as it is, it would read as a template. */
export const SCAFFOLD_TEXT = {
	description: 'One or two sentences on what the reader will know after reading: shown on cards and in search results.',
	body: ['Write the first section here.', 'Summarise what it covers.', 'A service or concept, and when the exam expects it', 'One thing the exam asks that readers often miss.'],
} as const;

/**
 * A new article's text: valid frontmatter (a draft, so nothing publishes it by accident), and a
 * body outline to write into, built from the exam domain when one is given.
 */
export function buildNewArticle(article: NewArticle): string {
	const domain = article.cert?.data.exam_domains.find((candidate) => candidate.id === article.examDomain);
	const frontmatter = {
		title: article.title.trim(),
		description: SCAFFOLD_TEXT.description,
		author: article.author,
		publish_date: article.today,
		...(article.cert ? { certs: [article.cert.id] } : {}),
		...(domain ? { exam_domains: [domain.id] } : {}),
		tags: [],
		type: article.type,
		draft: true,
	};
	return `---\n${writeFrontmatter(frontmatter)}---\n\n${buildOutline(article.cert, domain)}`;
}

/** Frontmatter as YAML, written by the YAML library: fields one per line, lists inline as authors write them (`certs: [aws-mla-c01]`). */
export function writeFrontmatter(fields: Record<string, unknown>): string {
	const document = new Document(fields);
	visit(document, {
		Seq(_, node) {
			node.flow = true;
		},
	});
	return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function buildOutline(cert: NewArticle['cert'], domain: CertData['exam_domains'][number] | undefined): string {
	if (!cert || !domain) {
		return ['## What you will learn', '', SCAFFOLD_TEXT.body[0], '', '## Exam tips', '', '<ExamTip>', SCAFFOLD_TEXT.body[3], '</ExamTip>', ''].join('\n');
	}
	return [
		`<ExamDomain cert="${cert.id}" domain="${domain.id}" />`,
		'',
		`## What ${cert.data.code} asks about ${domain.name}`,
		'',
		`This domain is ${formatWeight(domain)} of the exam. ${SCAFFOLD_TEXT.body[1]}`,
		'',
		'## Key services and concepts',
		'',
		'<KeyFacts>',
		'',
		`- ${SCAFFOLD_TEXT.body[2]}`,
		'',
		'</KeyFacts>',
		'',
		'## Exam tips',
		'',
		'<ExamTip>',
		SCAFFOLD_TEXT.body[3],
		'</ExamTip>',
		'',
		`<DomainWeights cert="${cert.id}" />`,
		'',
	].join('\n');
}
