/** `npm run new -- "Title" [--cert ID] [--exam-domain ID] [--type guide] [--author ID]`: a new draft article to write into. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatIssue } from '../src/lib/content-issues.ts';
import { parseCommandLine, refuseArguments } from '../src/node/command-line.ts';
import { CreateArticleError, createArticle } from '../src/node/create-article.ts';
import { checkBody } from '../src/node/validate-content.ts';
import { loadFile } from '../src/node/load-content.ts';
import { site } from '../src/config/site.ts';

const USAGE = 'usage: npm run new -- "Title of the article" [--cert ID] [--exam-domain ID] [--type guide] [--author ID] [--slug SLUG]';
const { values, positionals } = parseCommandLine(
	{
		allowPositionals: true,
		options: {
			cert: { type: 'string' },
			'exam-domain': { type: 'string' },
			type: { type: 'string' },
			author: { type: 'string' },
			slug: { type: 'string' },
		},
	},
	USAGE,
);

if (positionals.length !== 1) {
	refuseArguments(positionals.length ? `give the title as one argument, in quotes: "${positionals.join(' ')}"` : 'give the title of the article', USAGE);
}

const root = process.cwd();
try {
	const { file, slug, text } = createArticle(root, {
		title: positionals[0],
		cert: values.cert,
		examDomain: values['exam-domain'],
		type: values.type,
		author: values.author,
		slug: values.slug,
		today: new Date().toISOString().slice(0, 10),
	});
	// What is written must pass validate: the outline always does, a title may not (too long, say).
	const problems = [...loadFile('articles', file, text).issues, ...checkBody(file, text, site.contentTrust)].filter((issue) => issue.severity === 'error');
	if (problems.length) throw new CreateArticleError(`nothing written: the new article would not validate:\n${problems.map((issue) => formatIssue(issue)).join('\n')}`);
	mkdirSync(dirname(join(root, file)), { recursive: true });
	writeFileSync(join(root, file), text, { flag: 'wx' });
	console.log(`Wrote ${file} (a draft).\nPreview it: npm run dev, then open http://localhost:4321${site.base}articles/${slug}/`);
} catch (error) {
	if (!(error instanceof CreateArticleError)) throw error;
	console.error(`npm run new: ${error.message}`);
	process.exit(1);
}
