/** What the render watchdog and its middleware share: both run in the build's one process. */
export const RENDER_WATCH_KEY = Symbol.for('certguides.render-watch');

export interface RenderWatch {
	start(path: string): void;
	end(path: string): void;
}
