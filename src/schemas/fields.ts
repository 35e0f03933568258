import { slug } from 'github-slugger';
import { z } from 'astro/zod';

/** An id used in file names and URLs: lower-case letters, digits and single hyphens. */
export const idSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens, like "aws-mla-c01"');

/**
 * One line of text shown in headings, bylines, social cards and feeds: not empty, at most `max`
 * characters, and no control character (a tab, a line break, a terminal escape), which no reader
 * could see and which would reach every page's title and meta tags as it is. `pattern` narrows it further.
 */
export function createLineSchema(max: number, pattern?: { regex: RegExp; message: string }) {
	const line = z
		.string()
		// Format characters (a soft hyphen, a zero-width space) show nothing: a line of only those is empty.
		.regex(/[^\s\p{Cf}]/u, 'must not be empty')
		.max(max, `must be at most ${max} characters`)
		.refine((value) => !/\p{Cc}/u.test(value) && isXmlText(value), 'must be one line without control characters (tabs, line breaks, escape codes)');
	return acceptDateAsText(pattern ? line.regex(pattern.regex, pattern.message) : line);
}

/**
 * Text that may run over lines (a description, a bio, a tag): anything but the control characters
 * and non-characters that XML cannot hold, which would leave the feed that carries it unreadable.
 */
export function createTextSchema({ required = false, max }: { required?: boolean; max?: number } = {}) {
	let text = z.string();
	if (required) text = text.min(1, 'must not be empty');
	if (max !== undefined) text = text.max(max, `must be at most ${max} characters`);
	return acceptDateAsText(text.refine(isXmlText, 'must not hold control characters (escape codes) or non-characters such as U+FFFF'));
}

/** Whether XML 1.0 can carry the text: no C0 control but tab and line breaks, no U+FFFE/U+FFFF, no lone surrogate. */
function isXmlText(value: string): boolean {
	return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(value) && value.isWellFormed();
}

/**
 * The build's YAML parser reads an unquoted `title: 2025-01-01` as a date, validate's (YAML 1.2) as
 * text: a text field takes the date back as the text written, so both agree and neither fails.
 */
function acceptDateAsText<T extends z.ZodType>(schema: T) {
	return z.preprocess((value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().replace(/T00:00:00\.000Z$/, '').replace(/\.000Z$/, 'Z') : value), schema);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** `Z` or an offset such as `+02:00` at the end of a date-time. */
const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/;
/** Hours to 23, minutes and seconds to 59, offsets to ±14:59: `T25:00` would be an invalid Date that no page can print. */
const isoDateTime = /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:0\d|1[0-4]):?[0-5]\d)?$/;

/**
 * A calendar date or ISO date-time. YAML parsers disagree on whether an unquoted `2025-03-10` is a
 * string or a Date, so both are accepted and normalised to a Date. A date-time without a zone is
 * read as UTC, as YAML reads an unquoted one, so that every machine builds the same page.
 */
export const dateSchema = z
	.union([z.date(), z.string()])
	.refine(
		(value) =>
			value instanceof Date
				? !Number.isNaN(value.getTime())
				: (isoDate.test(value) && isCalendarDay(value)) || (isoDateTime.test(value) && isCalendarDay(value.slice(0, 10))),
		{ message: 'must be a date like 2025-03-10 or an ISO date-time like 2025-03-10T09:00:00Z' },
	)
	.transform((value) => (value instanceof Date ? value : new Date(hasZone.test(value) || isoDate.test(value) ? value : `${value}Z`)));

/** `Date` rolls 2025-02-31 over to March; a real calendar day survives the round trip. */
function isCalendarDay(day: string): boolean {
	const date = new Date(`${day}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** An absolute web address; only https is accepted where the site links out or embeds. */
export const httpsUrlSchema = z
	.string()
	.refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
		message: 'must be an https:// URL',
	});

/** A link target that is safe to put in an href: http(s), mailto, or a path on this site. */
export const safeHrefSchema = z.string().refine((value) => isSafeUrl(value) && (readUrlScheme(value) !== undefined || value.startsWith('/')), {
	message: 'must be an https://, http:// or mailto: link, or a site path starting with "/"',
});

/** An image's address: an https URL, or a path on this site (a file under public/). */
export const imageSrcSchema = z.string().refine((value) => isSafeUrl(value) && (readUrlScheme(value) === undefined ? value.startsWith('/') : value.startsWith('https:')), {
	message: 'must be an https:// URL or a site path starting with "/"',
});

/** The schemes a URL in the content may use: none of them can run script. */
const SAFE_SCHEMES = ['https:', 'http:', 'mailto:'];

/**
 * The one URL rule for everything the content carries (body links and images, call to action,
 * author links and avatars, official pages): an absolute URL with a safe scheme, or a path on
 * this site. Refused: other schemes (`javascript:`, `data:`), protocol-relative `//host`, and any
 * backslash or control character, which browsers rewrite (`/\evil.example` opens evil.example).
 */
export function isSafeUrl(value: string): boolean {
	if (/[\\\u0000-\u001f\u007f]/.test(value) || value !== value.trim()) return false;
	if (readUrlScheme(value) === undefined) return !value.startsWith('//');
	return URL.canParse(value) && SAFE_SCHEMES.includes(new URL(value).protocol);
}

/** A URL's scheme (`https`, `javascript`…), or undefined for a path. */
export function readUrlScheme(value: string): string | undefined {
	return /^([a-z][a-z\d+.-]*):/i.exec(value)?.[1];
}

const readTimePattern = /^\s*(\d+(?:\.\d+)?)\s*(?:m|min|mins|minute|minutes)?\s*$/i;

/** Turns `"8 mins"`, `"8 min"`, `"8 minutes"` or `8` into whole minutes; undefined when unreadable. */
export function parseReadTime(value: string | number): number | undefined {
	const minutes = typeof value === 'number' ? value : Number(readTimePattern.exec(value)?.[1]);
	if (!Number.isFinite(minutes) || minutes <= 0) return undefined;
	return Math.max(1, Math.round(minutes));
}

/**
 * The URL segment of a tag: "Machine Learning" and "machine-learning" share a page, and so do
 * "été" typed as one character per letter or as letters with combining accents (NFC first), which
 * would otherwise make two routes that the file system writes to one folder.
 */
export function slugifyTag(tag: string): string {
	return slug(tag.normalize('NFC'));
}
