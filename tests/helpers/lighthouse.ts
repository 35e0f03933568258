import lighthouse from 'lighthouse';
import { launchBrowser } from './browser.ts';
import { freePort } from './dev-server.ts';

/** The four categories the quality budget names, as Lighthouse scores them (0–100). */
export type LighthouseScores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

export interface LighthouseReport {
	scores: LighthouseScores;
	/** Audits scored below 1, each as `category/audit: title`, to say why a score is short. */
	failing: string[];
	/** What the page wrote to the console as errors. */
	consoleErrors: string[];
}

/**
 * Lighthouse's default run (a mobile phone, simulated slow 4G and a 4× slower CPU) of one page,
 * in its own Debian Chromium, which it drives over the DevTools port.
 */
export async function runLighthouse(url: string): Promise<LighthouseReport> {
	const port = await freePort();
	const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
	try {
		const result = await lighthouse(url, { port, logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { categories, audits } = result.lhr;
		const scores = Object.fromEntries(Object.entries(categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)])) as LighthouseScores;
		const failing = Object.entries(categories).flatMap(([id, category]) =>
			category.auditRefs
				.filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && (audits[ref.id].score ?? 0) < 1)
				.map((ref) => `${id}/${ref.id}: ${audits[ref.id].title}`),
		);
		const consoleItems = (audits['errors-in-console']?.details as { items?: { description?: string }[] } | undefined)?.items ?? [];
		return { scores, failing, consoleErrors: consoleItems.map((item) => item.description ?? '') };
	} finally {
		await browser.close();
	}
}
