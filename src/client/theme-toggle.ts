/**
 * The header's light/dark switch. It is hidden without JavaScript, where the system's setting
 * applies; with it, a press switches to the other theme and keeps the choice for every page
 * (the theme script in <head> applies it before the next page paints).
 */
import { THEME_STORAGE_KEY, type Theme } from '../lib/theme.ts';

const root = document.documentElement;
const systemTheme = (): Theme => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
const currentTheme = (): Theme => (root.dataset.theme === 'light' || root.dataset.theme === 'dark' ? root.dataset.theme : systemTheme());

for (const toggle of document.querySelectorAll<HTMLButtonElement>('button[data-theme-toggle]')) {
	const show = () => toggle.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
	show();
	toggle.hidden = false;
	toggle.addEventListener('click', () => {
		const theme: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
		root.dataset.theme = theme;
		try {
			localStorage.setItem(THEME_STORAGE_KEY, theme);
		} catch {
			// Storage refused: the choice lasts for this page only.
		}
		show();
	});
	matchMedia('(prefers-color-scheme: dark)').addEventListener('change', show);
}
