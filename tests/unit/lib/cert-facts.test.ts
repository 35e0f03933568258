import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findRelatedCerts, formatWeight, groupByVendor, isWebAddress, listFacts, getWeightExtent } from '../../../src/lib/cert-facts.ts';
import { certSchema } from '../../../src/schemas/index.ts';

const cert = (id: string) => certSchema.parse(parse(readFileSync(new URL(`../../fixtures/content/certs/${id}.yaml`, import.meta.url), 'utf8')));

describe('exam facts', () => {
	it('lists the facts the file gives, formatted for readers', () => {
		expect(listFacts(cert('aws-aif-c01'))).toEqual([
			{ label: 'Exam code', value: 'AIF-C01' },
			{ label: 'Level', value: 'Foundational' },
			{ label: 'Status', value: 'Active' },
			{ label: 'Duration', value: '90 minutes' },
			{ label: 'Questions', value: '65 questions (50 scored, 15 unscored)' },
			{ label: 'Question types', value: 'multiple choice, multiple response, ordering, matching, case study' },
			{ label: 'Passing score', value: '700 on a scale of 100–1000' },
			{ label: 'Cost', value: '$100' },
			{ label: 'Valid for', value: '3 years' },
		]);
	});

	it('leaves out what the file lacks instead of guessing', () => {
		const labels = listFacts(cert('gcp-pmle')).map((fact) => fact.label);
		expect(labels).not.toContain('Passing score');
		expect(listFacts(cert('gcp-pmle')).find((fact) => fact.label === 'Questions')?.value).toBe('50–60 questions');
		expect(listFacts(cert('azure-ai-102')).find((fact) => fact.label === 'Valid for')?.value).toBe('1 year');
	});

	it('formats weights and ranges and their extent', () => {
		expect(formatWeight({ weight: 28 })).toBe('28%');
		expect(formatWeight({ weight_range: [20, 25] })).toBe('20–25%');
		expect(getWeightExtent({ weight_range: [20, 25] })).toEqual({ low: 20, high: 25 });
		expect(getWeightExtent({ weight: 28 })).toEqual({ low: 28, high: 28 });
	});
});

describe('grouping and relating certs', () => {
	const entries = ['aws-mla-c01', 'aws-mls-c01', 'aws-saa-c03', 'azure-ai-102', 'gcp-pmle'].map((id) => ({ id, data: cert(id) }));

	it('groups by vendor, vendors alphabetically', () => {
		expect(groupByVendor(entries).map((group) => [group.vendor, group.certs.map((entry) => entry.id)])).toEqual([
			['Amazon Web Services', ['aws-mla-c01', 'aws-mls-c01', 'aws-saa-c03']],
			['Google Cloud', ['gcp-pmle']],
			['Microsoft', ['azure-ai-102']],
		]);
	});

	it('relates the predecessor first, then certs sharing the most topics', () => {
		const related = findRelatedCerts(entries[0], entries).map((entry) => entry.id);
		expect(related[0]).toBe('aws-mls-c01');
		expect(related).toEqual(['aws-mls-c01', 'azure-ai-102', 'gcp-pmle', 'aws-saa-c03']);
	});

	it('tells web addresses from citations', () => {
		expect(isWebAddress('https://aws.amazon.com/certification/')).toBe(true);
		expect(isWebAddress('AWS exam guide MLA-C01 (docs.aws.amazon.com, …)')).toBe(false);
	});
});
