import { constants, setPriority } from 'node:os';
import type { Worker } from 'node:worker_threads';

/**
 * Lowers the calling worker thread, and any process it starts afterwards, to the lowest priority.
 * The build's own thread bundles and renders the pages and is what a build waits for; a thread
 * beside it (the content check, the search index) then takes only the CPU it leaves, on a machine
 * with few cores. Only Linux sets a priority per thread: elsewhere it belongs to the whole process
 * and would slow the build, so nothing changes there.
 */
export function yieldToBuildThread() {
	if (process.platform === 'linux') setPriority(constants.priority.PRIORITY_LOW);
}

/** The one message a worker thread answers with; its error, or its end before answering, rejects. */
export function readAnswer<Answer>(worker: Worker, name: string): Promise<Answer> {
	return new Promise((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`${name} stopped (exit code ${code})`)));
	});
}
