import type { AstroIntegration } from 'astro';

/**
 * Decides from Astro's command, not from NODE_ENV, whether drafts and scheduled articles are
 * shown: only `astro dev` shows them, so no environment variable can leak them into a build.
 */
export function publishing(): AstroIntegration {
	return {
		name: 'certguides:publishing',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				updateConfig({
					vite: { define: { 'import.meta.env.CERTGUIDES_SHOW_UNPUBLISHED': JSON.stringify(command === 'dev') } },
				});
			},
		},
	};
}
