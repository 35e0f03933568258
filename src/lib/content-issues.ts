import type { z } from 'astro/zod';
import { formatSuggestion } from './did-you-mean.ts';
import type { LineOf } from './locate-yaml.ts';

/** One problem found in a content file, as an author reads it and as `--json` prints it. */
export interface ContentIssue {
	/** Path of the file, relative to the project root. */
	file: string;
	/** 1-based line in the file, where there is one. */
	line?: number;
	/** 1-based column, where it is known. */
	column?: number;
	/** The frontmatter or data field, dotted (`cta.href`, `certs.1`), or `body`/`file`. */
	field: string;
	/** What is wrong, in the author's terms. */
	message: string;
	/** Errors stop validate and the build; warnings do not. */
	severity: 'error' | 'warning';
}

/** Where an issue came from, to turn schema paths into lines and unknown keys into suggestions. */
export interface IssueSource {
	file: string;
	schema: z.ZodType;
	lineOf: LineOf;
	/** What an issue of the whole file is filed under: `(frontmatter)` by default, `(yaml)` for a data file. */
	root?: string;
}

type ZodIssue = z.core.$ZodIssue;

/** Turns the issues of a failed schema parse into issues that name file, line and field. */
export function convertSchemaIssues(issues: readonly ZodIssue[], source: IssueSource): ContentIssue[] {
	return issues.flatMap((issue) => {
		if (issue.code === 'unrecognized_keys') {
			const known = listKnownKeys(source.schema, issue.path);
			return issue.keys.map((key) => ({
				file: source.file,
				line: source.lineOf([...issue.path, key]),
				field: formatPath([...issue.path, key]),
				message: `unknown field${formatSuggestion(key, known)}`,
				severity: 'error' as const,
			}));
		}
		return [
			{
				file: source.file,
				line: source.lineOf(issue.path),
				field: formatPath(issue.path) || (source.root ?? '(frontmatter)'),
				message: describeIssue(issue),
				severity: 'error' as const,
			},
		];
	});
}

function describeIssue(issue: ZodIssue): string {
	if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && issue.input === undefined) return 'is required';
	if (issue.code === 'invalid_type') {
		return `must be ${article(issue.expected)}, not ${describeValue(issue.input)}`;
	}
	if (issue.code === 'invalid_value') {
		return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, not ${describeValue(issue.input)}`;
	}
	if (issue.code === 'too_small' && issue.origin === 'array') return `must list at least ${issue.minimum}`;
	return issue.message;
}

function article(type: string): string {
	const names: Record<string, string> = { array: 'a list', object: 'a mapping of fields', date: 'a date' };
	return names[type] ?? (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
}

function describeValue(value: unknown): string {
	if (Array.isArray(value)) return 'a list';
	if (value === null) return 'empty';
	if (value instanceof Date) return 'a date';
	if (typeof value === 'object') return 'a mapping of fields';
	const quoted = JSON.stringify(value);
	return `${typeof value} ${quoted.length > QUOTED_VALUE_LIMIT ? `${quoted.slice(0, QUOTED_VALUE_LIMIT - 2)}…" (${String(value).length} characters)` : quoted}`;
}

/** How much of a wrong value an issue quotes: enough to find it, never a whole file's worth. */
const QUOTED_VALUE_LIMIT = 60;

/** `cta.href`, `certs.1` */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.map(String).join('.');
}

/** The field names a schema accepts at a path, for did-you-mean hints on unknown fields. */
export function listKnownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	const objects = findObjects(schema, path);
	return objects.flatMap((object) => Object.keys(object));
}

function findObjects(schema: z.ZodType, path: readonly PropertyKey[]): Record<string, z.ZodType>[] {
	const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
	switch (def.type) {
		case 'optional':
		case 'default':
		case 'nullable':
		case 'prefault':
			return findObjects(def.innerType as z.ZodType, path);
		case 'pipe':
			return findObjects(def.in as z.ZodType, path);
		case 'union':
			return (def.options as z.ZodType[]).flatMap((option) => findObjects(option, path));
		case 'array':
			return path.length ? findObjects(def.element as z.ZodType, path.slice(1)) : [];
		case 'object': {
			const shape = def.shape as Record<string, z.ZodType>;
			if (!path.length) return [shape];
			const next = shape[String(path[0])];
			return next ? findObjects(next, path.slice(1)) : [];
		}
		default:
			return [];
	}
}

/** Colours text for a terminal, such as Node's `util.styleText`; the formatter itself stays free of Node. */
export type Paint = (style: 'bold' | 'cyan' | 'red' | 'yellow', text: string) => string;

const plain: Paint = (_style, text) => text;

/** `file:line:column  field  message` — the one line an author sees per issue. */
export function formatIssue(issue: ContentIssue, { paint = plain }: { paint?: Paint } = {}): string {
	const place = showControls([issue.file, issue.line, issue.column].filter((part) => part !== undefined).join(':'));
	const text = showControls(issue.message);
	const message = issue.severity === 'warning' ? `${paint('yellow', 'warning:')} ${text}` : paint('red', text);
	return `${paint('bold', place)}  ${paint('cyan', showControls(issue.field))}  ${message}`;
}

/** C1 controls (`\u009b` is a terminal's CSI) and direction marks, which `JSON.stringify` leaves as they are. */
const UNSEEN_MARKS = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
/** Those and the C0 controls: what a line for the terminal writes out. */
const UNSEEN_IN_TEXT = new RegExp(`[\\u0000-\\u001f${UNSEEN_MARKS}]`, 'g');
/** Those alone: JSON escapes the C0 controls itself, and its own line breaks must stay. */
const UNSEEN_IN_JSON = new RegExp(`[${UNSEEN_MARKS}]`, 'g');

/**
 * Control characters and direction overrides written out as `\u001b`: a field name or value from a
 * file could otherwise move the cursor, retitle the terminal or hide the rest of a line.
 */
function showControls(text: string): string {
	return text.replace(UNSEEN_IN_TEXT, writeCodePoint);
}

/** A control character or direction mark as `\u001b`: valid in JSON strings too, where it reads back as the same text. */
function writeCodePoint(character: string): string {
	return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * Issues as `--json` prints them. `JSON.stringify` writes C1 controls (`\u009b`, a terminal's CSI)
 * and direction overrides as they are; escaped, the JSON means the same and shows nothing raw.
 */
export function formatIssuesJson(issues: readonly ContentIssue[]): string {
	return JSON.stringify(sortIssues(issues), null, 2).replace(UNSEEN_IN_JSON, writeCodePoint);
}

/**
 * An issue as a GitHub Actions workflow command, which GitHub shows as an annotation on the line
 * of the pull request's diff: `::error file=…,line=…,col=…,title=field::message`.
 */
export function formatGithubAnnotation(issue: ContentIssue): string {
	const escapeData = (text: string) => showControls(text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'));
	const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
	const properties = [
		`file=${escapeProperty(issue.file)}`,
		...(issue.line === undefined ? [] : [`line=${issue.line}`]),
		...(issue.column === undefined ? [] : [`col=${issue.column}`]),
		`title=${escapeProperty(issue.field)}`,
	];
	return `::${issue.severity === 'error' ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(issue.message)}`;
}

/** True when any issue should stop a build. */
export function hasErrors(issues: readonly ContentIssue[]): boolean {
	return issues.some((issue) => issue.severity === 'error');
}

/** Every issue on its own line, errors before warnings in file order, then a summary line. */
export function formatReport(issues: readonly ContentIssue[], fileCount: number, { paint = plain }: { paint?: Paint } = {}): string {
	return [...sortIssues(issues).map((issue) => formatIssue(issue, { paint })), formatSummary(issues, fileCount)].join('\n');
}

/** `18 files checked: 0 errors, 3 warnings` */
export function formatSummary(issues: readonly ContentIssue[], fileCount: number): string {
	const errors = issues.filter((issue) => issue.severity === 'error').length;
	const warnings = issues.length - errors;
	return `${fileCount} ${plural(fileCount, 'file')} checked: ${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}`;
}

/** Issues in file, then line order, so that an author can walk through them top to bottom. */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
	return [...issues].sort(
		(a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
	);
}

function plural(count: number, word: string): string {
	return count === 1 ? word : `${word}s`;
}
