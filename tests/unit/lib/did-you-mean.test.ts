import { expect, it } from 'vitest';
import { formatSuggestion, suggestName } from '../../../src/lib/did-you-mean.ts';

it('suggests the close name, keeping its spelling', () => {
	expect(suggestName('heroimg', ['title', 'heroImage', 'heroAlt'])).toBe('heroImage');
	expect(suggestName('aws-mla-c1', ['aws-mla-c01', 'aws-saa-c03'])).toBe('aws-mla-c01');
	expect(formatSuggestion('tittle', ['title'])).toBe('; did you mean "title"?');
});

it('stays silent when nothing is close', () => {
	expect(suggestName('colour', ['title', 'tags'])).toBeUndefined();
	expect(suggestName('x', [])).toBeUndefined();
	expect(formatSuggestion('zzz', ['title'])).toBe('');
});
