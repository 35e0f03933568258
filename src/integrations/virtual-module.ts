/**
 * A Vite plugin serving `value` as the default export of the module `id`: how an integration hands
 * what it learnt at start-up (build facts, settings) to the pages, which Vite bundles apart. A
 * promise is awaited when the module is first loaded, so that start-up need not wait for it.
 */
export function serveVirtualModule(id: string, value: unknown) {
	const resolved = `\0${id}`;
	// The filters let the bundler skip this plugin for every other module without calling into it:
	// a build resolves and loads thousands (two per article).
	return {
		name: `certguides:${id}`,
		resolveId: { filter: { id: matchExactly(id) }, handler: () => resolved },
		load: { filter: { id: matchExactly(resolved) }, handler: async () => `export default ${JSON.stringify(await value)};` },
	};
}

function matchExactly(text: string): RegExp {
	return new RegExp(`^${text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}$`);
}
