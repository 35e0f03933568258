/** Reading speed used when an article gives no read time, in words per minute. */
export const WORDS_PER_MINUTE = 220;

const readTimePattern = /^\s*(\d+(?:\.\d+)?)\s*(?:m|min|mins|minute|minutes)?\s*$/i;

/** Turns `"8 mins"`, `"8 min"`, `"8 minutes"` or `8` into whole minutes; undefined when unreadable. */
export function parseReadTime(value: string | number): number | undefined {
	const minutes = typeof value === 'number' ? value : Number(readTimePattern.exec(value)?.[1]);
	if (!Number.isFinite(minutes) || minutes <= 0) return undefined;
	return Math.max(1, Math.round(minutes));
}

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
