import { buildSite, createFixtureSite } from '../helpers/fixture-site.ts';

/** Builds the shared fixture site once, before any build-output test reads it. */
export default function setup() {
	const site = createFixtureSite('site');
	const result = buildSite(site);
	if (result.status !== 0) throw new Error(`the fixture site did not build:\n${result.output}`);
}
