/** The raster formats Astro's image service reads, by what their first bytes say. */
export type ImageType = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif' | 'tiff';

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/** The format a file's first 16 bytes announce, whatever its name says; undefined for anything else. */
export function detectImageType(bytes: Uint8Array): ImageType | undefined {
	if (bytes[0] === 0x89 && ascii(bytes, 1, 4) === 'PNG') return 'png';
	if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
	if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
	if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
	if (ascii(bytes, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(bytes, 8, 12))) return 'avif';
	if (ascii(bytes, 0, 4) === 'II*\0' || ascii(bytes, 0, 4) === 'MM\0*') return 'tiff';
	return undefined;
}

/** The format a file name claims. */
export function readImageExtension(file: string): ImageType | 'svg' | undefined {
	const extension = /\.(png|jpe?g|gif|webp|avif|tiff?|svg)$/i.exec(file)?.[1].toLowerCase();
	if (extension === 'jpg' || extension === 'jpeg') return 'jpeg';
	if (extension === 'tif' || extension === 'tiff') return 'tiff';
	return extension as ImageType | 'svg' | undefined;
}
