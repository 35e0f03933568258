declare module 'virtual:certguides/publishing' {
	const facts: import('./integrations/publishing.ts').PublishingFacts;
	export default facts;
}
