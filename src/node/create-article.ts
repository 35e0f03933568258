import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createAuthorIndex } from '../lib/authors.ts';
import { formatSuggestion } from '../lib/did-you-mean.ts';
import { buildNewArticle, findSlugOptionProblem, slugifyName } from '../lib/new-article.ts';
import { getCollectionFolder } from '../schemas/index.ts';
import { loadContent } from './load-content.ts';

export interface CreateArticleOptions {
	title: string;
	cert?: string;
	examDomain?: string;
	type?: string;
	author?: string;
	/** The file name and URL, instead of the one made from the title. */
	slug?: string;
	/** The day of writing, YYYY-MM-DD. */
	today: string;
}

/** A reason `npm run new` cannot write the article, in a sentence the author can act on. */
export class CreateArticleError extends Error {}

/**
 * What `npm run new` writes: the file (relative to the project) and its text. The author is the
 * option's, else the one whose name is git's `user.name`; the cert and exam domain must exist;
 * an existing article of the same slug, `.md` or `.mdx`, is never overwritten.
 */
export function createArticle(root: string, options: CreateArticleOptions): { file: string; slug: string; text: string } {
	const title = options.title.trim();
	const slug = options.slug ?? slugifyName(title);
	const slugProblem = options.slug === undefined ? undefined : findSlugOptionProblem(options.slug);
	if (slugProblem) throw new CreateArticleError(slugProblem);
	if (!slug) throw new CreateArticleError('the title has no letter of the Latin alphabet or digit to make the file name and URL from: give them with --slug, like --slug exam-guide');
	const folder = getCollectionFolder('articles');
	const taken = ['mdx', 'md'].map((extension) => `${folder}/${slug}.${extension}`).find((file) => existsSync(join(root, file)));
	if (taken) throw new CreateArticleError(`${taken} already exists: choose another title, or edit that article`);
	if (options.type !== undefined && options.type !== 'article' && options.type !== 'guide') throw new CreateArticleError(`--type must be article or guide, not "${options.type}"`);
	if (options.examDomain && !options.cert) throw new CreateArticleError('--exam-domain needs --cert, the cert it belongs to');

	// Only the authors and certs are looked up: the articles need not be read.
	const content = loadContent(root, ['authors', 'certs']);
	const author = resolveAuthor(content.authors, options.author ?? readGitUserName(root), options.author !== undefined);
	const cert = options.cert === undefined ? undefined : content.certs.find((candidate) => candidate.id === options.cert);
	if (options.cert !== undefined && !cert) {
		const ids = content.certs.map((candidate) => candidate.id);
		throw new CreateArticleError(`--cert "${options.cert}" names no cert${formatSuggestion(options.cert, ids)} (known: ${ids.join(', ')})`);
	}
	const domainIds = cert?.data.exam_domains.map((domain) => domain.id) ?? [];
	if (cert && options.examDomain && !domainIds.includes(options.examDomain)) {
		throw new CreateArticleError(`--exam-domain "${options.examDomain}" is not an exam domain of ${cert.data.code}${formatSuggestion(options.examDomain, domainIds)} (known: ${domainIds.join(', ')})`);
	}
	const text = buildNewArticle({ title, author, today: options.today, type: options.type === 'guide' ? 'guide' : 'article', cert, examDomain: options.examDomain });
	return { file: `${folder}/${slug}.mdx`, slug, text };
}

function resolveAuthor(authors: ReturnType<typeof loadContent>['authors'], reference: string | undefined, given: boolean): string {
	const author = reference ? createAuthorIndex(authors)(reference) : undefined;
	if (author) return author.id;
	const known = authors.map((candidate) => `${candidate.id} (${candidate.data.name})`).join(', ') || 'none yet: add one in content/authors/';
	if (given) throw new CreateArticleError(`--author "${reference}" is no author${formatSuggestion(reference ?? '', authors.map((candidate) => candidate.id))}; authors: ${known}`);
	const why = reference ? `git's user.name "${reference}" is not the name of an author` : "git has no user.name";
	throw new CreateArticleError(`${why}: give --author with one of ${known}`);
}

function readGitUserName(root: string): string | undefined {
	const result = spawnSync('git', ['config', 'user.name'], { cwd: root, encoding: 'utf8' });
	return result.status === 0 ? result.stdout.trim() || undefined : undefined;
}
