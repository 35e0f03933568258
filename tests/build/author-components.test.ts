import { describe, expect, it } from 'vitest';
import { page } from '../helpers/built-site.ts';
import { textOf } from '../helpers/html.ts';

describe('the site’s components in an article (the data preparation guide)', () => {
	const body = () => page('/articles/data-preparation-guide/').querySelector('.prose')!;

	it('shows an exam tip and a key facts box as named asides, their Markdown rendered', () => {
		const [tip, facts] = body().querySelectorAll('aside.callout');
		expect(tip.getAttribute('aria-label')).toBe('Exam tip');
		expect(textOf(tip)).toBe('Exam tip When a question names streaming data, think Kinesis before Glue.');
		expect(tip.querySelector('strong')?.textContent).toBe('streaming');
		expect(facts.getAttribute('aria-label')).toBe('Services to know');
		expect(facts.querySelectorAll('li').map((item) => textOf(item))).toEqual(['Amazon S3 for the raw data', 'AWS Glue for crawling and ETL']);
	});

	it('names the exam domain with its weight from the cert’s data, linked to its section of the cert page', () => {
		const badge = body().querySelector('.exam-domain')!;
		expect(textOf(badge)).toBe('Exam domain Data Preparation for Machine Learning (ML) 28% of MLA-C01');
		expect(badge.querySelector('a')?.getAttribute('href')).toBe('/certifications/aws-mla-c01/#domain-data-preparation');
	});

	it('draws the cert’s domain weights as a table named by its caption, every row linking to the cert page', () => {
		const figure = body().querySelector('figure.domain-weights')!;
		const table = figure.querySelector('table')!;
		expect(textOf(figure.querySelector(`#${table.getAttribute('aria-labelledby')}`))).toBe('MLA-C01 exam domains by weight');
		expect(table.querySelectorAll('tbody tr').map((row) => [textOf(row.querySelector('th')), textOf(row.querySelector('.value'))])).toEqual([
			['Data Preparation for Machine Learning (ML)', '28%'],
			['ML Model Development', '26%'],
			['Deployment and Orchestration of ML Workflows', '22%'],
			['ML Solution Monitoring, Maintenance, and Security', '24%'],
		]);
		expect(table.querySelectorAll('tbody a').every((link) => link.getAttribute('href')?.startsWith('/certifications/aws-mla-c01/#domain-'))).toBe(true);
	});

	it('adds no script to the page', () => {
		// The theme's and the search entry, as on every page.
		expect(page('/articles/data-preparation-guide/').querySelectorAll('script:not([type="application/ld+json"])').length).toBe(2);
	});
});
