declare module 'virtual:certguides/publishing' {
	const facts: import('./integrations/publishing.ts').PublishingFacts;
	export default facts;
}

declare module 'virtual:certguides/social-cards' {
	const settings: import('./node/social-card.ts').CardSettings;
	export default settings;
}

declare namespace App {
	interface Locals {
		/** Set by a layout whose page holds content to index (`data-pagefind-body`): the build hands that page to the search index. */
		indexForSearch?: boolean;
	}
}
