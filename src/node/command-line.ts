import { type ParseArgsConfig, parseArgs } from 'node:util';

/**
 * A command's arguments, parsed. `--help` (`-h`) prints the usage and exits 0; an unknown option,
 * a missing value or a stray argument prints what is wrong and the usage, and exits 2: the author
 * mistyped, and a stack trace would only point into Node.
 */
export function parseCommandLine<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
	let parsed: ReturnType<typeof parseArgs<T>>;
	try {
		parsed = parseArgs({ ...config, options: { ...config.options, help: { type: 'boolean', short: 'h' } } }) as ReturnType<typeof parseArgs<T>>;
	} catch (error) {
		if (!String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) throw error;
		refuseArguments((error as Error).message, usage);
	}
	if ((parsed.values as Record<string, unknown>).help) {
		console.log(usage);
		process.exit(0);
	}
	return parsed;
}

/** Says what is wrong with the arguments, then the usage, and exits 2, as for a mistyped option. */
export function refuseArguments(problem: string, usage: string): never {
	console.error(`${problem}\n${usage}`);
	process.exit(2);
}
