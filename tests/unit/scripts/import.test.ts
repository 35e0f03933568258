import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { downloadImage, LocalizeError } from '../../../src/node/localize-image.ts';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freePort } from '../../helpers/dev-server.ts';
import { createFixtureSite, type FixtureSite, productEnv, projectRoot, run, runScript } from '../../helpers/fixture-site.ts';

const seedSlug = 'mastering-the-aws-certified-machine-learning-engineer-associate-your-gateway-to-ai-excellence';
const legacy = (name: string) => join(projectRoot, 'tests/fixtures/legacy', name);
const seed = legacy('000_75beb430b7986ae0.txt');
/** The seed as committed after its import, in the fixture corpus. */
const seedArticle = join(projectRoot, `tests/fixtures/content/articles/${seedSlug}.mdx`);

describe('npm run import', () => {
	let site: FixtureSite;
	const read = (file: string) => readFileSync(join(site.root, file), 'utf8');
	beforeEach(() => {
		// Certs, domains and one author: the seed's author and every article are the importer's to make.
		site = createFixtureSite('import');
		rmSync(join(site.root, 'content/articles'), { recursive: true });
		rmSync(join(site.root, 'content/authors/david-jenkins.yaml'));
	});

	it('imports the seed with every field, its author and its cert, exactly as committed', () => {
		const result = runScript(site, 'import', [seed]);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(`created content/articles/${seedSlug}.mdx (certs: aws-mla-c01)`);
		expect(result.stdout).toContain('created content/authors/david-jenkins.yaml for "David Jenkins"');
		const article = read(`content/articles/${seedSlug}.mdx`);
		const original = readFileSync(seed, 'utf8');
		expect(article.startsWith(original.slice(0, original.indexOf('\n---\n')))).toBe(true);
		expect(article).toContain('\ncerts: [aws-mla-c01]\n---\n');
		const committed = readFileSync(seedArticle, 'utf8');
		expect(article).toBe(committed.replace(/^exam_domains: .*\n/m, ''));
		expect(read('content/authors/david-jenkins.yaml')).toBe(readFileSync(join(projectRoot, 'tests/fixtures/content/authors/david-jenkins.yaml'), 'utf8'));
		expect(runScript(site, 'validate').status).toBe(0);
	});

	it('only says what it would do on a dry run', () => {
		const result = runScript(site, 'import', [seed, '--dry-run']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(`created content/articles/${seedSlug}.mdx (certs: aws-mla-c01)`);
		expect(result.stdout).toContain('dry run: 2 files would be written from 000_75beb430b7986ae0.txt; nothing was written');
		expect(existsSync(join(site.root, `content/articles/${seedSlug}.mdx`))).toBe(false);
	});

	it('changes nothing on a second run', () => {
		runScript(site, 'import', [seed]);
		const file = join(site.root, `content/articles/${seedSlug}.mdx`);
		const before = { text: readFileSync(file, 'utf8'), mtime: statSync(file).mtimeMs };
		const second = runScript(site, 'import', [seed]);
		expect(second.status).toBe(0);
		expect(second.stdout).toContain(`unchanged content/articles/${seedSlug}.mdx`);
		expect(second.stdout).toContain('0 files written');
		expect({ text: readFileSync(file, 'utf8'), mtime: statSync(file).mtimeMs }).toEqual(before);
	});

	it('keeps MDX-hostile text as the author meant it and creates the unknown author', () => {
		const result = runScript(site, 'import', [legacy('mdx-hostile.txt')]);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('created content/articles/templates-generics-and-other-angle-brackets.mdx (certs: azure-ai-102)');
		expect(read('content/authors/grace-hopper.yaml')).toBe('# Created by npm run import: add a bio and links.\nname: Grace Hopper\nbio: ""\n');
		const body = read('content/articles/templates-generics-and-other-angle-brackets.mdx').split('\n---\n')[1];
		expect(body).toMatchInlineSnapshot(`
			"
			Fill in the \\{placeholder\\} fields, then compare Map\\<string, number> with a \\< b.

			{/* editor: check the {numbers} below */}

			Read the [https://learn.microsoft.com/en-us/credentials/](https://learn.microsoft.com/en-us/credentials/) page, line<br />break.

			Inline \`code {stays} <as is>\` and:

			\`\`\`json
			{ "also": "<unchanged>" }
			\`\`\`

			Preparing for the Azure AI Engineer exam? This article covers AI-102.
			"
		`);
		expect(runScript(site, 'validate').status).toBe(0);
	});

	it('creates one entry for a new author of several articles in one run', () => {
		const result = runScript(site, 'import', [legacy('mdx-hostile.txt'), legacy('second-by-grace.md')]);
		expect(result.status).toBe(0);
		expect(result.stdout.match(/created content\/authors\/grace-hopper\.yaml/g)).toHaveLength(1);
		expect(result.stdout).toContain('3 files written');
	});

	it('refuses what it cannot convert, naming file and reason, and writes nothing at all', () => {
		const result = runScript(site, 'import', [seed, legacy('no-frontmatter.txt'), legacy('typo-field.txt')]);
		expect(result.status).toBe(1);
		expect(result.stderr.replaceAll(projectRoot, '<root>')).toMatchInlineSnapshot(`
			"<root>/tests/fixtures/legacy/no-frontmatter.txt  (file)  has no frontmatter: the file must start with a --- block of YAML fields
			<root>/tests/fixtures/legacy/typo-field.txt:6  heroImg  unknown field; did you mean "heroImage"?
			import refused 2 of 3 files; nothing was written
			"
		`);
		expect(existsSync(join(site.root, `content/articles/${seedSlug}.mdx`))).toBe(false);
		expect(existsSync(join(site.root, 'content/authors/david-jenkins.yaml'))).toBe(false);
	});

	it('takes a slug, and keeps an edited article unless --force is given', () => {
		expect(runScript(site, 'import', [seed, '--slug', 'mla-c01-gateway']).status).toBe(0);
		const file = join(site.root, 'content/articles/mla-c01-gateway.mdx');
		writeFileSync(file, `${readFileSync(file, 'utf8')}\nAn edit.\n`);
		const kept = runScript(site, 'import', [seed, '--slug', 'mla-c01-gateway']);
		expect(kept.status).toBe(0);
		expect(kept.stdout).toContain(
			'kept content/articles/mla-c01-gateway.mdx: it was imported from this article and edited since; --force overwrites the edits, --slug imports under another name',
		);
		expect(readFileSync(file, 'utf8')).toContain('An edit.');
		expect(runScript(site, 'import', [seed, '--slug', 'mla-c01-gateway', '--force']).stdout).toContain('updated content/articles/mla-c01-gateway.mdx');
		expect(readFileSync(file, 'utf8')).not.toContain('An edit.');
	});

	it('never replaces a different article with the same slug, --force or not, nor takes the URL of a Markdown one', () => {
		const other = "---\ntitle: 'Someone else’s article'\ndescription: 'Not from the legacy source.'\nauthor: ada-example\npublish_date: 2024-01-01\n---\n\nTheir text.\n";
		mkdirSync(join(site.root, 'content/articles'));
		writeFileSync(join(site.root, 'content/articles/mla-c01-gateway.mdx'), other);
		const forced = runScript(site, 'import', [seed, '--slug', 'mla-c01-gateway', '--force']);
		expect(forced.status).toBe(1);
		expect(forced.stderr).toContain(`${seed}  (file)  would replace content/articles/mla-c01-gateway.mdx, a different article ("Someone else’s article") with the same slug: give it another --slug`);
		expect(read('content/articles/mla-c01-gateway.mdx')).toBe(other);
		writeFileSync(join(site.root, 'content/articles/gateway.md'), other);
		expect(runScript(site, 'import', [seed, '--slug', 'gateway']).stderr).toContain(`${seed}  (file)  would have the URL of content/articles/gateway.md: give it another --slug`);
	});

	it('blames the imported file only for what it names, not for problems elsewhere in the content', () => {
		const cert = join(site.root, 'content/certs/aws-saa-c03.yaml');
		writeFileSync(cert, readFileSync(cert, 'utf8').replace(/^domains:\n(?:\s+- .*\n)+/m, 'domains:\n  - no-such-domain\n'));
		expect(runScript(site, 'validate').stdout).toContain('content/certs/aws-saa-c03.yaml:23  domains.0  unknown domain "no-such-domain"');
		expect(runScript(site, 'import', [seed]).status).toBe(0);
	});

	it('says in one line that a path is no file, or a folder, instead of failing with a stack trace', () => {
		const result = runScript(site, 'import', ['missing.txt', 'C:\\legacy\\a.txt', join(projectRoot, 'tests/fixtures/legacy')]);
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(
			[
				'missing.txt  (file)  no such file',
				'C:\\legacy\\a.txt  (file)  no such file (write the path with /, relative to this folder)',
				`${join(projectRoot, 'tests/fixtures/legacy')}  (file)  is a folder: give the files in it, like ${join(projectRoot, 'tests/fixtures/legacy')}/*.txt`,
				'import refused 3 of 3 files; nothing was written',
				'',
			].join('\n'),
		);
	});

	it('says on which line a legacy file\'s frontmatter stops being YAML', () => {
		writeFileSync(join(site.root, 'broken.txt'), "---\ntitle: 'Unclosed\nauthor: x\n---\nBody\n");
		const result = runScript(site, 'import', ['broken.txt']);
		expect(result.status).toBe(1);
		expect(result.stderr).toBe('broken.txt:4  (frontmatter)  is not valid YAML: unexpected end of the stream within a single quoted scalar\nimport refused 1 of 1 files; nothing was written\n');
	});

	it('reads frontmatter as YAML data only: a ---js block is refused, never run, even to look for a hero image', () => {
		const mark = join(site.root, 'ran.txt');
		writeFileSync(join(site.root, 'code.txt'), `---js\n{ title: (require('fs').writeFileSync(${JSON.stringify(mark)}, 'x'), 'x'), heroImage: 'https://example.invalid/x.png' }\n---\nBody\n`);
		const result = runScript(site, 'import', ['code.txt', '--localize-images', '--dry-run']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('code.txt  (file)  has no frontmatter: the file must start with a --- block of YAML fields');
		expect(existsSync(mark)).toBe(false);
	});

	it('refuses a slug that is not one before naming any file with it, and an author name with nothing to make an id from', () => {
		const slug = runScript(site, 'import', [seed, '--slug', '../../outside/x', '--localize-images']);
		expect(slug.status).toBe(2);
		expect(slug.stderr).toMatch(/^--slug "\.\.\/\.\.\/outside\/x" cannot be a slug: use lower-case letters, digits and hyphens\nusage: npm run import/);
		writeFileSync(join(site.root, 'nameless.txt'), readFileSync(seed, 'utf8').replace(/^author: .*$/m, "author: '!!!'"));
		const author = runScript(site, 'import', ['nameless.txt']);
		expect(author.status).toBe(1);
		expect(author.stderr).toContain('nameless.txt  (file)  has an author, "!!!", with no letters or digits to make an author id from: give the author\'s name');
		expect(existsSync(join(site.root, 'content/authors/.yaml'))).toBe(false);
	});

	it('reads a path from the folder the author typed it in, though npm run starts the script at the project root', () => {
		mkdirSync(join(site.root, 'drafts'));
		writeFileSync(join(site.root, 'drafts/legacy.txt'), readFileSync(seed, 'utf8'));
		const result = run(site, [join(projectRoot, 'scripts/import.ts'), 'legacy.txt', '--dry-run'], { npm_lifecycle_event: 'import', INIT_CWD: join(site.root, 'drafts') });
		expect(result.stdout).toContain(`would be created content/articles/${seedSlug}.mdx`);
		expect(result.status).toBe(0);
	});

	it('makes author ids from any name', () => {
		const source = readFileSync(seed, 'utf8').replace(/^author: .*$/m, 'author: José Müller');
		writeFileSync(join(site.root, 'jose.txt'), source);
		const result = runScript(site, 'import', ['jose.txt']);
		expect(result.status).toBe(0);
		expect(read('content/authors/jose-muller.yaml')).toBe('# Created by npm run import: add a bio and links.\nname: José Müller\nbio: ""\n');
	});
});

describe('npm run import -- --localize-images', () => {
	let server: Server;
	let origin: string;
	const png = readFileSync(join(projectRoot, 'tests/fixtures/content/articles/images/local-hero.png'));
	beforeAll(async () => {
		server = createServer((request, response) => {
			if (request.url === '/hero.png') response.writeHead(200, { 'content-type': 'image/png' }).end(png);
			else if (request.url === '/page.png') response.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
			else if (request.url === '/fake.png') response.writeHead(200, { 'content-type': 'image/png' }).end('not a png at all');
			// Says how much it will send, then stalls after the first byte.
			else if (request.url === '/stall.png') response.writeHead(200, { 'content-type': 'image/png', 'content-length': '1000' }).write(png.subarray(0, 1));
			else if (request.url === '/huge.png') response.writeHead(200, { 'content-type': 'image/png', 'content-length': String(64 * 1024 * 1024) }).end();
			else response.writeHead(404).end();
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise<void>((resolve) => {
		server.closeAllConnections();
		server.close(() => resolve());
	}));

	// Run without blocking: the image server answers from this very process.
	const importWithHero = async (name: string, hero: string) => {
		const site = createFixtureSite(`import-localize-${name}`);
		writeFileSync(join(site.root, 'legacy.txt'), readFileSync(seed, 'utf8').replace(/^heroImage: .*$/m, `heroImage: ${origin}${hero}`));
		const child = spawn(process.execPath, [join(projectRoot, 'scripts/import.ts'), 'legacy.txt', '--slug', 'localized', '--localize-images'], { cwd: site.root, env: productEnv() });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
		return { site, result: { status, stdout, stderr } };
	};

	it('downloads a remote hero once into the repository, next to the article, which then points at it', async () => {
		const { site, result } = await importWithHero('ok', '/hero.png');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('downloaded content/articles/images/localized-hero.png');
		expect(readFileSync(join(site.root, 'content/articles/images/localized-hero.png'))).toEqual(png);
		expect(readFileSync(join(site.root, 'content/articles/localized.mdx'), 'utf8')).toMatch(/^heroImage: \.\/images\/localized-hero\.png$/m);
		expect(runScript(site, 'validate').status).toBe(0);
	});

	it('says why a download could not start, not only that it failed', async () => {
		const port = await freePort();
		await expect(downloadImage(`http://127.0.0.1:${port}/hero.png`)).rejects.toThrow(`could not download http://127.0.0.1:${port}/hero.png: fetch failed (ECONNREFUSED)`);
	});

	it('ends a download that stalls half-way as a refusal, not a crash', async () => {
		await expect(downloadImage(`${origin}/stall.png`, { timeoutMs: 300 })).rejects.toThrow(new LocalizeError(`could not download ${origin}/stall.png: The operation was aborted due to timeout`));
	});

	it.each([
		['/page.png', 'is not a PNG, JPEG, GIF, WebP or AVIF image (it says text/html)'],
		['/fake.png', 'says it is an image, but its bytes are not one'],
		['/huge.png', 'is 64 MB, more than the 10 MB an image may be'],
		['/missing.png', 'HTTP 404'],
	])('refuses %s, writing nothing', async (hero, message) => {
		const { site, result } = await importWithHero(hero.slice(1, -4), hero);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`legacy.txt  heroImage  `);
		expect(result.stderr).toContain(message);
		expect(existsSync(join(site.root, 'content/articles/images/localized-hero.png'))).toBe(false);
		expect(existsSync(join(site.root, 'content/articles/localized.mdx'))).toBe(false);
	});
});
