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
	// A word starts at a letter or digit and runs on through letters, digits and ' ’ . -. Walked
	// code by code: a regex match would build an array of every word of every article in the build.
	let count = 0;
	let inWord = false;
	for (let index = 0; index < prose.length; index++) {
		const code = prose.charCodeAt(index);
		let wordChar: boolean;
		if (code < 128) {
			wordChar = (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
		} else {
			const point = prose.codePointAt(index) ?? code;
			if (point > 0xffff) index++;
			wordChar = letterOrDigit.test(String.fromCodePoint(point));
		}
		if (wordChar) {
			if (!inWord) count++;
			inWord = true;
		} else {
			inWord = inWord && (code === 39 || code === 0x2019 || code === 46 || code === 45);
		}
	}
	return count;
}

const letterOrDigit = /^[\p{L}\p{N}]$/u;

/** Whole minutes needed to read a body, never less than one. */
export function computeReadTime(body: string): number {
	return Math.max(1, Math.round(countWords(body) / WORDS_PER_MINUTE));
}
