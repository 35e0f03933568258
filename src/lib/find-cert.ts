import type { SiteGraph } from './site-graph.ts';

/**
 * The cert (and exam domain) a component names. `validate` has already refused a body whose ids
 * do not exist, so a miss here means it was skipped: the page fails with the same advice.
 */
export function findCert(graph: Pick<SiteGraph, 'certById'>, id: string) {
	const cert = graph.certById.get(id)?.cert;
	if (!cert) throw new Error(`an article names the cert "${id}", which does not exist: npm run validate says which article`);
	return cert;
}

export function findExamDomain(graph: Pick<SiteGraph, 'certById'>, props: { cert: string; domain: string }) {
	const cert = findCert(graph, props.cert);
	const domain = cert.data.exam_domains.find((candidate) => candidate.id === props.domain);
	if (!domain) throw new Error(`an article names the exam domain "${props.domain}" of ${cert.data.code}, which does not exist: npm run validate says which article`);
	return { cert, domain };
}
