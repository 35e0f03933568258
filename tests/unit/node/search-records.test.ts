import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../../src/node/search-records.ts';

describe("the dev server's search text of a body", () => {
	it('keeps blocks a line apart, so that no two words run together, and drops markup and raw HTML', () => {
		const body = '## Amazon SageMaker\n\nOptimizing **models** with [tuning](https://example.com).\n\n- one\n- two\n\n<div>raw</div>\n\n`code` ![diagram](./x.png)';
		expect(toPlainText(body).split('\n')).toEqual(['Amazon SageMaker', 'Optimizing models with tuning.', 'one', 'two', '', 'code diagram']);
	});
});
