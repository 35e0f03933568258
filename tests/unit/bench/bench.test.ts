import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTitle, generateCorpus, PUBLISH_SPAN_DAYS, renderDocsArticle, renderOursArticle, TAG_POOL } from '../../../bench/corpus.ts';
import { readCerts, readSeed } from '../../../bench/fixtures.ts';
import { readLegacyFrontmatter } from '../../../src/lib/import-legacy.ts';
import { shortenPath } from '../../../bench/report.ts';
import { type BuildResult, BUDGETS, checkBudgets, computeRatios, pickFastest, type SiteName, type SizeResult } from '../../../bench/results.ts';
import { projectRoot, writeOursContent } from '../../../bench/sites.ts';

const seed = readSeed(projectRoot);
const certs = readCerts(projectRoot);
const today = new Date('2026-06-15T12:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

describe('bench corpus', () => {
	const corpus = generateCorpus(seed, certs, 60, today);

	it('reads the six fixture certs with their exam domains', () => {
		expect(certs.map((cert) => cert.id)).toEqual(['aws-aif-c01', 'aws-mla-c01', 'aws-mls-c01', 'aws-saa-c03', 'azure-ai-102', 'gcp-pmle']);
		expect(certs.find((cert) => cert.id === 'aws-mla-c01')?.examDomains).toEqual([
			'data-preparation',
			'model-development',
			'deployment-orchestration',
			'monitoring-maintenance-security',
		]);
	});

	it('makes one article per number, each with its own slug and title', () => {
		expect(corpus).toHaveLength(60);
		expect(new Set(corpus.map((article) => article.slug)).size).toBe(60);
		expect(new Set(corpus.map((article) => article.title)).size).toBe(60);
		expect(corpus[0].slug).toBe(`${seed.slug}-1`);
		expect(corpus[0].title).toBe('Mastering the AWS Certified Machine Learning Engineer Associate (1)');
	});

	it('keeps titles within the 70 characters our schema warns above', () => {
		expect(createTitle('Short title', 12)).toBe('Short title (12)');
		expect(createTitle(seed.title, 9999).length).toBeLessThanOrEqual(70);
		expect(corpus.every((article) => article.title.length <= 70)).toBe(true);
	});

	it('spreads certs round-robin, each article on an exam domain of its cert, taken in turn', () => {
		expect(corpus.slice(0, 7).map((article) => article.cert)).toEqual([...certs.map((cert) => cert.id), certs[0].id]);
		for (const article of corpus) {
			expect(certs.find((cert) => cert.id === article.cert)?.examDomains).toContain(article.examDomain);
		}
		const mla = corpus.filter((article) => article.cert === 'aws-mla-c01').map((article) => article.examDomain);
		expect(mla.slice(0, 5)).toEqual(['data-preparation', 'model-development', 'deployment-orchestration', 'monitoring-maintenance-security', 'data-preparation']);
	});

	it('gives 2–3 distinct tags from the pool and uses the whole pool', () => {
		expect(TAG_POOL).toHaveLength(40);
		expect(new Set(TAG_POOL).size).toBe(40);
		for (const article of corpus) {
			expect(article.tags.length === 2 || article.tags.length === 3).toBe(true);
			expect(new Set(article.tags).size).toBe(article.tags.length);
		}
		expect(new Set(corpus.map((article) => article.tags.length))).toEqual(new Set([2, 3]));
		expect(new Set(corpus.flatMap((article) => article.tags)).size).toBe(40);
	});

	it('dates every article before today, spread over five years, newest first', () => {
		const times = corpus.map((article) => Date.parse(article.publishDate));
		expect(times.every((time) => time < today.getTime() - 12 * 60 * 60 * 1000)).toBe(true);
		expect(times.every((time, index) => index === 0 || time <= times[index - 1])).toBe(true);
		expect((times[0] - times.at(-1)!) / DAY_MS).toBeGreaterThan(PUBLISH_SPAN_DAYS * 0.95);
		expect((today.getTime() - times.at(-1)!) / DAY_MS).toBeLessThanOrEqual(PUBLISH_SPAN_DAYS + 1);
	});

	it('makes some articles guides', () => {
		const guides = corpus.filter((article) => article.type === 'guide');
		expect(guides.length).toBe(12);
	});

	it('is deterministic: the same inputs give the same files', () => {
		const again = generateCorpus(seed, certs, 60, today);
		expect(again.map((article) => renderOursArticle(article, seed.body))).toEqual(corpus.map((article) => renderOursArticle(article, seed.body)));
	});

	it('gives the bare and Starlight sites the same body with only a title and a description', () => {
		const { data, body } = readLegacyFrontmatter(renderDocsArticle(corpus[3], seed.body));
		expect(data).toEqual({ title: corpus[3].title, description: corpus[3].description });
		expect(body.trim()).toBe(seed.body.trim());
	});

	it('refuses certs it cannot use', () => {
		expect(() => generateCorpus(seed, [], 3, today)).toThrow(/at least one cert/);
		expect(() => generateCorpus(seed, [{ id: 'empty', examDomains: [] }], 3, today)).toThrow(/empty has no exam domains/);
	});

	describe('as our content', () => {
		const root = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
		afterAll(() => rmSync(root, { recursive: true, force: true }));

		it('passes npm run validate with no error and no warning', () => {
			writeOursContent(root, corpus.slice(0, 12), seed.body);
			const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/validate.ts'), '--json'], { cwd: root, encoding: 'utf8' });
			expect(JSON.parse(result.stdout)).toEqual([]);
			expect(result.status).toBe(0);
		});
	});
});

function createResult(site: SiteName, round: number, wallMs: number, extra: Partial<BuildResult> = {}): BuildResult {
	return { site, round, wallMs, pages: 10, distBytes: 1000, largestPage: { path: 'index.html', bytes: 100 }, peakRssBytes: 1000, ...extra };
}

/** A size with the given fastest builds, its ratios computed as the bench does. */
function createSize(articles: number, results: BuildResult[]): SizeResult {
	const fastest = pickFastest(results);
	return { articles, rounds: results, fastest, ratios: computeRatios(fastest), firstQueries: [] };
}

describe('bench results', () => {
	it('keeps the fastest round of each site, with that round’s other figures', () => {
		const fastest = pickFastest([
			createResult('ours', 1, 300, { peakRssBytes: 10 }),
			createResult('bare', 1, 200),
			createResult('ours', 2, 250, { peakRssBytes: 20 }),
			createResult('bare', 2, 260),
			createResult('ours', 3, 280),
		]);
		expect(fastest.ours).toMatchObject({ round: 2, wallMs: 250, peakRssBytes: 20 });
		expect(fastest.bare).toMatchObject({ round: 1, wallMs: 200 });
		expect(fastest.starlight).toBeUndefined();
	});

	it('computes the ratios, leaving out what was not measured; the budget is the shipped site’s, cards off', () => {
		const ratios = computeRatios(
			pickFastest([
				createResult('ours', 1, 300, { peakRssBytes: 1200 }),
				createResult('ours+cards', 1, 600, { peakRssBytes: 1500 }),
				createResult('ours+card-cache', 1, 325),
				createResult('bare', 1, 200, { peakRssBytes: 900 }),
				createResult('bare+pagefind', 1, 250, { peakRssBytes: 1000 }),
				createResult('starlight', 1, 500),
			]),
		);
		expect(ratios).toEqual({
			oursToBarePagefind: 1.2,
			oursToBarePagefindMedian: undefined,
			oursToStarlight: 0.6,
			starlightToBarePagefind: 2,
			oursToBarePagefindMemory: 1.2,
			oursToBare: 1.5,
			oursCardsToBarePagefind: 2.4,
			oursCardCacheToBarePagefind: 1.3,
		});
		expect(computeRatios(pickFastest([createResult('ours', 1, 300, { peakRssBytes: undefined }), createResult('bare', 1, 200)]))).toEqual({
			oursToBarePagefind: undefined,
			oursToBarePagefindMedian: undefined,
			oursToStarlight: undefined,
			starlightToBarePagefind: undefined,
			oursToBarePagefindMemory: undefined,
			oursToBare: 1.5,
		});
	});

	it('gives the median of each round’s own ours/bare+pagefind beside the fastest rounds’ ratio', () => {
		const rounds = [
			createResult('ours', 1, 130),
			createResult('bare+pagefind', 1, 100),
			createResult('ours', 2, 240),
			createResult('bare+pagefind', 2, 200),
			createResult('ours', 3, 150),
			createResult('bare+pagefind', 3, 90),
		];
		const ratios = computeRatios(pickFastest(rounds), rounds);
		// The fastest rounds pair ours of round 1 with bare+pagefind of round 3; each round's own ratios are 1.3, 1.2 and 1.67.
		expect(ratios.oursToBarePagefind).toBeCloseTo(1.444);
		expect(ratios.oursToBarePagefindMedian).toBe(1.3);
		expect(computeRatios(pickFastest(rounds.slice(0, 4)), rounds.slice(0, 4)).oursToBarePagefindMedian).toBeCloseTo(1.25);
	});

	const wallBudget = 'ours ≤ 1.2× bare+pagefind wall';
	it('passes ours at exactly 1.2× bare+pagefind from 1,000 articles and fails it above', () => {
		const at = (ours: number) => checkBudgets([createSize(1000, [createResult('ours', 1, ours), createResult('bare+pagefind', 1, 1000)])]);
		expect(at(1200).find((verdict) => verdict.budget.startsWith(wallBudget))?.status).toBe('pass');
		expect(at(1201).find((verdict) => verdict.budget.startsWith(wallBudget))?.status).toBe('fail');
		expect(at(1400).find((verdict) => verdict.budget.startsWith(wallBudget))).toMatchObject({ status: 'fail', detail: '1000 articles: 1.40×' });
	});

	it('fails ours unless it is faster than Starlight from 1,000 articles', () => {
		const at = (ours: number) =>
			checkBudgets([createSize(1000, [createResult('ours', 1, ours), createResult('starlight', 1, 1000)])]).find((verdict) => verdict.budget.startsWith('ours faster than Starlight'));
		expect(at(999)?.status).toBe('pass');
		expect(at(1000)).toMatchObject({ status: 'fail', detail: '1000 articles: 1.00×' });
	});

	it('does not hold small corpora to the wall-time and memory budgets', () => {
		const verdicts = checkBudgets([createSize(50, [createResult('ours', 1, 5000, { peakRssBytes: 5000 }), createResult('bare+pagefind', 1, 1000)])]);
		expect(verdicts.filter((verdict) => verdict.status === 'fail')).toEqual([]);
		expect(verdicts.map((verdict) => verdict.status)).toEqual([...Array(9).fill('skipped'), 'pass']);
	});

	it('fails when ours/bare+pagefind grows by more than 0.05 from the smallest size to the largest', () => {
		const growth = (largeOurs: number) =>
			checkBudgets([
				createSize(5000, [createResult('ours', 1, largeOurs), createResult('bare+pagefind', 1, 1000)]),
				createSize(1000, [createResult('ours', 1, 1100), createResult('bare+pagefind', 1, 1000)]),
			]).find((verdict) => verdict.budget.startsWith('ours/bare+pagefind grows'));
		expect(growth(1150)).toMatchObject({ status: 'pass', detail: '1.10× at 1000, 1.15× at 5000: +0.05' });
		expect(growth(1160)).toMatchObject({ status: 'fail', detail: '1.10× at 1000, 1.16× at 5000: +0.06' });
		expect(growth(900)?.status).toBe('pass');
	});

	it('holds ours to 1.15× bare+pagefind peak RSS from 5,000 articles, and under 2 GiB at 1,000', () => {
		const memory = (articles: number, oursRss: number) =>
			checkBudgets([
				createSize(articles, [createResult('ours', 1, 1000, { peakRssBytes: oursRss }), createResult('bare+pagefind', 1, 1000, { peakRssBytes: 1000 })]),
			]).filter((verdict) => verdict.budget.includes('peak RSS'));
		expect(memory(5000, 1150)[0].status).toBe('pass');
		expect(memory(5000, 1160)[0].status).toBe('fail');
		expect(memory(4999, 2000)[0].status).toBe('skipped');
		expect(memory(1000, 2 * 1024 ** 3 - 1)[1]).toMatchObject({ status: 'pass', detail: '2048 MiB' });
		expect(memory(1000, 2 * 1024 ** 3)[1].status).toBe('fail');
	});

	it('holds a first search at 1,000 articles under 150 KiB and 300 ms, judged on the median of the searches', () => {
		const search = (...runs: [bytes: number, ms: number][]) =>
			checkBudgets([{ ...createSize(1000, [createResult('ours', 1, 1000)]), firstQueries: runs.map(([bytes, ms]) => ({ bytes, requests: 12, ms })) }]).find((verdict) =>
				verdict.budget.startsWith('a first search'),
			);
		expect(search([150 * 1024 - 1, 300])).toMatchObject({ status: 'pass', detail: '150.0 KiB in 12 requests, 300 ms (the median search)' });
		expect(search([150 * 1024, 120])?.status).toBe('fail');
		expect(search([100 * 1024, 301])?.status).toBe('fail');
		expect(search([100 * 1024, 340], [100 * 1024, 250], [100 * 1024, 290], [100 * 1024, 270], [100 * 1024, 320])).toMatchObject({ status: 'pass', detail: '100.0 KiB in 12 requests, 290 ms (the median search)' });
		expect(search([100 * 1024, 340], [100 * 1024, 250], [100 * 1024, 310], [100 * 1024, 270], [100 * 1024, 320])?.status).toBe('fail');
		expect(search([100 * 1024, 250], [100 * 1024, 310])?.status).toBe('fail');
		expect(checkBudgets([createSize(1000, [createResult('ours', 1, 1000)])]).find((verdict) => verdict.budget.startsWith('a first search'))?.status).toBe('skipped');
	});

	it('holds validate under 1 s at 1,000 and 3 s at 5,000 articles, and a save in dev within 200 ms at 1,000', () => {
		const authoring = (articles: number, validateMs: number, devEditMs: number[] = [], bareDevEditMs: number[] = []) =>
			checkBudgets([{ ...createSize(articles, [createResult('ours', 1, 1000)]), authoring: { validateMs, devEditMs, bareDevEditMs } }]).filter(
				(verdict) => verdict.budget.includes('validate') || verdict.budget.includes('npm run dev'),
			);
		expect(authoring(1000, 999, [150, 400, 200], [300, 250])).toEqual([
			{ budget: 'npm run validate at 1000 articles under 1 s', status: 'pass', detail: '999 ms' },
			{ budget: 'npm run validate at 5000 articles under 3 s', status: 'skipped', detail: 'ours was not measured at 5000 articles' },
			{ budget: 'a saved article shows in npm run dev within 200 ms at 1000 articles (median save)', status: 'pass', detail: '200 ms (bare Astro + MDX: 275 ms)' },
		]);
		expect(authoring(1000, 1000, [201])).toMatchObject([{ status: 'fail' }, { status: 'skipped' }, { status: 'fail', detail: '201 ms' }]);
		expect(authoring(5000, 2999)).toMatchObject([
			{ status: 'skipped' },
			{ status: 'pass', detail: '2999 ms' },
			{ status: 'skipped', detail: 'ours was not measured at 1000 articles' },
		]);
	});

	it('fails any size where a page of ours is over 300 KiB', () => {
		const page = (bytes: number) =>
			checkBudgets([createSize(10, [createResult('ours', 1, 1000, { largestPage: { path: 'tags/sagemaker/index.html', bytes } })])]).find((verdict) =>
				verdict.budget.startsWith('no page'),
			);
		expect(page(BUDGETS.pageBytes)?.status).toBe('pass');
		expect(page(BUDGETS.pageBytes + 1)).toMatchObject({ status: 'fail', detail: '10 articles: largest tags/sagemaker/index.html, 300.0 KiB' });
	});

	it('skips, saying why, the budgets whose sites were not measured', () => {
		const verdicts = checkBudgets([createSize(1000, [createResult('bare', 1, 1000)]), createSize(5000, [createResult('bare', 1, 1000)])]);
		expect(verdicts.every((verdict) => verdict.status === 'skipped')).toBe(true);
		expect(verdicts.map((verdict) => verdict.detail)).toContain('1000 articles: not both measured');
		expect(verdicts.map((verdict) => verdict.detail)).toContain('5000 articles: ours was not measured');
	});
});

describe('bench report', () => {
	it('shortens long page paths in the middle, keeping their ends', () => {
		expect(shortenPath('tags/s3/index.html')).toBe('tags/s3/index.html');
		const long = shortenPath(`articles/${seed.slug}-1000/index.html`);
		expect(long).toHaveLength(60);
		expect(long.startsWith('articles/')).toBe(true);
		expect(long.endsWith('-1000/index.html')).toBe(true);
		expect(long).toContain('…');
	});
});
