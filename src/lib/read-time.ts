/** Reading speed used when an article gives no read time, in words per minute. */
export const WORDS_PER_MINUTE = 220;

/** Counts the words a reader reads: code, tags, import lines and Markdown punctuation left out. */
export function countWords(body: string): number {
	const prose = body
		.replace(/^(?:import|export)\s.*$/gm, ' ')
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[#*_>`|~-]+/g, ' ');
	return prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}

/** Whole minutes needed to read a body, never less than one. */
export function computeReadTime(body: string): number {
	return Math.max(1, Math.round(countWords(body) / WORDS_PER_MINUTE));
}
