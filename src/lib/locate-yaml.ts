import { type Document, isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

/** Finds the 1-based file line of a field path; the first line when no part of it is present. */
export type LineOf = (path: readonly PropertyKey[]) => number;

/** Parses YAML that starts at `firstLine` of its file, keeping what is needed to locate fields. */
export function parseYaml(text: string, firstLine = 1): { doc: Document; lineOf: LineOf } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter });
	const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	const lineOf: LineOf = (path) => {
		let node: unknown = doc.contents;
		let offset = (node as Node | null)?.range?.[0];
		for (const segment of path) {
			if (isMap(node)) {
				const pair = node.items.find((item) => String((item.key as { value?: unknown })?.value) === String(segment));
				if (!pair) break;
				offset = (pair.key as Node).range?.[0] ?? offset;
				node = pair.value;
			} else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
				node = node.items[segment];
				offset = (node as Node).range?.[0] ?? offset;
			} else break;
		}
		return offset === undefined ? firstLine : toFileLine(offset);
	};
	return { doc, lineOf };
}

/** A locator that parses only when first asked: most files have no issue to place. */
export function createLineLocator(text: string, firstLine = 1): LineOf {
	let lineOf: LineOf | undefined;
	return (path) => (lineOf ??= parseYaml(text, firstLine).lineOf)(path);
}
