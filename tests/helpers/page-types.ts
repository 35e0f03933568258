/** One page of each type the fixture site builds, by what a reader would call it. */
export const PAGE_TYPES = {
	home: '/',
	'article index': '/articles/',
	article: '/articles/data-preparation-guide/',
	'long article': '/articles/mastering-the-aws-certified-machine-learning-engineer-associate-your-gateway-to-ai-excellence/',
	certifications: '/certifications/',
	'cert landing page': '/certifications/aws-mla-c01/',
	'study path': '/certifications/aws-mla-c01/study-path/',
	'topic hubs': '/guides/',
	'topic hub': '/guides/machine-learning/',
	tags: '/tags/',
	tag: '/tags/sagemaker/',
	author: '/authors/david-jenkins/',
	search: '/search/',
	'not found': '/404.html',
} as const;
