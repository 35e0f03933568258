import { closest, distance } from 'fastest-levenshtein';

/** The known name closest to a misspelt one, when it is close enough to be a likely typo. */
export function suggestName(input: string, known: readonly string[]): string | undefined {
	if (known.length === 0) return undefined;
	const lower = input.toLowerCase();
	const match = closest(lower, known.map((name) => name.toLowerCase()));
	const limit = Math.max(2, Math.floor(input.length / 3));
	if (distance(lower, match) > limit) return undefined;
	return known.find((name) => name.toLowerCase() === match);
}

/** `; did you mean "x"?` when a known name is close, else nothing. */
export function formatSuggestion(input: string, known: readonly string[]): string {
	const suggestion = suggestName(input, known);
	return suggestion ? `; did you mean "${suggestion}"?` : '';
}
