/**
 * The site's Content-Security-Policy and other response headers, as one policy written twice: as
 * `dist/_headers` (the file Netlify and Cloudflare Pages read) and, for hosts that set no headers,
 * as a `<meta>` in every page. Scripts come only from the site itself, never `eval`, and inline
 * only the theme's few bytes, allowed by their hash; Pagefind's search needs its WebAssembly
 * (`'wasm-unsafe-eval'`) and its worker. Styles are inlined into each page for speed, hence
 * `'unsafe-inline'` for styles only.
 */
import { hashScript, THEME_SCRIPT } from './theme.ts';

const DIRECTIVES: [string, string][] = [
	['default-src', "'self'"],
	['script-src', `'self' 'wasm-unsafe-eval' ${await hashScript(THEME_SCRIPT)}`],
	['style-src', "'self' 'unsafe-inline'"],
	// A remote hero image may come from any https host; nothing else loads from elsewhere.
	['img-src', "'self' https: data:"],
	['font-src', "'self'"],
	['connect-src', "'self'"],
	['worker-src', "'self'"],
	['object-src', "'none'"],
	['base-uri', "'self'"],
	['form-action', "'self'"],
	// Ignored, with a console warning, in a <meta>: it is a header only.
	['frame-ancestors', "'none'"],
];

/** The policy as a header value, or for a `<meta http-equiv>` (without what a meta cannot carry). */
export function buildContentSecurityPolicy({ forMeta = false } = {}): string {
	return DIRECTIVES.filter(([name]) => !forMeta || name !== 'frame-ancestors')
		.map(([name, value]) => `${name} ${value}`)
		.join('; ');
}

/** The policy and hardening headers on every path, and hashed assets cached for good: by path pattern, as `_headers` lists them. */
export const HEADER_RULES: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
	[
		'/*',
		[
			['Content-Security-Policy', buildContentSecurityPolicy()],
			['X-Content-Type-Options', 'nosniff'],
			['Referrer-Policy', 'strict-origin-when-cross-origin'],
			['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
		],
	],
	// Astro's assets carry a hash of their content in their names: they never change. Pages and
	// the search index keep the hosts' default, revalidation on every visit (a second
	// Cache-Control on /* would be joined to this one, not replace it).
	['/_astro/*', [['Cache-Control', 'public, max-age=31536000, immutable']]],
];

/** `dist/_headers`, the file Netlify and Cloudflare Pages read. */
export function buildHeadersFile(): string {
	return `${HEADER_RULES.map(([path, headers]) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n')}\n`;
}

/**
 * The same headers of every path as a CloudFront response headers policy
 * (`aws cloudfront create-response-headers-policy --response-headers-policy-config file://…`).
 */
export function buildCloudFrontHeadersPolicy(name: string) {
	const headers = new Map(HEADER_RULES.find(([path]) => path === '/*')?.[1]);
	// CloudFront sets these three itself; any other header is a custom one.
	const custom = [...headers].filter(([header]) => !['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy'].includes(header));
	return {
		Name: name,
		Comment: 'certguides: the headers of dist/_headers for every path',
		SecurityHeadersConfig: {
			ContentSecurityPolicy: { Override: true, ContentSecurityPolicy: headers.get('Content-Security-Policy') },
			ContentTypeOptions: { Override: true },
			ReferrerPolicy: { Override: true, ReferrerPolicy: headers.get('Referrer-Policy') },
		},
		CustomHeadersConfig: { Quantity: custom.length, Items: custom.map(([Header, Value]) => ({ Header, Value, Override: true })) },
	};
}
