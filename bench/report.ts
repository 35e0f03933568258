/** The bench's results as text for people; `--json` prints the same objects as they are. */
import { type Authoring, type BuildResult, findMedian, formatRatio, pickMedianQuery, type Ratios, SITE_NAMES, type SizeResult, type Verdict } from './results.ts';

export interface Machine {
	cpu: string;
	cores: number;
	memoryBytes: number;
	node: string;
	os: string;
	/** The 1-minute load average as the bench started: on a shared machine, how busy it already was. */
	load: number;
}

const MIB = 1024 * 1024;

export function formatMachine(machine: Machine): string {
	return `${machine.cpu}, ${machine.cores} cores, ${(machine.memoryBytes / 1024 ** 3).toFixed(1)} GiB, ${machine.os}, Node ${machine.node}, load ${machine.load.toFixed(2)} at start`;
}

/** One table per corpus size, the fastest round of each site, then the ratios of that size. */
export function formatSize(size: SizeResult, roundCount: number): string {
	const header = ['site', 'wall ms', 'peak RSS MiB', 'pages', 'dist MiB', 'search MiB', 'largest page KiB', 'largest page'];
	const rows = SITE_NAMES.flatMap((name) => {
		const result = size.fastest[name];
		return result ? [formatRow(result)] : [];
	});
	const title = `${size.articles.toLocaleString('en')} articles, fastest of ${roundCount} ${roundCount === 1 ? 'round' : 'rounds'}`;
	const median = pickMedianQuery(size.firstQueries);
	const query =
		median &&
		`  first search on ours, the median of ${size.firstQueries.length}: ${(median.bytes / 1024).toFixed(1)} KiB in ${median.requests} requests, results ${Math.round(median.ms)} ms after the last keystroke (all: ${size.firstQueries.map((run) => Math.round(run.ms)).join(', ')} ms)`;
	return [title, formatTable([header, ...rows]), formatRatios(size.ratios), ...(query ? [query] : []), ...(size.authoring ? [formatAuthoring(size.authoring)] : [])].join('\n');
}

function formatAuthoring({ validateMs, devEditMs, bareDevEditMs }: Authoring): string {
	const saves = (times: number[]) => (times.length ? `${times.map((ms) => Math.round(ms)).join(', ')} ms (median ${Math.round(findMedian(times) ?? 0)})` : 'not measured');
	const lines = [`  npm run validate on ours: ${formatNumber(validateMs)} ms`];
	if (devEditMs.length) lines.push(`  a save showing in npm run dev, ours: ${saves(devEditMs)}; bare: ${saves(bareDevEditMs)}`);
	return lines.join('\n');
}

function formatRow(result: BuildResult): string[] {
	const search = result.searchMs === undefined ? '' : ` (index ${formatNumber(result.searchMs)})`;
	return [
		result.site,
		`${formatNumber(result.wallMs)}${search}`,
		result.peakRssBytes === undefined ? 'n/a' : formatNumber(result.peakRssBytes / MIB),
		formatNumber(result.pages),
		(result.distBytes / MIB).toFixed(1),
		result.searchBytes === undefined ? '' : (result.searchBytes / MIB).toFixed(1),
		(result.largestPage.bytes / 1024).toFixed(1),
		shortenPath(result.largestPage.path),
	];
}

/** Article slugs run past 100 characters: the middle goes, the page kind and the end stay. */
export function shortenPath(path: string, limit = 60): string {
	if (path.length <= limit) return path;
	const head = Math.floor((limit - 1) / 2);
	return `${path.slice(0, head)}…${path.slice(path.length - (limit - 1 - head))}`;
}

function formatRatios(ratios: Ratios): string {
	const lines: [string, number | undefined][] = [
		['ours / bare+pagefind, wall (both with search)', ratios.oursToBarePagefind],
		['ours / bare+pagefind, wall, median of the rounds’ own ratios', ratios.oursToBarePagefindMedian],
		['ours / starlight, wall (both with search)', ratios.oursToStarlight],
		['starlight / bare+pagefind, wall', ratios.starlightToBarePagefind],
		['ours / bare+pagefind, peak RSS', ratios.oursToBarePagefindMemory],
		['ours / bare (bare without search), wall', ratios.oursToBare],
		['ours with social cards, every card drawn / bare+pagefind, wall', ratios.oursCardsToBarePagefind],
		['ours with social cards, read from the cache / bare+pagefind, wall', ratios.oursCardCacheToBarePagefind],
	];
	return lines.map(([label, ratio]) => `  ${label}: ${ratio === undefined ? 'not measured' : formatRatio(ratio)}`).join('\n');
}

export function formatVerdicts(verdicts: Verdict[]): string {
	return verdicts.map((verdict) => `  ${verdict.status.toUpperCase().padEnd(7)} ${verdict.budget}: ${verdict.detail}`).join('\n');
}

/** Columns padded to their widest cell: text left, numbers right. */
function formatTable(rows: string[][]): string {
	const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
	const isNumeric = (column: number) => rows.slice(1).every((row) => /^[\d,.]*(?: \(.*\))?$|^n\/a$/.test(row[column]));
	return rows
		.map((row) =>
			row
				.map((cell, column) => (isNumeric(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
				.join('  ')
				.trimEnd(),
		)
		.join('\n');
}

function formatNumber(value: number): string {
	return Math.round(value).toLocaleString('en');
}
