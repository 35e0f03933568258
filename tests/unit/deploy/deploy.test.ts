import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCloudFrontHeadersPolicy, HEADER_RULES } from '../../../src/lib/security-headers.ts';
import { projectRoot } from '../../helpers/fixture-site.ts';

const read = (file: string) => readFileSync(join(projectRoot, file), 'utf8');

interface Step {
	id?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}

describe('the GitHub Pages workflow', () => {
	const workflow = parse(read('.github/workflows/deploy-pages.yml'));
	const steps: Step[] = workflow.jobs.build.steps;
	const step = (action: string) => steps.find((candidate) => candidate.uses?.startsWith(`${action}@`));

	it('builds on a push to main and daily (scheduled articles go live), only where the repository opted in, with the rights Pages needs', () => {
		expect(workflow.on.push.branches).toEqual(['main']);
		expect(workflow.on.schedule).toEqual([{ cron: '17 0 * * *' }]);
		expect(workflow.jobs.build.if).toBe("vars.DEPLOY_GITHUB_PAGES == 'true'");
		expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
	});

	it('installs and builds as README says, with the whole git history and the Node of .nvmrc', () => {
		expect(step('actions/checkout')?.with?.['fetch-depth']).toBe(0);
		expect(step('actions/setup-node')?.with?.['node-version-file']).toBe('.nvmrc');
		expect(steps.filter((candidate) => candidate.run).map((candidate) => candidate.run)).toEqual(['npm ci --no-audit --no-fund', 'npm run build']);
		expect(JSON.parse(read('package.json')).scripts.build).toContain('astro build');
	});

	it("keeps Astro's cache between builds, restored after npm ci empties node_modules, so unchanged social cards are not drawn again", () => {
		const cache = step('actions/cache');
		expect(cache?.with?.path).toBe('node_modules/.astro');
		expect(steps.indexOf(cache!)).toBeGreaterThan(steps.findIndex((candidate) => candidate.run?.startsWith('npm ci')));
		expect(steps.indexOf(cache!)).toBeLessThan(steps.findIndex((candidate) => candidate.run === 'npm run build'));
	});

	it('gives the build the address and the sub-path Pages serves it under, and publishes dist/', () => {
		expect(step('actions/configure-pages')?.id).toBe('pages');
		expect(steps.find((candidate) => candidate.run === 'npm run build')?.env).toMatchObject({
			SITE_URL: '${{ steps.pages.outputs.origin }}',
			SITE_BASE: '${{ steps.pages.outputs.base_path }}/',
		});
		expect(step('actions/upload-pages-artifact')?.with?.path).toBe('dist');
		expect(workflow.jobs.deploy.needs).toBe('build');
		expect(workflow.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
	});
});

describe('the pull request workflow', () => {
	const workflow = parse(read('.github/workflows/content.yml'));
	const steps: Step[] = workflow.jobs.check.steps;

	it('runs on every pull request with a read-only token and no secret', () => {
		expect(Object.keys(workflow.on)).toEqual(['pull_request']);
		expect(workflow.permissions).toEqual({ contents: 'read' });
		expect(read('.github/workflows/content.yml')).not.toMatch(/secrets\./);
	});

	it('validates with annotations on the lines, then builds, with commands the project has', () => {
		const runs = steps.filter((step) => step.run).map((step) => step.run);
		expect(runs).toEqual(['npm ci --no-audit --no-fund', 'npm run --silent validate -- --format github', 'npm run build']);
		const scripts = JSON.parse(read('package.json')).scripts;
		for (const run of runs.slice(1)) expect(scripts).toHaveProperty(/npm run (?:--silent )?(\S+)/.exec(run!)![1]);
	});
});

it('Netlify builds with npm run build, at its own address unless SITE_URL is set, and publishes dist/', () => {
	const toml = read('netlify.toml');
	expect(toml).toMatch(/^\s*publish = "dist"$/m);
	expect(toml).toMatch(/^\s*command = "SITE_URL=\$\{SITE_URL:-\$URL\} npm run build"$/m);
});

describe('S3 + CloudFront', () => {
	const handler = (uri: string) => {
		const context: { result?: unknown } = {};
		runInNewContext(`${read('deploy/cloudfront/folder-index.js')}\nresult = handler(${JSON.stringify({ request: { uri, headers: {} } })});`, context);
		return context.result as { uri?: string; statusCode?: number; headers?: { location: { value: string } } };
	};

	it('serves a folder URL its index.html, redirects a page URL to its slash, and leaves files alone', () => {
		expect(handler('/articles/x/').uri).toBe('/articles/x/index.html');
		expect(handler('/').uri).toBe('/index.html');
		expect(handler('/articles/x')).toMatchObject({ statusCode: 301, headers: { location: { value: '/articles/x/' } } });
		expect(handler('/_astro/page.Ab12.css').uri).toBe('/_astro/page.Ab12.css');
		expect(handler('/pagefind/pagefind-entry.json').uri).toBe('/pagefind/pagefind-entry.json');
	});

	it('gets the response headers of dist/_headers as a CloudFront policy', () => {
		const policy = buildCloudFrontHeadersPolicy('site');
		const expected = new Map(HEADER_RULES.find(([path]) => path === '/*')?.[1]);
		expect(policy.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy).toBe(expected.get('Content-Security-Policy'));
		expect(policy.SecurityHeadersConfig.ReferrerPolicy.ReferrerPolicy).toBe(expected.get('Referrer-Policy'));
		expect(policy.CustomHeadersConfig.Items).toEqual([{ Header: 'Permissions-Policy', Value: expected.get('Permissions-Policy'), Override: true }]);
		expect(policy.CustomHeadersConfig.Quantity).toBe(1);
	});
});
