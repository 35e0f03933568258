import { afterEach, describe, expect, it, vi } from 'vitest';

describe('site settings', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
		vi.resetModules();
	});

	it('take the deployment URL and repository from the environment', async () => {
		vi.stubEnv('SITE_URL', 'https://guides.example.org');
		vi.stubEnv('SITE_REPOSITORY', 'https://github.com/example/site');
		const { site } = await import('../../../src/config/site.ts');
		expect(site.url).toBe('https://guides.example.org');
		expect(site.repository).toEqual({ url: 'https://github.com/example/site', branch: 'main' });
	});

	it('refuse a bad setting with the field named', async () => {
		vi.stubEnv('SITE_URL', 'http://insecure.example');
		await expect(import('../../../src/config/site.ts')).rejects.toThrow('Invalid site settings:\nsrc/config/site.ts  url  must be an https:// URL');
	});
});
