import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { certSchema, domainSchema } from '../../../src/schemas/index.ts';
import { check } from '../../helpers/content.ts';

const mlaSource = readFileSync(new URL('../../fixtures/content/certs/aws-mla-c01.yaml', import.meta.url), 'utf8');

describe('cert files', () => {
	it('take an unquoted date in any text as the text written, where the build’s YAML gives a Date', () => {
		// js-yaml's default schema, as Astro reads data files: `2025-01-01` is a Date.
		const cert = yaml.load(mlaSource.replace(/^notes: .*$/m, '').concat('\nnotes: 2025-01-02\n').replace(/^sources:\n/m, 'sources:\n  - 2025-01-01\n')) as Record<string, unknown>;
		const parsed = certSchema.parse(cert);
		expect({ notes: parsed.notes, source: parsed.sources[0] }).toEqual({ notes: '2025-01-02', source: '2025-01-01' });
		expect(domainSchema.parse(yaml.load('name: Cloud\ndescription: 2025-01-03\norder: 1\n')).description).toBe('2025-01-03');
	});

	it('accepts the committed MLA-C01 facts', () => {
		const { data, errors } = check('certs', mlaSource);
		expect(errors).toEqual([]);
		expect(data).toMatchObject({ code: 'MLA-C01', status: 'active', duration_minutes: 130, passing_score: 720 });
	});

	it('requires weights that sum to 100', () => {
		const source = mlaSource.replace('weight: 28', 'weight: 30');
		expect(check('certs', source).errors).toMatchInlineSnapshot(`
			[
			  "content/certs/example.yaml:24  exam_domains  weights must sum to 100, not 102",
			]
		`);
	});

	it('accepts published ranges that can reach 100, and refuses ranges that cannot', () => {
		const base = 'name: N\nvendor: V\ncode: C-1\nsources: [s]\nchecked: 2026-11-25\nexam_domains:\n';
		const ok = `${base}  - { id: a, name: A, weight_range: [40, 60] }\n  - { id: b, name: B, weight_range: [40, 60] }\n`;
		expect(check('certs', ok).errors).toEqual([]);
		const low = `${base}  - { id: a, name: A, weight_range: [10, 20] }\n  - { id: b, name: B, weight_range: [10, 20] }\n`;
		expect(check('certs', low).errors).toMatchInlineSnapshot(`
			[
			  "content/certs/example.yaml:6  exam_domains  weight ranges must span 100 (lows sum to 20, highs to 40)",
			]
		`);
		const inverted = `${base}  - { id: a, name: A, weight_range: [60, 40] }\n  - { id: b, name: B, weight: 50 }\n`;
		expect(check('certs', inverted).errors).toContain('content/certs/example.yaml:7  exam_domains.0.weight_range  the low end must not exceed the high end');
	});

	it('needs a weight or a range on each exam domain, and unique ids', () => {
		const source = 'name: N\nvendor: V\ncode: C-1\nsources: [s]\nchecked: 2026-11-25\nexam_domains:\n  - { id: a, name: A }\n  - { id: a, name: B, weight: 100 }\n';
		expect(check('certs', source).errors).toMatchInlineSnapshot(`
			[
			  "content/certs/example.yaml:7  exam_domains.0.weight  give either weight or weight_range",
			  "content/certs/example.yaml:8  exam_domains.1.id  "a" is used twice",
			]
		`);
	});

	it('keeps a cert code to letters and digits, so that no code passes for another cert’s label in the search filters', () => {
		const source = mlaSource.replace(/^code: .*$/m, "code: 'AI-102: Microsoft Certified'");
		expect(check('certs', source).errors).toEqual(['content/certs/example.yaml:4  code  must be letters and digits, joined by hyphens or dots, like "MLA-C01"']);
	});

	it('keeps the names a page and its social card show to one line of bounded length', () => {
		const source = mlaSource
			.replace(/^code: .*$/m, `code: '${'C'.repeat(41)}'`)
			.replace(/^vendor: .*$/m, 'vendor: "Amazon\\u001b[31m Web Services"')
			.replace(/^name: .*$/m, 'name: "   "');
		expect(check('certs', source).errors).toMatchInlineSnapshot(`
			[
			  "content/certs/example.yaml:2  name  must not be empty",
			  "content/certs/example.yaml:3  vendor  must be one line without control characters (tabs, line breaks, escape codes)",
			  "content/certs/example.yaml:4  code  must be at most 40 characters",
			]
		`);
	});

	it('needs the retirement date of a retired exam', () => {
		const source = mlaSource.replace('status: active', 'status: retired');
		expect(check('certs', source).errors).toMatchInlineSnapshot(`
			[
			  "content/certs/example.yaml:2  retired_on  is required when status is retired",
			]
		`);
	});

	it('refuses a misspelt fact with a suggestion, and a non-https official page', () => {
		const source = mlaSource.replace('passing_score:', 'pasing_score:').replace('official_page: https:', 'official_page: http:');
		expect(check('certs', source).errors).toMatchInlineSnapshot(`
			[
			  "content/certs/example.yaml:37  official_page  must be an https:// URL",
			  "content/certs/example.yaml:15  pasing_score  unknown field; did you mean "passing_score"?",
			]
		`);
	});

	it('reports YAML syntax errors with line and column', () => {
		expect(check('certs', 'name: N\nvendor: [unclosed\n').errors).toMatchInlineSnapshot(`
			[
			  "content/certs/example.yaml:3:1  (yaml)  is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
			]
		`);
	});
});

describe('domain and author files', () => {
	it('accepts a domain and orders it', () => {
		expect(check('domains', 'name: Security\ndescription: Identity and data protection.\norder: 40\n').data).toEqual({
			name: 'Security',
			description: 'Identity and data protection.',
			order: 40,
		});
		expect(check('domains', 'name: Security\n').errors).toEqual(['content/domains/example.yaml:1  description  is required']);
	});

	it('accepts an author with links and refuses unsafe ones', () => {
		const author = 'name: Ada\nbio: Writes guides.\nlinks:\n  - { label: Site, href: "https://ada.example" }\n';
		expect(check('authors', author).errors).toEqual([]);
		expect(check('authors', author.replace('https://ada.example', 'javascript:alert(1)')).errors).toEqual([
			'content/authors/example.yaml:4  links.0.href  must be an https://, http:// or mailto: link, or a site path starting with "/"',
		]);
		expect(check('authors', 'name: Ada\nbios: x\n').errors).toEqual(['content/authors/example.yaml:2  bios  unknown field; did you mean "bio"?']);
	});
});
