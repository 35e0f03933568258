import { describe, expect, it } from 'vitest';
import type { CoverageReport } from '../../../src/lib/coverage-report.ts';
import { createFixtureSite, runScript } from '../../helpers/fixture-site.ts';

/** An article on one SAA-C03 exam domain, so that one cert is partly covered. */
const secureArchitectures = `---
title: 'Secure architectures for SAA-C03'
description: 'IAM, encryption and network controls.'
author: ada-example
publish_date: 2025-05-01
certs: [aws-saa-c03]
exam_domains: [secure-architectures]
tags: [security]
---

Text.
`;

describe('npm run report', () => {
	const site = createFixtureSite('report', { files: { 'content/articles/secure-architectures.md': secureArchitectures } });

	it('weighs each cert’s coverage by its exam domains’ weights, least covered first, gaps first within a cert', () => {
		const result = runScript(site, 'report', ['--json']);
		expect(result.status).toBe(0);
		const report: CoverageReport = JSON.parse(result.stdout);
		expect(report.certs.map((cert) => [cert.code, cert.coverage])).toEqual([
			['AI-102', 0],
			['AIF-C01', 0],
			['MLS-C01', 0],
			['PMLE', 0],
			['SAA-C03', 30],
			['MLA-C01', 100],
		]);
		const saa = report.certs.find((cert) => cert.code === 'SAA-C03')!;
		expect(saa.domains.map((domain) => [domain.weight, domain.id, domain.articles])).toEqual([
			['26%', 'resilient-architectures', []],
			['24%', 'high-performing-architectures', []],
			['20%', 'cost-optimized-architectures', []],
			['30%', 'secure-architectures', ['secure-architectures']],
		]);
	});

	it('lists what needs a look: unlinked, stale, unpublished, and retired certs with the articles on them', () => {
		const report: CoverageReport = JSON.parse(runScript(site, 'report', ['--json']).stdout);
		expect(report.noCert).toEqual(['gfm-corpus', 'gfm-corpus-mdx']);
		expect(report.drafts).toEqual(['draft-article']);
		expect(report.scheduled).toEqual([{ id: 'scheduled-article', date: '2999-01-01' }]);
		expect(report.retiring.map((cert) => [cert.code, cert.status, cert.retiredOn])).toEqual([
			['MLS-C01', 'retired', '2026-03-31'],
			['AI-102', 'retired', '2026-06-30'],
		]);
		expect(report.stale.map((article) => article.id)).toContain('gfm-corpus');
	});

	it('prints the same for people, a gap named as one', () => {
		const text = runScript(site, 'report').stdout;
		expect(text).toContain('SAA-C03  AWS Certified Solutions Architect – Associate: 30% covered\n      26%  Design Resilient Architectures: GAP: no article\n');
		expect(text).toContain('      30%  Design Secure Architectures: 1 article: secure-architectures\n');
		expect(text).toContain('Scheduled (1): scheduled-article on 2999-01-01');
		expect(text).toMatch(/^MLS-C01 was retired on 2026-03-31; articles that point at it: /m);
	});

	it('refuses to report on content the build would refuse', () => {
		const invalid = createFixtureSite('report-invalid', { overlays: ['content', 'invalid'] });
		const result = runScript(invalid, 'report');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Fix these first (npm run validate), then report again.');
		// The errors stop it; its count of warnings is validate's, not zero.
		const validate = runScript(invalid, 'validate');
		const summary = /\d+ files? checked: .*/.exec(validate.stdout)?.[0];
		expect(summary).toMatch(/[1-9]\d* warnings?$/);
		expect(result.stderr).toContain(summary);
	});
});
