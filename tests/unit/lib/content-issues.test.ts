import { describe, expect, it } from 'vitest';
import { type ContentIssue, formatGithubAnnotation, formatIssue } from '../../../src/lib/content-issues.ts';

describe('an issue as the author reads it', () => {
	// A field name and a value both come from the file: neither may drive the terminal that shows them.
	const hostile: ContentIssue = { file: 'content/articles/x.md', line: 4, field: '\u001b]0;PWNED\u0007\u001b[2K\rhidden', message: 'unsafe URL "javascript:\u001b[8m" \u202eevil', severity: 'error' };

	it('writes control characters and direction overrides out, so a file cannot retitle, clear or hide a line of the terminal', () => {
		expect(formatIssue(hostile)).toMatchInlineSnapshot(`"content/articles/x.md:4  \\u001b]0;PWNED\\u0007\\u001b[2K\\u000dhidden  unsafe URL "javascript:\\u001b[8m" \\u202eevil"`);
	});

	it('does the same in a GitHub annotation, whose own escapes cover only line breaks', () => {
		expect(formatGithubAnnotation(hostile)).toMatchInlineSnapshot(`"::error file=content/articles/x.md,line=4,title=\\u001b]0;PWNED\\u0007\\u001b[2K%0Dhidden::unsafe URL "javascript:\\u001b[8m" \\u202eevil"`);
	});
});
