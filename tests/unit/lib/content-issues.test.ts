import { describe, expect, it } from 'vitest';
import { type ContentIssue, formatGithubAnnotation, formatIssue, formatIssuesJson } from '../../../src/lib/content-issues.ts';

describe('an issue as the author reads it', () => {
	// A field name and a value both come from the file: neither may drive the terminal that shows them.
	const hostile: ContentIssue = { file: 'content/articles/x.md', line: 4, field: '\u001b]0;PWNED\u0007\u001b[2K\rhidden', message: 'unsafe URL "javascript:\u001b[8m" \u202eevil', severity: 'error' };

	it('writes control characters and direction overrides out, so a file cannot retitle, clear or hide a line of the terminal', () => {
		expect(formatIssue(hostile)).toMatchInlineSnapshot(`"content/articles/x.md:4  \\u001b]0;PWNED\\u0007\\u001b[2K\\u000dhidden  unsafe URL "javascript:\\u001b[8m" \\u202eevil"`);
	});

	it('escapes in --json what JSON.stringify writes raw (C1 controls, direction marks), meaning the same', () => {
		const issue: ContentIssue = { ...hostile, field: 'bad\u009b2J\u202eKEY\u2066\u200f' };
		const json = formatIssuesJson([issue]);
		expect(json).not.toMatch(/[\u007f-\u009f\u200f\u202e\u2066]/);
		expect(JSON.parse(json)).toEqual([issue]);
	});

	it('does the same in a GitHub annotation, whose own escapes cover only line breaks', () => {
		expect(formatGithubAnnotation(hostile)).toMatchInlineSnapshot(`"::error file=content/articles/x.md,line=4,title=\\u001b]0;PWNED\\u0007\\u001b[2K%0Dhidden::unsafe URL "javascript:\\u001b[8m" \\u202eevil"`);
	});
});
