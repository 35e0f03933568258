/** Building an Intl formatter costs far more than using one: one per language, made once. */
const formatters = new Map<string, { format: Intl.DateTimeFormat; done: Map<number, string> }>();

/**
 * "March 10, 2025": dates are calendar days, so they are shown in UTC, never shifted a day. Each
 * date is formatted once per language: a build shows the same few dates on thousands of cards.
 */
export function formatDate(date: Date, lang: string): string {
	let formatter = formatters.get(lang);
	if (!formatter) {
		formatter = { format: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }), done: new Map() };
		formatters.set(lang, formatter);
	}
	const time = date.getTime();
	let text = formatter.done.get(time);
	if (text === undefined) {
		text = formatter.format.format(date);
		formatter.done.set(time, text);
	}
	return text;
}

/** The `datetime` attribute value: the calendar day, or the instant when it has a time of day. */
export function formatDatetimeAttribute(date: Date): string {
	const iso = date.toISOString();
	return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
