/** The repository's fixtures the corpus is made from: the seed article and the certs it cites. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readLegacyFrontmatter } from '../src/lib/import-legacy.ts';
import type { CorpusCert, Seed } from './corpus.ts';

/** The seed of every generated article; bench articles are "seed-sized". */
export const SEED_FILE = 'tests/fixtures/content/articles/mastering-the-aws-certified-machine-learning-engineer-associate-your-gateway-to-ai-excellence.mdx';

/** The fixture collections our bench site copies besides its articles. */
export const FIXTURE_CONTENT = 'tests/fixtures/content';

export function readSeed(root: string): Seed {
	const { data, body } = readLegacyFrontmatter(readFileSync(join(root, SEED_FILE), 'utf8'));
	return { slug: basename(SEED_FILE, '.mdx'), title: String(data.title), body };
}

/** The fixture certs in file-name order, each with its exam-domain ids in outline order. */
export function readCerts(root: string): CorpusCert[] {
	const folder = join(root, FIXTURE_CONTENT, 'certs');
	return readdirSync(folder)
		.filter((file) => file.endsWith('.yaml'))
		.sort()
		.map((file) => {
			const cert = parseYaml(readFileSync(join(folder, file), 'utf8')) as { exam_domains?: { id: string }[] };
			return { id: basename(file, '.yaml'), examDomains: (cert.exam_domains ?? []).map((domain) => domain.id) };
		});
}
