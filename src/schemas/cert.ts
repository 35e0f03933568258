import { z } from 'astro/zod';
import { createLineSchema, createTextSchema, dateSchema, httpsUrlSchema, idSchema } from './fields.ts';

const percent = z.number().min(0, 'must be at least 0').max(100, 'must be at most 100');

/** One section of an exam's official outline, with its share of the exam. */
export const examDomainSchema = z
	.strictObject({
		/** Id used by articles' `exam_domains`, unique within the cert. */
		id: idSchema,
		/** The section's name as the exam guide gives it. */
		name: createTextSchema({ required: true }),
		/** Share of the scored content, in percent. */
		weight: percent.optional(),
		/** A published range [low, high] in percent, for vendors that give ranges. */
		weight_range: z.tuple([percent, percent]).optional(),
	})
	.superRefine((domain, ctx) => {
		if ((domain.weight === undefined) === (domain.weight_range === undefined)) {
			ctx.addIssue({ code: 'custom', path: ['weight'], message: 'give either weight or weight_range' });
		}
		if (domain.weight_range && domain.weight_range[0] > domain.weight_range[1]) {
			ctx.addIssue({ code: 'custom', path: ['weight_range'], message: 'the low end must not exceed the high end' });
		}
	});

/** The schema of `content/certs/<cert-id>.yaml`: the public facts of one certification exam. */
export const certSchema = z
	.strictObject({
		/** The credential's full name. */
		name: createLineSchema(200),
		/** The organisation that runs the exam. */
		vendor: createLineSchema(100),
		/** The exam code, like MLA-C01: letters, digits, dots and hyphens, so that no code can pass for another cert's label in search. */
		code: createLineSchema(40, { regex: /^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/, message: 'must be letters and digits, joined by hyphens or dots, like "MLA-C01"' }),
		/** The vendor's level: Foundational, Associate, Professional, Specialty… */
		level: createLineSchema(60).optional(),
		/** Whether the exam can still be taken. */
		status: z.enum(['active', 'retiring', 'retired']).default('active'),
		/** The day the exam retired, or will retire; required unless active. */
		retired_on: dateSchema.optional(),
		/** Id of the cert that replaces this one. */
		successor: idSchema.optional(),
		/** The successor's name or code when the site has no page for it. */
		successor_name: createTextSchema({ required: true }).optional(),
		/** Exam length in minutes. */
		duration_minutes: z.number().int().positive().optional(),
		/** How many questions: total, scored and unscored, or a published range like "50–60". */
		questions: z
			.strictObject({
				/** Questions on the exam. */
				total: z.number().int().positive().optional(),
				/** Questions that count towards the score. */
				scored: z.number().int().nonnegative().optional(),
				/** Questions the vendor is trialling, which do not count. */
				unscored: z.number().int().nonnegative().optional(),
				/** A published range when the count is not fixed. */
				range: createTextSchema().optional(),
			})
			.optional(),
		/** Kinds of questions the exam asks. */
		question_types: z.array(createTextSchema()).default([]),
		/** The scaled score needed to pass. */
		passing_score: z.number().positive().optional(),
		/** The scale the score is given on, like "100–1000". */
		score_scale: createTextSchema().optional(),
		/** Registration fee in US dollars. */
		cost_usd: z.number().nonnegative().optional(),
		/** Languages the exam is offered in. */
		languages: z.array(createTextSchema()).default([]),
		/** Years the credential stays valid. */
		validity_years: z.number().positive().optional(),
		/** The experience the vendor recommends before sitting the exam. */
		recommended_experience: createTextSchema().optional(),
		/** The exam's official outline, in the vendor's order. */
		exam_domains: z.array(examDomainSchema).min(1, 'must list at least one exam domain'),
		/** Ids of the topic domains the cert belongs to (content/domains). */
		domains: z.array(idSchema).default([]),
		/** Other names that identify the cert in an article's text. */
		aliases: z.array(createLineSchema(100)).default([]),
		/** The vendor's page for the exam. */
		official_page: httpsUrlSchema.optional(),
		/** Where the facts were read: URLs or a citation. */
		sources: z.array(createTextSchema({ required: true })).min(1, 'must cite at least one source'),
		/** The day the facts were last checked, shown as "facts as of". */
		checked: dateSchema,
		/** What is uncertain about the facts. */
		notes: createTextSchema().optional(),
	})
	.superRefine((cert, ctx) => {
		if (cert.status !== 'active' && !cert.retired_on) {
			ctx.addIssue({ code: 'custom', path: ['retired_on'], message: `is required when status is ${cert.status}` });
		}
		const ids = cert.exam_domains.map((domain) => domain.id);
		ids.forEach((id, index) => {
			if (ids.indexOf(id) !== index) {
				ctx.addIssue({ code: 'custom', path: ['exam_domains', index, 'id'], message: `"${id}" is used twice` });
			}
		});
		const weightIssue = checkWeights(cert.exam_domains);
		if (weightIssue) ctx.addIssue({ code: 'custom', path: ['exam_domains'], message: weightIssue });
	});

/** Weights must sum to 100; published ranges must be able to reach 100. */
function checkWeights(domains: z.output<typeof examDomainSchema>[]): string | undefined {
	if (domains.every((domain) => domain.weight !== undefined)) {
		const total = domains.reduce((sum, domain) => sum + (domain.weight ?? 0), 0);
		return total === 100 ? undefined : `weights must sum to 100, not ${total}`;
	}
	const low = domains.reduce((sum, domain) => sum + (domain.weight_range?.[0] ?? domain.weight ?? 0), 0);
	const high = domains.reduce((sum, domain) => sum + (domain.weight_range?.[1] ?? domain.weight ?? 0), 0);
	return low <= 100 && high >= 100 ? undefined : `weight ranges must span 100 (lows sum to ${low}, highs to ${high})`;
}

export type CertData = z.output<typeof certSchema>;
export type ExamDomain = z.output<typeof examDomainSchema>;
