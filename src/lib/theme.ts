/** The reader's choice of light or dark, kept in the browser; without one the system's setting applies. */
export const THEMES = ['light', 'dark'] as const;

export type Theme = (typeof THEMES)[number];

/** Where the choice is kept (localStorage). */
export const THEME_STORAGE_KEY = 'certguides-theme';

/**
 * Applies a stored choice before the first paint, so a page never flashes the other theme: the one
 * script that runs inline and blocking, allowed by its hash in the Content-Security-Policy. Storage
 * may be refused (private modes, blocked cookies): the system's setting then applies.
 */
export const THEME_SCRIPT = /* @__PURE__ */ writeThemeScript();

/** Pure, so that the switch's client code, which imports this module, carries no copy of the script. */
function writeThemeScript(): string {
	const stored = THEMES.map((theme) => `t===${JSON.stringify(theme)}`).join('||');
	return `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(${stored})document.documentElement.dataset.theme=t}catch(e){}`;
}

/** A script's CSP source, `'sha256-…'`, as browsers compute it over the script's text. */
export async function hashScript(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}
