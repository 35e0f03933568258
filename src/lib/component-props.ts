import { type AuthorComponentName, authorComponentSchemas } from '../schemas/components.ts';
import { formatSuggestion } from './did-you-mean.ts';

/** What the props of a component are checked against: each cert's code and exam domain ids, by cert id. */
export type CertDomains = ReadonlyMap<string, { code: string; examDomains: readonly string[] }>;

/** Whether a tag names one of the site's author components. */
export function isAuthorComponent(name: string): name is AuthorComponentName {
	return Object.hasOwn(authorComponentSchemas, name);
}

/**
 * What is wrong with the props an author gave a component, as messages that say what to write:
 * a prop it does not take, a missing or malformed one, a cert or exam domain that does not exist.
 * Props written as expressions (trusted mode only) are not given, so not checked. Without `certs`
 * (a single file checked on its own) the references are not checked.
 */
export function checkComponentProps(name: AuthorComponentName, props: Readonly<Record<string, string | null>>, certs?: CertDomains): string[] {
	const schema = authorComponentSchemas[name];
	const known = Object.keys(schema.shape);
	const problems: string[] = [];
	for (const prop of Object.keys(props)) {
		if (!known.includes(prop)) problems.push(`<${name} ${prop}> is not a prop of <${name}>: it takes ${known.join(', ')}${formatSuggestion(prop, known)}`);
	}
	for (const [prop, value] of Object.entries(props)) {
		if (value === null && known.includes(prop)) problems.push(`<${name} ${prop}> needs a value: write ${prop}="…"`);
	}
	const given = Object.fromEntries(Object.entries(props).filter((entry): entry is [string, string] => known.includes(entry[0]) && entry[1] !== null));
	const result = schema.safeParse(given);
	for (const issue of result.error?.issues ?? []) {
		const prop = String(issue.path[0]);
		if (props[prop] === null) continue;
		problems.push(given[prop] === undefined ? `<${name}> needs ${prop}="…"` : `<${name} ${prop}="${given[prop]}"> ${issue.message}`);
	}
	if (problems.length || !certs || !given.cert) return problems;
	const cert = certs.get(given.cert);
	if (!cert) return [`<${name} cert="${given.cert}"> names no cert${formatSuggestion(given.cert, [...certs.keys()])}`];
	if (given.domain && !cert.examDomains.includes(given.domain)) {
		return [`<${name} domain="${given.domain}"> is not an exam domain of ${cert.code}: it has ${cert.examDomains.join(', ')}${formatSuggestion(given.domain, cert.examDomains)}`];
	}
	return [];
}
