import { buildSite, createFixtureSite } from '../helpers/fixture-site.ts';

/** Enough old, untagged-by-cert articles to need a second page of the article index. */
export const FILLER_COUNT = 21;

function fillerArticles(): Record<string, string> {
	const files: Record<string, string> = {};
	for (let index = 1; index <= FILLER_COUNT; index++) {
		const day = String(index).padStart(2, '0');
		files[`content/articles/filler-${day}.md`] =
			`---\ntitle: 'Filler article ${day}'\ndescription: 'An old article that fills the index.'\nauthor: david-jenkins\npublish_date: 2020-01-${day}\ntags: [filler]\n---\n\nFiller text.\n`;
	}
	return files;
}

/** Builds the shared fixture site once, before any build-output test reads it. */
export default function setup() {
	const site = createFixtureSite('site', { files: fillerArticles() });
	const result = buildSite(site, { SITE_REPOSITORY: 'https://github.com/example/certguides' });
	if (result.status !== 0) throw new Error(`the fixture site did not build:\n${result.output}`);
}
