import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import publishing from 'virtual:certguides/publishing';
import { createLinkCheck } from '../node/linked-files.ts';
import { awaitContentVerdict, INVALID_ENTRY } from './content-problems.ts';

/**
 * In the dev server, a file Astro cannot parse or whose data fails the schema is kept in the
 * store marked invalid instead of stopping the server: the content guard has already named its
 * problems, the pages show them, and fixing the file brings the entry back on save. So is an
 * article whose local hero image cannot be built: Astro would import the missing file for every
 * page. A build keeps Astro's loader, its failures left to the guard (below).
 */
export function tolerateInvalid(loader: Loader): Loader {
	if (!publishing.dev) return deferToContentGuard(loader);
	return {
		...loader,
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			// Loaded here, not at the top: a build, whose content config loads this module too, never checks images here.
			const { checkHeroImage } = await import('../node/check-images.ts');
			// A fresh check for every file: the loader keeps these entry types for every later save, and a folder can become a link meanwhile.
			const entryTypes = tolerateParseErrors(refuseLinks((context as GlobContext).entryTypes, (path) => createLinkCheck(root)(path)));
			return loader.load({ ...context, entryTypes, parseData: tolerateSchemaErrors(context.parseData, root, checkHeroImage) } as GlobContext);
		},
	};
}

/**
 * A symbolic link is read as an entry of nothing, marked invalid: Astro's loader follows links,
 * and would otherwise keep the text of any file a link leads to (an environment, a token) in its
 * content store, which CI may cache, before the content guard refuses the link.
 */
function refuseLinks(entryTypes: EntryTypes, isLinked: (path: string) => boolean): EntryTypes {
	return new Map(
		[...entryTypes].map(([extension, entryType]) => [
			extension,
			{
				...entryType,
				getEntryInfo: (input: { contents: string; fileUrl: URL }) =>
					isLinked(fileURLToPath(input.fileUrl)) ? Promise.resolve(createInvalidInfo()) : entryType.getEntryInfo(input),
			},
		]),
	);
}

/** What a file the loader must not read, or cannot parse, becomes: an entry with no content, marked invalid. */
function createInvalidInfo() {
	return { data: { [INVALID_ENTRY]: true }, body: '', slug: '', rawData: '' };
}

/**
 * In a build, a file Astro cannot read or whose data fails the schema is one the content guard,
 * checking in its own thread meanwhile, is about to name with its line: its verdict, which stops
 * the build over such a file, comes before Astro's own error.
 */
function deferToContentGuard(loader: Loader): Loader {
	return {
		...loader,
		load: (context) =>
			loader
				.load({ ...context, entryTypes: refuseLinks((context as GlobContext).entryTypes, createLinkCheck(fileURLToPath(context.config.root))) } as GlobContext)
				.catch(async (error: unknown) => {
					await awaitContentVerdict();
					throw error;
				}),
	};
}

/** The glob loader reads each file through Astro's entry types, which its context carries beside the public fields. */
type EntryTypes = Map<string, { getEntryInfo(input: { contents: string; fileUrl: URL }): Promise<unknown> }>;
type GlobContext = LoaderContext & { entryTypes: EntryTypes };
type CheckHeroImage = typeof import('../node/check-images.ts').checkHeroImage;

function tolerateParseErrors(entryTypes: EntryTypes): EntryTypes {
	return new Map(
		[...entryTypes].map(([extension, entryType]) => [
			extension,
			{
				...entryType,
				getEntryInfo: async (input: { contents: string; fileUrl: URL }) => {
					try {
						return await entryType.getEntryInfo(input);
					} catch {
						return createInvalidInfo();
					}
				},
			},
		]),
	);
}

function tolerateSchemaErrors(parseData: LoaderContext['parseData'], root: string, checkHeroImage: CheckHeroImage): LoaderContext['parseData'] {
	return (async (props: Parameters<LoaderContext['parseData']>[0]) => {
		const data = props.data as Record<string, unknown>;
		if (data[INVALID_ENTRY]) return props.data;
		// Before the schema's image() turns the path into an import that would fail for every page.
		if (typeof data.heroImage === 'string' && props.filePath && checkHeroImage(root, relative(root, props.filePath), data.heroImage)?.severity === 'error') {
			return { ...props.data, [INVALID_ENTRY]: true };
		}
		try {
			return await parseData(props);
		} catch {
			return { ...props.data, [INVALID_ENTRY]: true };
		}
	}) as LoaderContext['parseData'];
}
