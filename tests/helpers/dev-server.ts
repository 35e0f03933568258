import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { type FixtureSite, productEnv } from './fixture-site.ts';

export interface DevServer {
	origin: string;
	/** Everything the server printed so far. */
	output(): string;
	/** Polls a condition every 100 ms, failing with the server's output after 10 s. */
	until(condition: () => Promise<boolean> | boolean, what: string): Promise<void>;
	stop(): void;
}

/** A TCP port nothing listens on right now, for a server or a browser's DevTools to take. */
export function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/** `astro dev` in a fixture site, answering once it serves `readyPath` (the home page); it stops by itself after two minutes. */
export async function startDevServer(site: FixtureSite, { readyPath = '/' }: { readyPath?: string } = {}): Promise<DevServer> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	let output = '';
	// --ignore-lock: a test server must neither be refused by nor replace an author's own dev server.
	const server: ChildProcess = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: site.root,
		env: productEnv(),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const collect = (chunk: Buffer) => {
		output += chunk;
	};
	server.stdout?.on('data', collect);
	server.stderr?.on('data', collect);
	// The server stops with the test run even if the test never stops it.
	const stop = setTimeout(() => server.kill(), 120_000);
	stop.unref();
	const dev: DevServer = {
		origin,
		output: () => output,
		async until(condition, what) {
			for (let attempt = 0; attempt < 100; attempt++) {
				if (await condition()) return;
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
			throw new Error(`timed out waiting for ${what}; the server said:\n${output}`);
		},
		stop: () => server.kill(),
	};
	let last = '';
	for (let attempt = 0; attempt < 150; attempt++) {
		try {
			const response = await fetch(`${origin}${readyPath}`);
			if (response.ok) return dev;
			last = `HTTP ${response.status}`;
		} catch (error) {
			last = String((error as Error).cause ?? error);
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	dev.stop();
	throw new Error(`the dev server did not start (${last}):\n${output}`);
}
