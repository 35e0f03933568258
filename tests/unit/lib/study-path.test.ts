import { describe, expect, it } from 'vitest';
import { groupByExamDomain, orderStudyPath } from '../../../src/lib/study-path.ts';

const outline = [{ id: 'data' }, { id: 'model' }, { id: 'deploy' }];
const article = (id: string, exam_domains: string[], extra: { study_order?: number; date?: string; certs?: string[] } = {}) => ({
	id,
	data: {
		title: id,
		exam_domains,
		certs: extra.certs ?? ['mla'],
		study_order: extra.study_order,
		publish_date: new Date(extra.date ?? '2025-01-01'),
	},
});

describe('study path', () => {
	const articles = [
		article('overview', []),
		article('deploy-basics', ['deploy']),
		article('model-later', ['model'], { study_order: 2 }),
		article('model-first', ['model'], { study_order: 1 }),
		article('data-new', ['data'], { date: '2025-06-01' }),
		article('data-old', ['data', 'deploy'], { date: '2024-06-01' }),
		article('other-cert', ['data'], { certs: ['saa'] }),
	];

	it('follows the exam outline, then study_order, then date, with general articles last', () => {
		expect(orderStudyPath('mla', outline, articles).map((a) => a.id)).toEqual([
			'data-old',
			'data-new',
			'model-first',
			'model-later',
			'deploy-basics',
			'overview',
		]);
	});

	it('lists under each exam domain the articles covering it', () => {
		expect(groupByExamDomain(outline, orderStudyPath('mla', outline, articles)).map((group) => [group.domain.id, group.articles.map((a) => a.id)])).toEqual([
			['data', ['data-old', 'data-new']],
			['model', ['model-first', 'model-later']],
			['deploy', ['data-old', 'deploy-basics']],
		]);
	});
});
