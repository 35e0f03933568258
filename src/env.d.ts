declare module 'virtual:certguides/publishing' {
	const facts: import('./integrations/publishing.ts').PublishingFacts;
	export default facts;
}

declare module 'virtual:certguides/social-cards' {
	const settings: import('./node/social-card.ts').CardSettings;
	export default settings;
}
