import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, createFixtureSite } from '../helpers/fixture-site.ts';

/** A fixture site in the trusted mode, the only one where a body runs code, whose one article ends with the given MDX. */
function buildWithBody(name: string, mdx: string) {
	const site = createFixtureSite(name, { settings: { contentTrust: 'trusted', renderTimeoutSeconds: 2 } });
	const article = join(site.root, 'content/articles/data-preparation-guide.mdx');
	writeFileSync(article, `${readFileSync(article, 'utf8')}\n${mdx}\n`);
	return buildSite(site);
}

const FOOTER = 'An article body that waits forever or loops forever does this, which only the trusted content mode allows (README, Security).';

describe('a render that never ends stops the build with the page named', () => {
	it('when a body awaits a promise that never settles, which Node would end with exit 0 and half a site', () => {
		const result = buildWithBody('watchdog-await', '{await new Promise(() => {})}');
		expect(result.status).toBe(1);
		expect(result.output).toContain(
			['[certguides] These pages never finished rendering (the build ran out of work waiting for them):', '  /articles/data-preparation-guide/', FOOTER].join('\n'),
		);
	});

	it('when a body waits past the time limit while the process stays busy', () => {
		const result = buildWithBody('watchdog-slow', '{await new Promise(() => setInterval(() => {}, 1000))}');
		expect(result.status).toBe(1);
		expect(result.output).toContain(['[certguides] These pages took more than 2 s to render and were stopped:', '  /articles/data-preparation-guide/', FOOTER].join('\n'));
	});

	it('when a body loops forever and blocks the process', () => {
		const result = buildWithBody('watchdog-loop', '{(() => { while (true) {} })()}');
		expect(result.status).not.toBe(0);
		expect(result.output).toContain('[certguides] These pages were rendering when the build stopped responding for 2 s, and were stopped:');
		expect(result.output).toMatch(/stopped:\n(?: {2}\/.*\n)*? {2}\/articles\/data-preparation-guide\/\n/);
	});
});
