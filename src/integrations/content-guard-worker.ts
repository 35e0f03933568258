import { parentPort, workerData } from 'node:worker_threads';
import type { ContentTrust } from '../lib/body-policy.ts';
import type { ContentIssue } from '../lib/content-issues.ts';
import { type CheckSettings, validateContent } from '../node/validate-content.ts';

/** What the build's thread gives the check. */
export interface GuardData {
	root: string;
	trust: ContentTrust;
	settings: CheckSettings;
}

/** The check's answer: every issue, and how many files were read. */
export interface GuardVerdict {
	issues: ContentIssue[];
	fileCount: number;
}

/** `validate`'s check of every content file, in a thread of its own while Astro reads the same files. */
const { root, trust, settings } = workerData as GuardData;
const { issues, fileCount } = validateContent(root, trust, settings);
parentPort!.postMessage({ issues, fileCount } satisfies GuardVerdict);
