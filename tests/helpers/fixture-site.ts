import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The project under test. */
export const projectRoot = resolve(import.meta.dirname, '../..');
const tmpRoot = join(projectRoot, 'tests/.tmp');

/** Files a site needs besides its content; node_modules' packages are linked, never copied. */
const siteFiles = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'];

export interface FixtureSite {
	root: string;
	dist: string;
}

export interface FixtureOptions {
	/** Folders of `tests/fixtures/` copied over `content/`; the valid fixture corpus by default. */
	overlays?: string[];
	/** More files, by path in the site, with their text. */
	files?: Record<string, string>;
	/** Site settings changed from the product's defaults, as an owner edits `src/config/site.ts`. */
	settings?: Record<string, string | number | boolean>;
}

/**
 * Makes a throw-away copy of the site whose `content/` is made of fixture folders only, plus any
 * extra files given: tests never read or touch the production `content/`.
 */
export function createFixtureSite(name: string, { overlays = ['content'], files = {}, settings = {} }: FixtureOptions = {}): FixtureSite {
	const root = join(tmpRoot, name);
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	for (const file of siteFiles) cpSync(join(projectRoot, file), join(root, file), { recursive: true });
	linkPackages(root);
	mkdirSync(join(root, 'content'));
	for (const overlay of overlays) cpSync(join(projectRoot, 'tests/fixtures', overlay), join(root, 'content'), { recursive: true, verbatimSymlinks: true });
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, file)), { recursive: true });
		writeFileSync(join(root, file), text);
	}
	const site = { root, dist: join(root, 'dist') };
	changeSettings(site, settings);
	return site;
}

/** Sets site settings in a site's `src/config/site.ts`, each on its own line of the settings there; a setting not found fails the test. */
export function changeSettings(site: Pick<FixtureSite, 'root'>, settings: Record<string, string | number | boolean>) {
	const file = join(site.root, 'src/config/site.ts');
	const text = readFileSync(file, 'utf8');
	// The settings themselves, not the schema's lines above them that name the same fields.
	const start = text.indexOf('= parseSiteConfig(');
	let values = text.slice(start);
	for (const [name, value] of Object.entries(settings)) {
		const line = new RegExp(`^(\\t${name}: ).*,$`, 'm');
		if (start < 0 || !line.test(values)) throw new Error(`src/config/site.ts has no line setting ${name}`);
		values = values.replace(line, (_match, head: string) => `${head}${JSON.stringify(value)},`);
	}
	writeFileSync(file, text.slice(0, start) + values);
}

/** The project's own caches in its node_modules, which a site must not share: each site keeps its own. */
const CACHE_FOLDERS = new Set(['.astro', '.vite', '.cache']);

/**
 * Links each package of the project's node_modules into the site's own node_modules, and not the
 * folder whole: Astro and Vite keep their caches there (content store, social cards), and sites
 * built side by side by parallel tests must not read or prune each other's.
 */
function linkPackages(root: string) {
	const modules = join(projectRoot, 'node_modules');
	mkdirSync(join(root, 'node_modules'));
	for (const entry of readdirSync(modules)) {
		if (!CACHE_FOLDERS.has(entry)) symlinkSync(join(modules, entry), join(root, 'node_modules', entry), 'dir');
	}
}

/**
 * The environment an author's shell would give a command: the test runner's own variables
 * removed (Astro's dev server answers 404 to everything when it sees VITEST), colour off.
 */
export function productEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	// Vitest's own variables, Vite's among them: a build that sees PROD empty renders as no production build.
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !['NODE_ENV', 'TEST', 'MODE', 'BASE_URL', 'DEV', 'PROD', 'SSR'].includes(key)));
	return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/**
 * Commits every file of a fixture site at a given date, starting its own git history on the first
 * call, so that the build reads real commit dates.
 */
export function commitSite(site: FixtureSite, message: string, date: string) {
	const git = (args: string[]) =>
		spawnSync('git', args, { cwd: site.root, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
	if (!existsSync(join(site.root, '.git'))) {
		git(['init', '-q']);
		writeFileSync(join(site.root, '.gitignore'), 'node_modules\ndist\n.astro\n');
	}
	git(['add', '-A']);
	const result = git(['-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.com', 'commit', '-q', '-m', message]);
	if (result.status !== 0) throw new Error(`git commit failed in ${site.root}:\n${result.stderr}`);
}

/** Runs a command of the project (an npm script's program) in a fixture site. */
export function run(site: FixtureSite, args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, args, { cwd: site.root, encoding: 'utf8', env: productEnv(env) });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

/** One of the project's scripts, run in a fixture site as `npm run` would. */
export function runScript(site: FixtureSite, script: string, args: string[] = []) {
	return run(site, [join(projectRoot, 'scripts', `${script}.ts`), ...args]);
}

/** `astro build` in a fixture site. */
export function buildSite(site: FixtureSite, env: Record<string, string> = {}) {
	return run(site, ['node_modules/astro/bin/astro.mjs', 'build'], env);
}

/** A built page's HTML, by its URL path. */
export function readPage(site: FixtureSite, path: string): string {
	const file = join(site.dist, path.endsWith('/') ? `${path}index.html` : path);
	if (!existsSync(file)) throw new Error(`no page at ${path} (${file})`);
	return readFileSync(file, 'utf8');
}
