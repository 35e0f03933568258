import type { CertData, ExamDomain } from '../schemas/index.ts';

/** One line of a cert's exam-facts panel. */
export interface Fact {
	label: string;
	value: string;
}

/** "28%" for a weight, "20–25%" for a published range. */
export function formatWeight(domain: Pick<ExamDomain, 'weight' | 'weight_range'>): string {
	return domain.weight_range ? `${domain.weight_range[0]}–${domain.weight_range[1]}%` : `${domain.weight}%`;
}

/** The low and high ends of a domain's weight (equal for a fixed weight), to draw its bar on a 0–100 scale. */
export function getWeightExtent(domain: Pick<ExamDomain, 'weight' | 'weight_range'>): { low: number; high: number } {
	const [low, high] = domain.weight_range ?? [domain.weight ?? 0, domain.weight ?? 0];
	return { low, high };
}

/** "65 questions (50 scored, 15 unscored)", or the published range. */
function formatQuestions(questions: NonNullable<CertData['questions']>): string | undefined {
	if (questions.total === undefined) return questions.range && `${questions.range} questions`;
	const parts = [questions.scored !== undefined && `${questions.scored} scored`, questions.unscored !== undefined && `${questions.unscored} unscored`].filter(Boolean);
	return `${questions.total} questions${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

const usd = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** A formatted fact, or nothing when the file does not give it. */
function when<T>(value: T | undefined, format: (value: T) => string | undefined): string | undefined {
	return value === undefined ? undefined : format(value);
}

/** The facts a cert's file gives, in panel order; a fact the file lacks is left out, never guessed. */
export function listFacts(cert: CertData): Fact[] {
	const facts: [string, string | undefined][] = [
		['Exam code', cert.code],
		['Level', cert.level],
		['Status', { active: 'Active', retiring: 'Retiring', retired: 'Retired' }[cert.status]],
		['Duration', when(cert.duration_minutes, (minutes) => `${minutes} minutes`)],
		['Questions', when(cert.questions, formatQuestions)],
		['Question types', cert.question_types.join(', ') || undefined],
		['Passing score', when(cert.passing_score, (score) => `${score}${cert.score_scale ? ` on a scale of ${cert.score_scale}` : ''}`)],
		['Cost', when(cert.cost_usd, (cost) => usd.format(cost))],
		['Valid for', when(cert.validity_years, (years) => `${years} ${years === 1 ? 'year' : 'years'}`)],
		['Languages', cert.languages.join(', ') || undefined],
		['Recommended experience', cert.recommended_experience],
	];
	return facts.filter((fact): fact is [string, string] => Boolean(fact[1])).map(([label, value]) => ({ label, value }));
}

/** Certs grouped by vendor, vendors in alphabetical order, each group's order kept. */
export function groupByVendor<T extends { data: Pick<CertData, 'vendor'> }>(certs: readonly T[]): { vendor: string; certs: T[] }[] {
	const groups = new Map<string, T[]>();
	for (const cert of certs) groups.set(cert.data.vendor, [...(groups.get(cert.data.vendor) ?? []), cert]);
	return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([vendor, list]) => ({ vendor, certs: list }));
}

/** Certs that share a topic domain with this one, or succeed or precede it; closest first. */
export function findRelatedCerts<T extends { id: string; data: Pick<CertData, 'domains' | 'successor'> }>(cert: T, all: readonly T[], limit = 4): T[] {
	const score = (other: T) =>
		(other.id === cert.data.successor || other.data.successor === cert.id ? 10 : 0) +
		other.data.domains.filter((domain) => cert.data.domains.includes(domain)).length;
	return all
		.filter((other) => other.id !== cert.id && score(other) > 0)
		.sort((a, b) => score(b) - score(a) || a.id.localeCompare(b.id))
		.slice(0, limit);
}

/** Whether the source is a web address, to show it as a link. */
export function isWebAddress(source: string): boolean {
	return /^https:\/\/\S+$/.test(source);
}
