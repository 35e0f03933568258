/**
 * What the bench makes of its measurements: the fastest round of each site, the ratios between
 * sites and the verdicts on the project's performance budgets. Pure, so it is unit-tested.
 */
import type { FirstQuery } from './first-query.ts';

/**
 * The builds measured, in the order each round runs them. `ours` is the site as it ships, social
 * cards off; `ours+cards` turns them on and draws every card; `ours+card-cache` builds that site
 * again right after it, every cache deleted but the cards': what a build with cards costs once
 * they are drawn (a CI that keeps `node_modules/.astro/`, or the second build on a laptop).
 */
export const SITE_NAMES = ['ours', 'ours+cards', 'ours+card-cache', 'bare', 'bare+pagefind', 'starlight'] as const;

export type SiteName = (typeof SITE_NAMES)[number];

/** One build of one site in one round. */
export interface BuildResult {
	site: SiteName;
	/** 1-based. */
	round: number;
	/** From start to exit, search indexing included. */
	wallMs: number;
	/** The part of `wallMs` spent indexing for search: the `pagefind` run of bare+pagefind, the index hook of ours. */
	searchMs?: number;
	/** The largest resident set of any process of the build; undefined when it cannot be measured. */
	peakRssBytes?: number;
	/** `.html` files in `dist/`. */
	pages: number;
	distBytes: number;
	largestPage: { path: string; bytes: number };
	/** `dist/pagefind/`, for the sites with a search index. */
	searchBytes?: number;
}

/** The fastest round of each site measured at one corpus size. */
export type Fastest = Partial<Record<SiteName, BuildResult>>;

export interface Ratios {
	/** Wall time, both with a Pagefind index: the budget's figure. */
	oursToBarePagefind?: number;
	/** Wall time, the median of each round's own ours/bare+pagefind: shown beside the budget's figure, not judged. */
	oursToBarePagefindMedian?: number;
	/** Wall time, both with a Pagefind index. */
	oursToStarlight?: number;
	/** Wall time, both with a Pagefind index. */
	starlightToBarePagefind?: number;
	/** Peak RSS, both with a Pagefind index. */
	oursToBarePagefindMemory?: number;
	/** Wall time against a bare build without search: everything ours does beyond one page per article. */
	oursToBare?: number;
	/** Wall time, ours with social cards on, every card drawn, both with a Pagefind index: shown, not judged. */
	oursCardsToBarePagefind?: number;
	/** Wall time, ours with social cards on and already drawn, both with a Pagefind index: shown, not judged. */
	oursCardCacheToBarePagefind?: number;
}

/** Everything measured at one corpus size. */
export interface SizeResult {
	articles: number;
	rounds: BuildResult[];
	fastest: Fastest;
	ratios: Ratios;
	/** A reader's first search on our site, each on a fresh page; empty without Chromium. */
	firstQueries: FirstQuery[];
	/** What an author waits for on our site; undefined when ours was not measured. */
	authoring?: Authoring;
}

/** An author's waits at one corpus size. */
export interface Authoring {
	/** `npm run validate` over the corpus, fastest of its runs. */
	validateMs: number;
	/** From each save of an article to the first `npm run dev` response showing it; empty where not measured. */
	devEditMs: number[];
	/** The same on the bare site: the share of Astro's own dev server, for comparison (not judged). */
	bareDevEditMs: number[];
}

export interface Verdict {
	budget: string;
	status: 'pass' | 'fail' | 'skipped';
	detail: string;
}

/**
 * Lone times on a shared machine mostly measure the neighbours: the least disturbed round, the
 * fastest, is the best estimate of what a build costs. Its other figures come with it.
 */
export function pickFastest(rounds: BuildResult[]): Fastest {
	const fastest: Fastest = {};
	for (const result of rounds) {
		const best = fastest[result.site];
		if (!best || result.wallMs < best.wallMs) fastest[result.site] = result;
	}
	return fastest;
}

export function computeRatios(fastest: Fastest, rounds: BuildResult[] = []): Ratios {
	const { ours, bare, starlight } = fastest;
	const barePagefind = fastest['bare+pagefind'];
	return {
		oursToBarePagefind: divide(ours?.wallMs, barePagefind?.wallMs),
		oursToBarePagefindMedian: findMedianRoundRatio(rounds, 'ours', 'bare+pagefind'),
		oursToStarlight: divide(ours?.wallMs, starlight?.wallMs),
		starlightToBarePagefind: divide(starlight?.wallMs, barePagefind?.wallMs),
		oursToBarePagefindMemory: divide(ours?.peakRssBytes, barePagefind?.peakRssBytes),
		oursToBare: divide(ours?.wallMs, bare?.wallMs),
		oursCardsToBarePagefind: divide(fastest['ours+cards']?.wallMs, barePagefind?.wallMs),
		oursCardCacheToBarePagefind: divide(fastest['ours+card-cache']?.wallMs, barePagefind?.wallMs),
	};
}

/**
 * The median over rounds of one site's wall time over another's within each round. The builds of
 * a round run minutes apart, so the machine's drift mostly cancels out in their ratio: a steadier
 * figure than the fastest rounds when the neighbours are busy.
 */
function findMedianRoundRatio(rounds: BuildResult[], site: SiteName, base: SiteName): number | undefined {
	const ratios = [...new Set(rounds.map((result) => result.round))]
		.flatMap((round) => {
			const wallOf = (name: SiteName) => rounds.find((result) => result.round === round && result.site === name)?.wallMs;
			return divide(wallOf(site), wallOf(base)) ?? [];
		});
	return findMedian(ratios);
}

function divide(numerator: number | undefined, denominator: number | undefined): number | undefined {
	return numerator === undefined || !denominator ? undefined : numerator / denominator;
}

/** The project's performance budgets (PRODUCT.md), in the terms the bench measures; every build has its search index. */
export const BUDGETS = {
	/** Ours may take at most this multiple of bare+pagefind's wall time… */
	wallRatio: 1.2,
	/** …and must be faster than Starlight… */
	starlightRatio: 1,
	/** …from this many articles on. */
	wallRatioFrom: 1000,
	/** Ours/bare+pagefind at the largest size may exceed ours/bare+pagefind at the smallest by at most this. */
	ratioGrowth: 0.05,
	/** Ours may use at most this multiple of bare+pagefind's peak RSS… */
	memoryRatio: 1.15,
	/** …from this many articles on. */
	memoryRatioFrom: 5000,
	/** Ours' peak RSS at 1,000 articles. */
	memoryBytesAt1000: 2 * 1024 ** 3,
	/** No page of ours may be larger, at any size: 300 KB, read as 300 × 1,024 bytes. */
	pageBytes: 300 * 1024,
	/** A first search at 1,000 articles downloads less than this… */
	firstQueryBytes: 150 * 1024,
	/** …and shows results within this long after the last keystroke. */
	firstQueryMs: 300,
	/** `npm run validate` takes less than this, by corpus size. */
	validateMs: { 1000: 1000, 5000: 3000 } as Record<number, number>,
	/** The median save shows in `npm run dev` within this at 1,000 articles. */
	devEditMs: 200,
};

/** A ratio of ours to another site that must stay under a limit at every size from some number of articles on. */
function checkRatioBudget(sizes: SizeResult[], name: string, limit: number, from: number, ratioOf: (size: SizeResult) => number | undefined): Verdict[] {
	const budget = `${name} at ≥ ${from} articles`;
	const measured = sizes.filter((size) => size.articles >= from);
	if (!measured.length) return [{ budget, status: 'skipped', detail: `no size of ${from} articles or more measured` }];
	return measured.map((size) => {
		const ratio = ratioOf(size);
		return ratio === undefined
			? { budget, status: 'skipped', detail: `${size.articles} articles: not both measured` }
			: { budget, status: ratio <= limit ? 'pass' : 'fail', detail: `${size.articles} articles: ${formatRatio(ratio)}` };
	});
}

/** Checks every budget that the sizes and sites measured allow; the others are `skipped`, saying why. */
export function checkBudgets(sizes: SizeResult[]): Verdict[] {
	const verdicts: Verdict[] = [];
	const sorted = [...sizes].sort((a, b) => a.articles - b.articles);
	const { wallRatio, starlightRatio, wallRatioFrom, ratioGrowth, memoryRatio, memoryRatioFrom } = BUDGETS;

	verdicts.push(...checkRatioBudget(sorted, `ours ≤ ${wallRatio}× bare+pagefind wall time`, wallRatio, wallRatioFrom, (size) => size.ratios.oursToBarePagefind));
	// Strictly faster: a ratio of exactly 1 is not.
	verdicts.push(
		...checkRatioBudget(sorted, 'ours faster than Starlight', starlightRatio - Number.EPSILON, wallRatioFrom, (size) => size.ratios.oursToStarlight),
	);

	const growthBudget = `ours/bare+pagefind grows by ≤ ${ratioGrowth} from the smallest to the largest size`;
	const smallest = sorted[0]?.ratios.oursToBarePagefind;
	const largest = sorted.at(-1)?.ratios.oursToBarePagefind;
	if (sorted.length < 2) {
		verdicts.push({ budget: growthBudget, status: 'skipped', detail: 'needs two sizes or more (--articles 1000,5000)' });
	} else if (smallest === undefined || largest === undefined) {
		verdicts.push({ budget: growthBudget, status: 'skipped', detail: 'ours and bare+pagefind were not both measured at both sizes' });
	} else {
		const growth = largest - smallest;
		verdicts.push({
			budget: growthBudget,
			status: growth <= ratioGrowth ? 'pass' : 'fail',
			detail: `${formatRatio(smallest)} at ${sorted[0].articles}, ${formatRatio(largest)} at ${sorted.at(-1)?.articles}: ${growth >= 0 ? '+' : ''}${growth.toFixed(2)}`,
		});
	}

	verdicts.push(
		...checkRatioBudget(sorted, `ours ≤ ${memoryRatio}× bare+pagefind peak RSS`, memoryRatio, memoryRatioFrom, (size) => size.ratios.oursToBarePagefindMemory),
	);

	const memoryBudget = `ours' peak RSS under ${BUDGETS.memoryBytesAt1000 / 1024 ** 3} GiB at 1000 articles`;
	const peak = sorted.find((size) => size.articles === 1000)?.fastest.ours?.peakRssBytes;
	verdicts.push(
		peak === undefined
			? { budget: memoryBudget, status: 'skipped', detail: 'ours was not measured at 1000 articles with GNU time' }
			: { budget: memoryBudget, status: peak < BUDGETS.memoryBytesAt1000 ? 'pass' : 'fail', detail: `${(peak / 1024 ** 2).toFixed(0)} MiB` },
	);

	const queryBudget = `a first search at 1000 articles: under ${BUDGETS.firstQueryBytes / 1024} KiB, results within ${BUDGETS.firstQueryMs} ms`;
	const query = pickMedianQuery(sorted.find((size) => size.articles === 1000)?.firstQueries ?? []);
	verdicts.push(
		query === undefined
			? { budget: queryBudget, status: 'skipped', detail: 'not measured at 1000 articles (needs ours and Chromium)' }
			: {
					budget: queryBudget,
					status: query.bytes < BUDGETS.firstQueryBytes && query.ms <= BUDGETS.firstQueryMs ? 'pass' : 'fail',
					detail: `${(query.bytes / 1024).toFixed(1)} KiB in ${query.requests} requests, ${Math.round(query.ms)} ms (the median search)`,
				},
	);

	verdicts.push(...checkAuthoringBudgets(sorted));

	const pageBudget = `no page of ours over ${BUDGETS.pageBytes / 1024} KiB`;
	for (const size of sorted) {
		const page = size.fastest.ours?.largestPage;
		verdicts.push(
			page === undefined
				? { budget: pageBudget, status: 'skipped', detail: `${size.articles} articles: ours was not measured` }
				: {
						budget: pageBudget,
						status: page.bytes <= BUDGETS.pageBytes ? 'pass' : 'fail',
						detail: `${size.articles} articles: largest ${page.path}, ${(page.bytes / 1024).toFixed(1)} KiB`,
					},
		);
	}
	return verdicts;
}

/** The author's budgets: `validate` by corpus size, and a save showing in `npm run dev` at 1,000 articles. */
function checkAuthoringBudgets(sizes: SizeResult[]): Verdict[] {
	const verdicts: Verdict[] = [];
	for (const [articles, limit] of Object.entries(BUDGETS.validateMs)) {
		const budget = `npm run validate at ${articles} articles under ${limit / 1000} s`;
		const measured = sizes.find((size) => size.articles === Number(articles))?.authoring;
		verdicts.push(
			measured === undefined
				? { budget, status: 'skipped', detail: `ours was not measured at ${articles} articles` }
				: { budget, status: measured.validateMs < limit ? 'pass' : 'fail', detail: `${Math.round(measured.validateMs)} ms` },
		);
	}
	const budget = `a saved article shows in npm run dev within ${BUDGETS.devEditMs} ms at 1000 articles (median save)`;
	const authoring = sizes.find((size) => size.articles === 1000)?.authoring;
	const median = authoring && findMedian(authoring.devEditMs);
	if (!authoring || median === undefined) return [...verdicts, { budget, status: 'skipped', detail: 'ours was not measured at 1000 articles' }];
	const bare = findMedian(authoring.bareDevEditMs);
	const detail = `${Math.round(median)} ms${bare === undefined ? '' : ` (bare Astro + MDX: ${Math.round(bare)} ms)`}`;
	return [...verdicts, { budget, status: median <= BUDGETS.devEditMs ? 'pass' : 'fail', detail }];
}

/** The search of median time among several (the slower of the middle two): one search on a shared machine says little. */
export function pickMedianQuery(queries: readonly FirstQuery[]): FirstQuery | undefined {
	return [...queries].sort((a, b) => a.ms - b.ms)[Math.floor(queries.length / 2)];
}

/** The middle value, or the mean of the two middle ones; undefined for none. */
export function findMedian(values: readonly number[]): number | undefined {
	if (!values.length) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** "1.38×". */
export function formatRatio(ratio: number): string {
	return `${ratio.toFixed(2)}×`;
}
