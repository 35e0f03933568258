/**
 * The three sites the bench builds, written under `.bench/` from the same corpus. The bare and
 * Starlight sites are plain strings here, not files of the repository, so that `astro check` and
 * the project's tsconfig never see a second Astro site.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type CorpusArticle, renderDocsArticle, renderOursArticle } from './corpus.ts';
import { FIXTURE_CONTENT } from './fixtures.ts';
import { CARD_CACHE_FOLDER } from '../src/integrations/social-cards.ts';
import { changeSettings } from '../tests/helpers/fixture-site.ts';

export const projectRoot = resolve(import.meta.dirname, '..');

/** Everything the bench writes: ignored by git, never `content/`. */
export const benchRoot = join(projectRoot, '.bench');

/** Where `npm ci --prefix bench` installs Starlight and the Pagefind CLI. */
export const benchModules = join(projectRoot, 'bench/node_modules');

export interface BenchSite {
	root: string;
	/** The config file `astro build --config` is given, relative to the root. */
	config: string;
}

/** Files our site needs besides its content, as the build tests copy them; node_modules is linked. */
const oursFiles = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'];

/** Collections other than the articles, copied from the fixtures: the articles refer to them. */
const oursDataCollections = ['certs', 'domains', 'authors'];

/**
 * Config lines that keep a site's caches inside the site. Astro's `cacheDir` and Vite's default to
 * `node_modules/.astro` and `node_modules/.vite` of the site, which for a linked node_modules are
 * the project's (or bench/'s): shared between sites and with the project's own builds.
 */
function describeCaches(root: string, viteConfig?: string): string {
	const vite = viteConfig ? `...${viteConfig}, ` : '';
	return `cacheDir: ${JSON.stringify(join(root, '.cache/astro'))},\n\tvite: { ${vite}cacheDir: ${JSON.stringify(join(root, '.cache/vite'))} },`;
}

/**
 * What a build leaves behind, deleted before each build so that every build starts cold: output,
 * generated types and the caches of `describeCaches`, all but the drawn social cards with
 * `keepCards`. Nothing in a linked node_modules is touched.
 */
export function cleanSite(site: BenchSite, { keepCards = false } = {}) {
	const caches = keepCards ? ['.cache/vite', ...listCachesBesideCards(site)] : ['.cache'];
	for (const folder of ['dist', '.astro', ...caches]) rmSync(join(site.root, folder), { recursive: true, force: true });
}

/** The entries of Astro's cache folder other than the social cards'. */
function listCachesBesideCards(site: BenchSite): string[] {
	const astroCache = join(site.root, '.cache/astro');
	if (!existsSync(astroCache)) return [];
	return readdirSync(astroCache)
		.filter((entry) => entry !== CARD_CACHE_FOLDER)
		.map((entry) => join('.cache/astro', entry));
}

/**
 * A copy of the project whose content is the fixture certs, domains and authors plus the corpus.
 * Its own config is used unchanged, wrapped only to move the caches into the copy; its settings
 * are the product's, social cards turned on with `socialCards`.
 */
export function createOursSite(corpus: CorpusArticle[], body: string, { socialCards = false } = {}): BenchSite {
	const root = recreate(socialCards ? 'ours-cards' : 'ours');
	for (const file of oursFiles) cpSync(join(projectRoot, file), join(root, file), { recursive: true });
	if (socialCards) changeSettings({ root }, { socialCards });
	symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
	writeOursContent(root, corpus, body);
	const config = 'astro.bench.config.mjs';
	writeFiles(root, {
		[config]: `import config from './astro.config.mjs';\n\nexport default {\n\t...config,\n\t${describeCaches(root, 'config.vite')}\n};\n`,
	});
	return { root, config };
}

/** Our site's `content/`: the fixture certs, domains and authors, and the corpus as articles. */
export function writeOursContent(root: string, corpus: CorpusArticle[], body: string) {
	for (const collection of oursDataCollections) {
		cpSync(join(projectRoot, FIXTURE_CONTENT, collection), join(root, 'content', collection), { recursive: true });
	}
	writeArticles(root, 'content/articles', corpus, (article) => renderOursArticle(article, body));
}

/**
 * The least an Astro + MDX site needs to publish the corpus: a glob-loaded collection with a
 * minimal schema and one page per article with its title and body, nothing else.
 */
export function createBareSite(corpus: CorpusArticle[], body: string): BenchSite {
	const root = recreate('bare');
	symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
	writeArticles(root, 'src/content/articles', corpus, (article) => renderDocsArticle(article, body));
	writeFiles(root, {
		'package.json': createPackageJson('bench-bare', pickDependencies(join(projectRoot, 'package.json'), ['astro', '@astrojs/mdx'])),
		'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
	integrations: [mdx()],
	${describeCaches(root)}
});
`,
		'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
	articles: defineCollection({
		loader: glob({ base: './src/content/articles', pattern: '**/*.mdx' }),
		schema: z.object({ title: z.string(), description: z.string() }),
	}),
};
`,
		'src/pages/articles/[slug].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
	const articles = await getCollection('articles');
	return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}

const { article } = Astro.props;
const { Content } = await render(article);
---

<html lang="en">
	<head>
		<meta charset="utf-8" />
		<title>{article.data.title}</title>
	</head>
	<body>
		<main>
			<h1>{article.data.title}</h1>
			<Content />
		</main>
	</body>
</html>
`,
	});
	return { root, config: 'astro.config.mjs' };
}

/**
 * Starlight with no sidebar and its built-in Pagefind search, the corpus as docs pages at
 * `/articles/<slug>/`. It runs on bench/node_modules: Starlight is no dependency of the project.
 */
export function createStarlightSite(corpus: CorpusArticle[], body: string): BenchSite {
	const root = recreate('starlight');
	symlinkSync(benchModules, join(root, 'node_modules'), 'dir');
	writeArticles(root, 'src/content/docs/articles', corpus, (article) => renderDocsArticle(article, body));
	writeFiles(root, {
		'package.json': createPackageJson('bench-starlight', pickDependencies(join(projectRoot, 'bench/package.json'), ['astro', '@astrojs/starlight'])),
		'astro.config.mjs': `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	integrations: [starlight({ title: 'Bench', sidebar: [], pagefind: true })],
	${describeCaches(root)}
});
`,
		'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`,
	});
	return { root, config: 'astro.config.mjs' };
}

/**
 * Astro compiles, rather than leaves to Node, the packages that depend on it, and finds them among
 * the site's dependencies: without Starlight listed, its routes reach Node with `astro:` imports.
 */
function createPackageJson(name: string, dependencies: Record<string, string>): string {
	return `${JSON.stringify({ name, private: true, type: 'module', dependencies }, null, 2)}\n`;
}

/** The version ranges of some dependencies of a package.json, so that a site states what it runs on. */
function pickDependencies(packageJson: string, names: string[]): Record<string, string> {
	const { dependencies } = JSON.parse(readFileSync(packageJson, 'utf8')) as { dependencies: Record<string, string> };
	return Object.fromEntries(names.map((name) => [name, dependencies[name]]));
}

/** The folders under `.bench/` the sites are written to, each by its own function below. */
export const SITE_FOLDERS = ['ours', 'ours-cards', 'bare', 'starlight'] as const;

/** Removes what a previous run left, so that a run never depends on it. */
function recreate(name: (typeof SITE_FOLDERS)[number]): string {
	const root = join(benchRoot, name);
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	return root;
}

function writeArticles(root: string, folder: string, corpus: CorpusArticle[], render: (article: CorpusArticle) => string) {
	mkdirSync(join(root, folder), { recursive: true });
	for (const article of corpus) writeFileSync(join(root, folder, `${article.slug}.mdx`), render(article));
}

function writeFiles(root: string, files: Record<string, string>) {
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, file)), { recursive: true });
		writeFileSync(join(root, file), text);
	}
}
