import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					globalSetup: ['tests/build/global-setup.ts'],
					testTimeout: 240_000,
					hookTimeout: 240_000,
				},
			},
		],
	},
});
