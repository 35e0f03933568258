/**
 * `npm run bench [-- --articles 1000,5000] [--rounds 3] [--sites ours,ours+cards,ours+card-cache,bare,bare+pagefind,starlight] [--json] [--keep]`:
 * builds our site (as it ships; with social cards on, cold, then again with its cards kept), a bare Astro + MDX site (without
 * and with a Pagefind index) and Starlight from the same generated articles, in interleaved rounds from cold caches, and checks the performance
 * budgets on the fastest round of each; exit 1 when a build or a budget fails. Progress goes to
 * stderr: `npm run --silent bench -- --json` leaves stdout to the JSON alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../bench/corpus.ts';
import { measureDevEdits } from '../bench/dev-edit.ts';
import { type FirstQuery, measureFirstQuery } from '../bench/first-query.ts';
import { readCerts, readSeed } from '../bench/fixtures.ts';
import { measureDist, probeGnuTime, readTail, runMeasured } from '../bench/measure.ts';
import { formatMachine, formatSize, formatVerdicts, type Machine } from '../bench/report.ts';
import { type Authoring, type BuildResult, checkBudgets, computeRatios, pickFastest, SITE_NAMES, type SiteName, type SizeResult } from '../bench/results.ts';
import { type BenchSite, benchModules, benchRoot, cleanSite, createBareSite, createOursSite, createStarlightSite, projectRoot, SITE_FOLDERS } from '../bench/sites.ts';
import { findChromium, launchBrowser, openPage } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { parseCommandLine } from '../src/node/command-line.ts';

const USAGE = `usage: npm run bench [-- --articles 1000[,5000]] [--rounds 3] [--sites ${SITE_NAMES.join(',')}] [--json] [--keep]`;
const { values } = parseCommandLine({
	options: {
		articles: { type: 'string', default: '1000' },
		rounds: { type: 'string', default: '3' },
		sites: { type: 'string', default: SITE_NAMES.join(',') },
		json: { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
	},
}, USAGE);

const sizes = values.articles.split(',').map((value) => readPositiveInteger('--articles', value));
const roundCount = readPositiveInteger('--rounds', values.rounds);
const sites = values.sites.split(',').map((name) => readSiteName(name.trim()));
const needsBenchModules = sites.includes('bare+pagefind') || sites.includes('starlight');

const progress = (line: string) => console.error(line);
/** The budget is at 1,000 articles; a dev server over more takes long to start and says little more. */
const DEV_EDIT_UP_TO = 1000;
/** First searches measured, each on a fresh page: the budget is judged on their median. */
const FIRST_QUERIES = 5;
const machine: Machine = {
	cpu: cpus()[0]?.model ?? 'unknown CPU',
	cores: cpus().length,
	memoryBytes: totalmem(),
	node: process.versions.node,
	os: `${platform()} ${release()}`,
	load: loadavg()[0],
};

// The logs of this run only: a failure's log is the one named in the report.
rmSync(join(benchRoot, 'logs'), { recursive: true, force: true });
if (needsBenchModules) installBenchModules();
const withTime = probeGnuTime(benchRoot);
if (!withTime) progress('GNU time (/usr/bin/time) not found: peak RSS is not measured and its budget is skipped');

const seed = readSeed(projectRoot);
const certs = readCerts(projectRoot);
const buildEnv: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
const failures: { site: SiteName; articles: number; round: number; log: string }[] = [];
const results: SizeResult[] = [];

for (const articles of [...new Set(sizes)].sort((a, b) => a - b)) {
	progress(`${articles} articles: writing the sites under ${benchRoot}`);
	const corpus = generateCorpus(seed, certs, articles, new Date());
	const built: Partial<Record<SiteName, BenchSite>> = {};
	if (sites.includes('ours')) built.ours = createOursSite(corpus, seed.body);
	if (sites.includes('ours+cards') || sites.includes('ours+card-cache')) built['ours+cards'] = built['ours+card-cache'] = createOursSite(corpus, seed.body, { socialCards: true });
	if (sites.includes('bare') || sites.includes('bare+pagefind')) built.bare = built['bare+pagefind'] = createBareSite(corpus, seed.body);
	if (sites.includes('starlight')) built.starlight = createStarlightSite(corpus, seed.body);

	const rounds: BuildResult[] = [];
	const failed = new Set<SiteName>();
	for (let round = 1; round <= roundCount; round++) {
		for (const name of SITE_NAMES) {
			const site = built[name];
			if (!site || !sites.includes(name) || failed.has(name)) continue;
			const result = buildSite(name, site, articles, round);
			if (result) {
				rounds.push(result);
				progress(`  round ${round}/${roundCount}  ${name.padEnd(15)} ${Math.round(result.wallMs).toLocaleString('en')} ms`);
			} else {
				failed.add(name);
			}
		}
	}
	const fastest = pickFastest(rounds);
	// Our last build is still in dist/: a reader's first search on it.
	const firstQueries = built.ours && !failed.has('ours') && findChromium() ? await measureSearch(built.ours, corpus[0].slug) : [];
	const authoring = built.ours && !failed.has('ours') ? await measureAuthoring(built.ours, built.bare, corpus[Math.floor(corpus.length / 2)].slug, articles) : undefined;
	results.push({ articles, rounds, fastest, ratios: computeRatios(fastest, rounds), firstQueries, authoring });
}
if (sites.includes('ours') && !findChromium()) progress('Chromium not found: the first-query figures and budgets are skipped');

if (!values.keep) {
	for (const folder of SITE_FOLDERS) rmSync(join(benchRoot, folder), { recursive: true, force: true });
}

const verdicts = checkBudgets(results);
const failedBudgets = verdicts.filter((verdict) => verdict.status === 'fail');
if (values.json) {
	console.log(JSON.stringify({ machine, rounds: roundCount, sizes: results, budgets: verdicts, failures }, null, 2));
} else {
	console.log(`\n${formatMachine(machine)}\n`);
	for (const size of results) console.log(`${formatSize(size, roundCount)}\n`);
	console.log(`budgets:\n${formatVerdicts(verdicts)}`);
}
if (failures.length) console.error(`\nfailed builds: ${failures.map((failure) => `${failure.site} at ${failure.articles} articles (round ${failure.round}, log ${failure.log})`).join('; ')}`);
if (failedBudgets.length) console.error(`\nbudgets failed: ${failedBudgets.map((verdict) => `${verdict.budget} (${verdict.detail})`).join('; ')}`);
process.exitCode = failures.length || failedBudgets.length ? 1 : 0;

/**
 * One cold build: caches and output deleted (for ours+card-cache, all but its drawn social cards), `astro build` with the project's Node, then for
 * bare+pagefind the Pagefind CLI over its output. Undefined when it failed (its log's tail printed).
 */
function buildSite(name: SiteName, site: BenchSite, articles: number, round: number): BuildResult | undefined {
	cleanSite(site, { keepCards: name === 'ours+card-cache' });
	const log = join(benchRoot, 'logs', `${articles}-${name}-${round}.log`);
	rmSync(log, { force: true });
	const options = { cwd: site.root, env: buildEnv, log, withTime };
	const build = runMeasured(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--config', site.config], options);
	const search = build.ok && name === 'bare+pagefind' ? runMeasured(process.execPath, [findPagefindCli(), '--site', 'dist'], options) : undefined;
	if (!build.ok || search?.ok === false) {
		failures.push({ site: name, articles, round, log });
		console.error(`\n${name} failed at ${articles} articles, round ${round}; the end of ${log}:\n${readTail(log)}\n`);
		return undefined;
	}
	const peaks = [build.peakRssBytes, search?.peakRssBytes].filter((peak) => peak !== undefined);
	return {
		site: name,
		round,
		wallMs: build.wallMs + (search?.wallMs ?? 0),
		searchMs: search?.wallMs ?? readIndexTime(log),
		peakRssBytes: peaks.length ? Math.max(...peaks) : undefined,
		...measureDist(join(site.root, 'dist')),
	};
}

/** A reader's first search on our built site, served compressed as a static host serves it, in Debian's Chromium, several times. */
async function measureSearch(site: BenchSite, slug: string): Promise<FirstQuery[]> {
	const [browser, server] = await Promise.all([launchBrowser(), serveStatic(join(site.root, 'dist'))]);
	try {
		const queries: FirstQuery[] = [];
		for (let run = 0; run < FIRST_QUERIES; run++) {
			const { page } = await openPage(browser);
			queries.push(await measureFirstQuery(page, `${server.origin}/articles/${slug}/`, 'sagemaker'));
			await page.context().close();
		}
		return queries;
	} finally {
		await browser.close();
		await server.close();
	}
}

/**
 * An author's waits on the corpus: `npm run validate` (fastest of three runs), and up to
 * `DEV_EDIT_UP_TO` articles, saves of one article under `npm run dev`, on ours and on bare.
 */
async function measureAuthoring(ours: BenchSite, bare: BenchSite | undefined, slug: string, articles: number): Promise<Authoring> {
	progress('  authoring: npm run validate, then saves under npm run dev');
	const log = join(benchRoot, 'logs', `${articles}-validate.log`);
	const validateMs = Math.min(
		...[1, 2, 3].map(() => {
			const run = runMeasured(process.execPath, [join(projectRoot, 'scripts/validate.ts')], { cwd: ours.root, env: buildEnv, log, withTime: false });
			if (!run.ok) throw new Error(`npm run validate failed on the generated corpus; the end of ${log}:\n${readTail(log)}`);
			return run.wallMs;
		}),
	);
	if (articles > DEV_EDIT_UP_TO) return { validateMs, devEditMs: [], bareDevEditMs: [] };
	const path = `/articles/${slug}/`;
	const devEditMs = await measureDevEdits(ours.root, `content/articles/${slug}.mdx`, path);
	const bareDevEditMs = bare ? await measureDevEdits(bare.root, `src/content/articles/${slug}.mdx`, path) : [];
	return { validateMs, devEditMs, bareDevEditMs };
}

/** How long our build's index hook took, as it logs it. */
function readIndexTime(log: string): number | undefined {
	const match = /indexed \d+ pages for search in (\d+) ms/.exec(readFileSync(log, 'utf8'));
	return match ? Number(match[1]) : undefined;
}

/**
 * Starlight and the Pagefind CLI live in bench/node_modules, installed from the committed lock
 * when missing or older than it; npm's own record of the install tells which.
 */
function installBenchModules() {
	const record = join(benchModules, '.package-lock.json');
	const lock = join(projectRoot, 'bench/package-lock.json');
	if (existsSync(record) && statSync(record).mtimeMs >= statSync(lock).mtimeMs) return;
	progress('installing bench/node_modules (Starlight, Pagefind) with npm ci --prefix bench');
	// npm's output to stderr too: stdout is the report's, or the JSON's.
	const result = spawnSync('npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund'], { cwd: projectRoot, stdio: ['ignore', 2, 2] });
	if (result.status !== 0) {
		console.error('npm ci --prefix bench failed: the Starlight and bare+pagefind builds need it (or leave them out with --sites ours,bare)');
		process.exit(1);
	}
}

/** The CLI's own entry, run with the project's Node as `npx pagefind` would. */
function findPagefindCli(): string {
	const pagefind = join(benchModules, 'pagefind');
	const { bin } = JSON.parse(readFileSync(join(pagefind, 'package.json'), 'utf8')) as { bin: string };
	return join(pagefind, bin);
}

function readPositiveInteger(option: string, value: string): number {
	const number = Number(value);
	if (!Number.isInteger(number) || number < 1) usage(`${option} takes whole numbers of 1 or more, not "${value}"`);
	return number;
}

function readSiteName(name: string): SiteName {
	if (!(SITE_NAMES as readonly string[]).includes(name)) usage(`--sites takes ${SITE_NAMES.join(', ')}, not "${name}"`);
	return name as SiteName;
}

function usage(problem: string): never {
	console.error(`${problem}\n${USAGE}`);
	process.exit(2);
}
