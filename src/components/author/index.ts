import type { AuthorComponentName } from '../../schemas/components.ts';
import DomainWeights from './DomainWeights.astro';
import ExamDomain from './ExamDomain.astro';
import ExamTip from './ExamTip.astro';
import KeyFacts from './KeyFacts.astro';

/** The components every article body may use without an import, under the names `schemas/components.ts` gives them. */
export const authorComponents = { ExamTip, KeyFacts, ExamDomain, DomainWeights } satisfies Record<AuthorComponentName, unknown>;
