import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, commitSite, createFixtureSite } from '../helpers/fixture-site.ts';

/**
 * Old articles on one exam domain of SAA-C03, enough to fill several pages of every list they are
 * in (the article index, the cert's study path, the tag, the topic hubs) and to overflow the feed.
 */
export const FILLER_COUNT = 50;

function fillerArticles(): Record<string, string> {
	const files: Record<string, string> = {};
	for (let index = 1; index <= FILLER_COUNT; index++) {
		const number = String(index).padStart(2, '0');
		const day = new Date(Date.UTC(2020, 0, index)).toISOString().slice(0, 10);
		files[`content/articles/filler-${number}.md`] =
			`---\ntitle: 'Filler article ${number}'\ndescription: 'An old article that fills the lists.'\nauthor: david-jenkins\npublish_date: ${day}\ncerts: [aws-saa-c03]\nexam_domains: [secure-architectures]\ntags: [filler]\n---\n\nFiller text.\n`;
	}
	return files;
}

/** When the fixture site's one edited article, the first filler, changed: late on July 4 in New York, July 5 in UTC. */
export const EDIT_DATE = '2025-07-04T23:30:00-05:00';

/**
 * The shared fixture site, built in its own folder, with the social cards an owner can turn on. Its
 * git history is real: every file added on one day, then one article edited, so the build dates
 * that edit. `env` adds to the build's.
 */
export function buildSharedSite(name: string, env: Record<string, string> = {}) {
	const site = createFixtureSite(name, { files: fillerArticles(), settings: { socialCards: true } });
	commitSite(site, 'Add the fixture content', '2025-01-15T12:00:00Z');
	appendFileSync(join(site.root, 'content/articles/filler-01.md'), '\nA paragraph added after publication.\n');
	commitSite(site, 'Edit the first filler', EDIT_DATE);
	const result = buildSite(site, { SITE_REPOSITORY: 'https://github.com/example/certguides', ...env });
	if (result.status !== 0) throw new Error(`the fixture site did not build:\n${result.output}`);
	return site;
}

/** Builds the shared fixture site once, before any build-output test reads it. */
export default function setup() {
	buildSharedSite('site');
}
