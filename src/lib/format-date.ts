/** Building an Intl formatter costs far more than using one: one per language, made once. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "March 10, 2025": dates are calendar days, so they are shown in UTC, never shifted a day. */
export function formatDate(date: Date, lang: string): string {
	let formatter = formatters.get(lang);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
		formatters.set(lang, formatter);
	}
	return formatter.format(date);
}

/** The `datetime` attribute value: the calendar day, or the instant when it has a time of day. */
export function formatDatetimeAttribute(date: Date): string {
	const iso = date.toISOString();
	return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
