import { mdxToJs } from 'satteri';
import { checkReferences } from './check-references.ts';
import type { ContentIssue } from './content-issues.ts';
import { type LoadedContent, loadContent } from './load-content.ts';

/** Everything `npm run validate` and the build check, in one pass over `content/`. */
export function validateContent(projectRoot: string): LoadedContent {
	const content = loadContent(projectRoot);
	content.issues.push(...checkReferences(content, projectRoot));
	for (const article of content.articles) {
		if (article.file.endsWith('.mdx')) {
			const issue = compileMdx(article.file, article.source);
			if (issue) content.issues.push(issue);
		}
	}
	return content;
}

/** Compiles an MDX file the way the build will, so a syntax error surfaces with its line first. */
export function compileMdx(file: string, source: string): ContentIssue | undefined {
	try {
		mdxToJs(source);
		return undefined;
	} catch (error) {
		const message = (error as Error).message;
		const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(message);
		return {
			file,
			line: match ? Number(match[1]) : undefined,
			column: match ? Number(match[2]) : undefined,
			field: 'body',
			message: `is not valid MDX: ${match ? match[3] : message}`,
			severity: 'error',
		};
	}
}

/** True when any issue should stop a build. */
export function hasErrors(issues: readonly ContentIssue[]): boolean {
	return issues.some((issue) => issue.severity === 'error');
}
