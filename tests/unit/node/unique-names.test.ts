import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/content-issues.ts';
import { checkReferences } from '../../../src/node/check-references.ts';
import type { Entry, LoadedContent } from '../../../src/node/load-content.ts';
import type { CertData } from '../../../src/schemas/index.ts';

const entry = <T>(folder: string, id: string, data: T): Entry<T> => ({ id, file: `content/${folder}/${id}.yaml`, data, source: '', body: '', lineOf: () => 2 });

const cert = (id: string, code: string, aliases: string[] = []) => entry('certs', id, { name: `Cert ${id}`, vendor: 'V', code, exam_domains: [], domains: [], aliases } as unknown as CertData);

function check(parts: Partial<LoadedContent>) {
	const content: LoadedContent = { articles: [], certs: [], domains: [], authors: [], fileCount: 0, issues: [], ...parts };
	return checkReferences(content, '/nowhere').map((issue) => formatIssue(issue));
}

describe('names that must name one thing', () => {
	it('refuses an author whose name is another author’s name or id, which articles and search filters could not tell apart', () => {
		const author = (id: string, name: string) => entry('authors', id, { name, bio: '', links: [] });
		expect(check({ authors: [author('david-jenkins', 'David Jenkins'), author('impostor', 'david jenkins ')] })).toMatchInlineSnapshot(`
			[
			  "content/authors/impostor.yaml:2  name  "david jenkins" already names the author content/authors/david-jenkins.yaml: two authors must not share a name or id",
			]
		`);
		expect(check({ authors: [author('ada', 'Ada Lovelace'), author('bob', 'ada')] })).toHaveLength(1);
		// A zero-width space, or full-width letters, make a byline that looks the same.
		expect(check({ authors: [author('david-jenkins', 'David Jenkins'), author('david-jenkins-2', 'David Jenkins\u200B')] })).toHaveLength(1);
		expect(check({ authors: [author('david-jenkins', 'David Jenkins'), author('dj', 'Ｄａｖｉｄ Jenkins')] })).toHaveLength(1);
		expect(check({ authors: [author('david-jenkins', 'David Jenkins'), author('dj', 'David  Jenkins')] })).toHaveLength(1);
		// Nor does a combining mark, seen or not (U+034F draws nothing).
		expect(check({ authors: [author('david-jenkins', 'David Jenkins'), author('dj', 'David Jenkins\u034F')] })).toHaveLength(1);
		expect(check({ authors: [author('jose', 'José Díaz'), author('jose-2', 'Jose Diaz')] })).toHaveLength(1);
		expect(check({ authors: [author('bob', 'Bob')] })).toEqual([]);
	});

	it('refuses two topic domains with one name, and two certs with one code', () => {
		const domain = (id: string, name: string) => entry('domains', id, { name, description: 'd', order: 1 });
		expect(check({ domains: [domain('ml', 'Machine Learning'), domain('ml-2', 'Machine Learning')] })).toHaveLength(1);
		// Nor by its punctuation: search finds both by "MLA-C01".
		expect(check({ certs: [cert('aws-mla-c01', 'MLA-C01'), cert('fake', 'MLA.C01'), cert('mls', 'MLS-C01')] })).toEqual([
			'content/certs/fake.yaml:2  code  names the code of the cert content/certs/aws-mla-c01.yaml: a code must name this cert alone',
		]);
		expect(check({ certs: [cert('aws-mla-c01', 'MLA-C01'), cert('fake', 'MLA-C01')] })).toMatchInlineSnapshot(`
			[
			  "content/certs/fake.yaml:2  code  "mla-c01" already names the cert content/certs/aws-mla-c01.yaml: two certs must not share a code, name or alias",
			]
		`);
	});

	it('refuses an alias that names another cert, which would rank the wrong landing page first for that cert’s code', () => {
		const real = cert('aws-mla-c01', 'MLA-C01', ['MLA-C01', 'Machine Learning Engineer Associate']);
		expect(check({ certs: [real, cert('fake', 'MLA-CO1', ['MLA-C01', 'MLA-C01 MLA-C01', 'AWS mla-c01', 'Machine Learning Engineer Associate'])] })).toMatchInlineSnapshot(`
			[
			  "content/certs/fake.yaml:2  aliases.0  "mla-c01" already names the cert content/certs/aws-mla-c01.yaml: two certs must not share a code, name or alias",
			  "content/certs/fake.yaml:2  aliases.3  "machine learning engineer associate" already names the cert content/certs/aws-mla-c01.yaml: two certs must not share a code, name or alias",
			  "content/certs/fake.yaml:2  aliases.1  names the code of the cert content/certs/aws-mla-c01.yaml: an alias must name this cert alone",
			  "content/certs/fake.yaml:2  aliases.2  names the code of the cert content/certs/aws-mla-c01.yaml: an alias must name this cert alone",
			]
		`);
		expect(check({ certs: [real, cert('aws-mls-c01', 'MLS-C01', ['MLS-C01', 'ML Specialty'])] })).toEqual([]);
		// Two landing pages by one name would be two identical entries in every list and filter.
		expect(check({ certs: [real, { ...cert('twin', 'TWIN-01'), data: { ...cert('twin', 'TWIN-01').data, name: 'Cert aws-mla-c01' } }] })).toEqual([
			'content/certs/twin.yaml:2  name  "cert aws-mla-c01" already names the cert content/certs/aws-mla-c01.yaml: two certs must not share a code, name or alias',
		]);
		// Nor do accents, which search ignores: an accented code is the code itself.
		expect(check({ certs: [real, cert('aws-mls-c01', 'MLS-C01', ['MLÁ-C01', 'MLA\u0300-C01'])] })).toEqual(
			[0, 1].map((index) => `content/certs/aws-mls-c01.yaml:2  aliases.${index}  "mla-c01" already names the cert content/certs/aws-mla-c01.yaml: two certs must not share a code, name or alias`),
		);
		// Dashes, dots and spaces do not make another code.
		const variants = ['MLA-C01.', 'MLA\u2011C01', 'MLA–C01', 'MLA C01', 'MLAC01', 'Exam MLA-C01.', 'MLÁ-C01 exam'];
		expect(check({ certs: [real, cert('aws-mls-c01', 'MLS-C01', variants)] })).toEqual(
			variants.map((_, index) => `content/certs/aws-mls-c01.yaml:2  aliases.${index}  names the code of the cert content/certs/aws-mla-c01.yaml: an alias must name this cert alone`),
		);
		// A cert's name is a landing page's title, which search weighs most.
		expect(check({ certs: [real, { ...cert('fake', 'FAKE-01'), data: { ...cert('fake', 'FAKE-01').data, name: 'MLÁ-C01 Exam' } }] })).toEqual([
			'content/certs/fake.yaml:2  name  names the code of the cert content/certs/aws-mla-c01.yaml: a name must name this cert alone',
		]);
	});
});
