import type { Cta } from '../schemas/index.ts';

/** A call to action ready to show: always a text, a link and a label. */
export type ResolvedCta = Required<Cta>;

/** Fills what an article's cta leaves out from the site's default; no cta gives the default. */
export function resolveCta(cta: Cta | undefined, fallback: ResolvedCta): ResolvedCta {
	if (!cta) return fallback;
	return { text: cta.text, href: cta.href ?? fallback.href, label: cta.label ?? fallback.label };
}
