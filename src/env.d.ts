interface ImportMetaEnv {
	/** True under `astro dev` only: drafts and scheduled articles are shown there, never in a build. */
	readonly CERTGUIDES_SHOW_UNPUBLISHED: boolean;
}
