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
		const { code, message } = error as { code?: unknown; message: string };
		if (!String(code).startsWith('ERR_PARSE_ARGS')) throw error;
		// Node's own text advises a `--` that npm run would swallow; the option is all the author needs to see.
		const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && /'([^']+)'/.exec(message)?.[1];
		refuseArguments(unknown ? `unknown option ${unknown}` : message, usage);
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
