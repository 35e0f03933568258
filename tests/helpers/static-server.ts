import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createBrotliCompress, createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.txt': 'text/plain',
};
/** What a static host compresses; Pagefind's index files are compressed already. */
const COMPRESSED = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt']);

/** The rules of a `_headers` file, as Netlify and Cloudflare Pages apply them: a path pattern (`*` matches anything), then its headers. */
function readHeaderRules(file: string): [RegExp, [string, string][]][] {
	if (!existsSync(file)) return [];
	const rules: [RegExp, [string, string][]][] = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (/^\S/.test(line)) rules.push([new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`), []]);
		else if (line.trim() && rules.length) rules[rules.length - 1][1].push(line.trim().split(/:\s*(.*)/s).slice(0, 2) as [string, string]);
	}
	return rules;
}

export interface StaticServer {
	origin: string;
	close(): Promise<void>;
}

/**
 * Serves a built `dist/` as a static host does (index.html for folders, the 404 page, text
 * compressed with Brotli, as Netlify, Cloudflare Pages and Vercel do, else gzip), so that transfer
 * sizes are those a reader would download. With a `base`, `dist/` is served under that path, as
 * GitHub Pages serves a project site, and nothing outside it exists.
 */
export function serveStatic(dist: string, { base = '/' } = {}): Promise<StaticServer> {
	const rules = readHeaderRules(join(dist, '_headers'));
	const server: Server = createServer((request, response) => {
		const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
		const inside = requested.startsWith(base);
		const path = normalize(`/${requested.slice(base.length)}`);
		for (const [pattern, headers] of rules) if (pattern.test(path)) for (const [name, value] of headers) response.setHeader(name, value);
		let file = join(dist, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = inside && file.startsWith(dist) && existsSync(file);
		if (!found) file = join(dist, '404.html');
		// A folder with no 404 page of its own answers a bare 404, as hosts do.
		if (!found && !existsSync(file)) {
			response.writeHead(404).end();
			return;
		}
		const type = extname(file);
		response.statusCode = found ? 200 : 404;
		response.setHeader('Content-Type', TYPES[type] ?? 'application/octet-stream');
		const accepted = String(request.headers['accept-encoding']);
		if (COMPRESSED.has(type) && /\bbr\b/.test(accepted)) {
			response.setHeader('Content-Encoding', 'br');
			createReadStream(file).pipe(createBrotliCompress()).pipe(response);
		} else if (COMPRESSED.has(type) && /\bgzip\b/.test(accepted)) {
			response.setHeader('Content-Encoding', 'gzip');
			createReadStream(file).pipe(createGzip()).pipe(response);
		} else {
			createReadStream(file).pipe(response);
		}
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			resolve({
				origin: `http://127.0.0.1:${port}`,
				close: () => new Promise((done) => server.close(() => done())),
			});
		});
	});
}
