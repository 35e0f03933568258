/**
 * A Vite plugin serving `value` as the default export of the module `id`: how an integration hands
 * what it learnt at start-up (build facts, settings) to the pages, which Vite bundles apart.
 */
export function serveVirtualModule(id: string, value: unknown) {
	const resolved = `\0${id}`;
	return {
		name: `certguides:${id}`,
		resolveId: (requested: string) => (requested === id ? resolved : undefined),
		load: (loading: string) => (loading === resolved ? `export default ${JSON.stringify(value)};` : undefined),
	};
}
