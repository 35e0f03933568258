/**
 * A Vite plugin serving `value` as the default export of the module `id`: how an integration hands
 * what it learnt at start-up (build facts, settings) to the pages, which Vite bundles apart. A
 * promise is awaited when the module is first loaded, so that start-up need not wait for it.
 */
export function serveVirtualModule(id: string, value: unknown) {
	const resolved = `\0${id}`;
	return {
		name: `certguides:${id}`,
		resolveId: (requested: string) => (requested === id ? resolved : undefined),
		load: async (loading: string) => (loading === resolved ? `export default ${JSON.stringify(await value)};` : undefined),
	};
}
