import { formatWeight, getWeightExtent } from './cert-facts.ts';
import type { ArticleInput, SiteGraph } from './site-graph.ts';

/** An exam domain, its weight and the articles that cover it. */
export interface DomainCoverage {
	id: string;
	name: string;
	/** As the cert page shows it: "28%", "20–25%". */
	weight: string;
	/** Published articles on it, in study order. */
	articles: string[];
	/** Drafts and scheduled articles on it. */
	coming: string[];
}

export interface CertCoverage {
	id: string;
	code: string;
	name: string;
	/** Share of the exam's weight whose domains have at least one published article, in percent. */
	coverage: number;
	/** Its exam domains, uncovered ones first, heaviest first. */
	domains: DomainCoverage[];
}

/** What `npm run report` finds: where the site's guides fall short, and what needs a look. */
export interface CoverageReport {
	/** The day of the report, YYYY-MM-DD. */
	date: string;
	/** Every cert, the least covered weight first. */
	certs: CertCoverage[];
	/** Published articles missing a cert, a topic domain or a tag. */
	noCert: string[];
	noDomain: string[];
	noTag: string[];
	/** Published articles whose last change (or publication) is more than `staleMonths` old. */
	stale: { id: string; lastChanged: string }[];
	/** Drafts, and scheduled articles with their day. */
	drafts: string[];
	scheduled: { id: string; date: string }[];
	/** Certs retired or retiring, with the day when known and the published articles that point at them. */
	retiring: { id: string; code: string; status: string; retiredOn?: string; articles: string[] }[];
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The report, from the same site graph as the pages (built with unpublished articles kept, so that it can list them). */
export function buildCoverageReport<A extends ArticleInput>(graph: SiteGraph<A>, { now, staleMonths = 12 }: { now: Date; staleMonths?: number }): CoverageReport {
	const published = graph.articles.filter((article) => !article.unpublished);
	const staleBefore = new Date(now);
	staleBefore.setUTCMonth(staleBefore.getUTCMonth() - staleMonths);

	const certs = graph.certs.map((node): CertCoverage => {
		const domains = node.examDomains.map(({ domain, articles }) => ({
			id: domain.id,
			name: domain.name,
			weight: formatWeight(domain),
			weightValue: midpoint(domain),
			articles: articles.filter((article) => !article.unpublished).map((article) => article.id),
			coming: articles.filter((article) => article.unpublished).map((article) => article.id),
		}));
		const total = domains.reduce((sum, domain) => sum + domain.weightValue, 0);
		const covered = domains.filter((domain) => domain.articles.length).reduce((sum, domain) => sum + domain.weightValue, 0);
		return {
			id: node.cert.id,
			code: node.cert.data.code,
			name: node.cert.data.name,
			coverage: total ? Math.round((covered / total) * 100) : 0,
			domains: domains
				.sort((a, b) => Number(a.articles.length > 0) - Number(b.articles.length > 0) || b.weightValue - a.weightValue)
				.map(({ weightValue, ...domain }) => domain),
		};
	});

	return {
		date: day(now),
		certs: certs.sort((a, b) => a.coverage - b.coverage || a.code.localeCompare(b.code)),
		noCert: published.filter((article) => !article.certs.length).map((article) => article.id),
		noDomain: published.filter((article) => !article.domains.length).map((article) => article.id),
		noTag: published.filter((article) => !article.data.tags.length).map((article) => article.id),
		stale: published
			.map((article) => ({ id: article.id, changed: article.lastUpdated ?? article.data.publish_date }))
			.filter((article) => article.changed < staleBefore)
			.sort((a, b) => a.changed.getTime() - b.changed.getTime())
			.map((article) => ({ id: article.id, lastChanged: day(article.changed) })),
		drafts: graph.articles.filter((article) => article.unpublished === 'draft').map((article) => article.id),
		scheduled: graph.articles
			.filter((article) => article.unpublished === 'scheduled')
			.map((article) => ({ id: article.id, date: day(article.data.publish_date) }))
			.sort((a, b) => a.date.localeCompare(b.date)),
		retiring: graph.certs
			.filter((node) => node.cert.data.status !== 'active')
			.map((node) => ({
				id: node.cert.id,
				code: node.cert.data.code,
				status: node.cert.data.status,
				retiredOn: node.cert.data.retired_on && day(node.cert.data.retired_on),
				articles: node.studyPath.filter((article) => !article.unpublished).map((article) => article.id),
			})),
	};
}

/** A domain's weight for sums: the middle of a published range. */
function midpoint(domain: Parameters<typeof getWeightExtent>[0]): number {
	const { low, high } = getWeightExtent(domain);
	return (low + high) / 2;
}

/** The report as text for people: coverage by cert, then the lists, each only when it has something. */
export function formatCoverageReport(report: CoverageReport): string {
	const lines = [`Coverage of each cert's exam outline, weighted by domain weight, least covered first (${report.date}):`, ''];
	for (const cert of report.certs) {
		lines.push(`${cert.code}  ${cert.name}: ${cert.coverage}% covered`);
		for (const domain of cert.domains) {
			const coming = domain.coming.length ? ` (coming: ${domain.coming.join(', ')})` : '';
			const status = domain.articles.length ? `${domain.articles.length} ${domain.articles.length === 1 ? 'article' : 'articles'}: ${domain.articles.join(', ')}` : 'GAP: no article';
			lines.push(`  ${domain.weight.padStart(7)}  ${domain.name}: ${status}${coming}`);
		}
		lines.push('');
	}
	const list = (title: string, items: string[]) => {
		if (items.length) lines.push(`${title} (${items.length}): ${items.join(', ')}`);
	};
	list('Articles with no cert', report.noCert);
	list('Articles with no topic domain', report.noDomain);
	list('Articles with no tag', report.noTag);
	list('Not changed for 12 months', report.stale.map((article) => `${article.id} (${article.lastChanged})`));
	list('Drafts', report.drafts);
	list('Scheduled', report.scheduled.map((article) => `${article.id} on ${article.date}`));
	for (const cert of report.retiring) {
		const when = cert.retiredOn ? ` on ${cert.retiredOn}` : '';
		lines.push(`${cert.code} ${cert.status === 'retired' ? 'was retired' : 'retires'}${when}; articles that point at it: ${cert.articles.join(', ') || 'none'}`);
	}
	return lines.join('\n').trimEnd();
}
