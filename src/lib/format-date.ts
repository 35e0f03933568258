/** "10 March 2025": dates are calendar days, so they are shown in UTC, never shifted a day. */
export function formatDate(date: Date, lang: string): string {
	return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The `datetime` attribute value: the calendar day, or the instant when it has a time of day. */
export function toDatetimeAttribute(date: Date): string {
	const iso = date.toISOString();
	return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
