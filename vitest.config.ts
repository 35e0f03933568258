import { defineConfig } from 'vitest/config';

/** The fixture site is built once per run, before any test that reads it. */
const builtSite = {
	globalSetup: ['tests/build/global-setup.ts'],
	testTimeout: 240_000,
	hookTimeout: 240_000,
};

export default defineConfig({
	test: {
		projects: [
			// The script tests start Node processes: on a busy shared machine a few take seconds.
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], ...builtSite } },
			// A real Chromium; `npm run test:e2e`, apart from `npm test`, which needs no browser.
			{ test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], ...builtSite, testTimeout: 60_000, fileParallelism: false } },
		],
	},
});
