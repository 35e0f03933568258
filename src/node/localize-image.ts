import { detectImageType, type ImageType } from '../lib/image-type.ts';

/** The largest remote hero the importer will download: far above any web image, far below a disk-filling one. */
export const MAX_DOWNLOAD_BYTES = 10 * 1024 * 1024;

const EXTENSIONS: Record<ImageType, string> = { png: 'png', jpeg: 'jpg', gif: 'gif', webp: 'webp', avif: 'avif', tiff: 'tiff' };

/** Why a remote image was not brought into the repository, in a sentence. */
export class LocalizeError extends Error {}

/**
 * Downloads a remote image once, for the importer: only an image (by its content type and by its
 * own bytes), at most `maxBytes`, read as it streams so that a huge answer is cut off, not stored.
 */
export async function downloadImage(url: string, { maxBytes = MAX_DOWNLOAD_BYTES, timeoutMs = 30_000 } = {}): Promise<{ bytes: Uint8Array; extension: string }> {
	let response: Response;
	try {
		response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
	} catch (error) {
		throw new LocalizeError(`could not download ${url}: ${describeFailure(error)}`);
	}
	if (!response.ok) throw new LocalizeError(`could not download ${url}: HTTP ${response.status}`);
	const type = response.headers.get('content-type') ?? '';
	if (!/^image\/(?:png|jpeg|gif|webp|avif|tiff)\b/i.test(type)) throw new LocalizeError(`${url} is not a PNG, JPEG, GIF, WebP or AVIF image (it says ${type || 'nothing'})`);
	const declared = Number(response.headers.get('content-length') ?? 0);
	if (declared > maxBytes) throw new LocalizeError(`${url} is ${Math.ceil(declared / 1024 / 1024)} MB, more than the ${maxBytes / 1024 / 1024} MB an image may be`);
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for await (const chunk of response.body ?? []) {
			size += chunk.length;
			if (size > maxBytes) throw new LocalizeError(`${url} is more than the ${maxBytes / 1024 / 1024} MB an image may be`);
			chunks.push(chunk);
		}
	} catch (error) {
		// A server that stalls mid-answer, or a connection cut, ends the download like one never started.
		if (error instanceof LocalizeError) throw error;
		throw new LocalizeError(`could not download ${url}: ${describeFailure(error)}`);
	}
	const bytes = Buffer.concat(chunks);
	const actual = detectImageType(bytes.subarray(0, 16));
	if (!actual) throw new LocalizeError(`${url} says it is an image, but its bytes are not one`);
	return { bytes, extension: EXTENSIONS[actual] };
}

/** Node's fetch says only "fetch failed"; the reason (refused, not found, reset) is its cause. */
function describeFailure(error: unknown): string {
	const { message, cause } = error as Error & { cause?: { code?: string; message?: string } };
	const reason = cause?.code ?? cause?.message;
	return reason ? `${message} (${reason})` : message;
}
