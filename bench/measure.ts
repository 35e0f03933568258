/** Running a build with its wall time and peak memory, and measuring what it wrote. */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';

/** GNU time: `%M` is the largest resident set of the command and of every process it waited for. */
const GNU_TIME = '/usr/bin/time';

export interface Run {
	ok: boolean;
	wallMs: number;
	/** Undefined where GNU time is not installed. */
	peakRssBytes?: number;
	/** Where stdout and stderr went, interleaved as a terminal would show them. */
	log: string;
}

/**
 * Whether GNU time is there to measure peak RSS. Node's own `maxRSS` sees one process only, and
 * Starlight's build and the Pagefind CLI run Pagefind's native binary as a child process.
 */
export function probeGnuTime(scratch: string): boolean {
	const file = join(scratch, 'probe-time.txt');
	mkdirSync(scratch, { recursive: true });
	const result = spawnSync(GNU_TIME, ['-f', '%M', '-o', file, 'true']);
	const ok = result.status === 0 && /^\d+$/m.test(existsSync(file) ? readFileSync(file, 'utf8') : '');
	rmSync(file, { force: true });
	return ok;
}

/** Runs a command to its end, its output into `log` (appended), under GNU time when `withTime`. */
export function runMeasured(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; log: string; withTime: boolean }): Run {
	mkdirSync(dirname(options.log), { recursive: true });
	const rssFile = `${options.log}.rss`;
	const [program, programArgs] = options.withTime ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
	const output = openSync(options.log, 'a');
	const start = performance.now();
	const result = spawnSync(program, programArgs, { cwd: options.cwd, env: options.env, stdio: ['ignore', output, output] });
	const wallMs = performance.now() - start;
	closeSync(output);
	return { ok: result.status === 0, wallMs, peakRssBytes: options.withTime ? readPeakRss(rssFile) : undefined, log: options.log };
}

/** GNU time writes the kilobytes last, after a line about a failed command's status if any. */
function readPeakRss(file: string): number | undefined {
	if (!existsSync(file)) return undefined;
	const kilobytes = Number(readFileSync(file, 'utf8').trim().split('\n').at(-1));
	rmSync(file);
	return Number.isFinite(kilobytes) ? kilobytes * 1024 : undefined;
}

/** The last lines of a build's log, to show why it failed. */
export function readTail(log: string, lines = 40): string {
	return readFileSync(log, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

export interface DistStats {
	pages: number;
	distBytes: number;
	largestPage: { path: string; bytes: number };
	/** Bytes under `dist/pagefind/`; undefined when there is no such folder. */
	searchBytes?: number;
}

/** Counts the pages and bytes of a build's output; page paths are relative to `dist/`. */
export function measureDist(dist: string): DistStats {
	const stats: DistStats = { pages: 0, distBytes: 0, largestPage: { path: '', bytes: 0 } };
	const searchFolder = join(dist, 'pagefind');
	for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = join(entry.parentPath, entry.name);
		const bytes = statSync(file).size;
		stats.distBytes += bytes;
		if (file.startsWith(searchFolder + sep)) stats.searchBytes = (stats.searchBytes ?? 0) + bytes;
		if (!entry.name.endsWith('.html')) continue;
		stats.pages += 1;
		if (bytes > stats.largestPage.bytes) stats.largestPage = { path: relative(dist, file).split(sep).join('/'), bytes };
	}
	return stats;
}
