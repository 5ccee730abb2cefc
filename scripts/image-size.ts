/**
 * The intrinsic size of a picture file, read from its header: SVG (width/height or viewBox), PNG, JPEG, GIF,
 * WebP, AVIF. Enough for the validator to compare a quiz's declared aspect ratio with the real one. Never throws
 * on a truncated or broken file: it answers `undefined`.
 */
export interface Size {
  width: number;
  height: number;
}

function svgSize(text: string): Size | undefined {
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!tag) return undefined;
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
  const px = (value: string | undefined) =>
    value && /^\s*[\d.]+\s*(px)?\s*$/.test(value) ? parseFloat(value) : undefined;
  const width = px(attr('width'));
  const height = px(attr('height'));
  if (width && height) return { width, height };
  const box = attr('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box?.length === 4 && box[2] > 0 && box[3] > 0) return { width: box[2], height: box[3] };
  return undefined;
}

/**
 * The EXIF orientation (1–8) of a JPEG's APP1 segment, `from`–`to` being its content; 1 when there is none.
 * Phone photos are often stored sideways with orientation 6 or 8: browsers show them turned, so their shown
 * width and height are swapped.
 */
function exifOrientation(b: Uint8Array, from: number, to: number): number {
  if (to - from < 14 || String.fromCharCode(...b.subarray(from, from + 6)) !== 'Exif\0\0') return 1;
  const tiff = from + 6;
  const little = b[tiff] === 0x49; // "II": little-endian; "MM": big-endian
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const u16 = (at: number) => view.getUint16(at, little);
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > to) return 1;
  for (let k = 0, n = u16(ifd); k < n && ifd + 14 + k * 12 <= to; k++) {
    const entry = ifd + 2 + k * 12;
    if (u16(entry) === 0x0112) return u16(entry + 8);
  }
  return 1;
}

/** A JPEG's size as browsers show it: its frame size, turned by its EXIF orientation. */
function jpegSize(b: Uint8Array): Size | undefined {
  let i = 2;
  let orientation = 1;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1];
    const length = (b[i + 2] << 8) | b[i + 3];
    if (marker === 0xe1 && orientation === 1)
      orientation = exifOrientation(b, i + 4, Math.min(b.length, i + 2 + length));
    // Start-of-frame markers carry the size (not DHT 0xC4, JPG 0xC8, DAC 0xCC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = (b[i + 5] << 8) | b[i + 6];
      const width = (b[i + 7] << 8) | b[i + 8];
      return orientation >= 5 && orientation <= 8 ? { width: height, height: width } : { width, height };
    }
    i += 2 + length;
  }
  return undefined;
}

/**
 * An AVIF's size: the `ispe` (image spatial extent) property of its primary item, found by a scan of the header
 * boxes (ISO BMFF: `ftyp` with an `avif`/`avis` brand, then `meta` › `iprp` › `ipco` › `ispe`).
 */
function avifSize(b: Uint8Array): Size | undefined {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const end = Math.min(b.length, 65536);
  for (let i = 12; i + 16 <= end; i++) {
    if (b[i] === 0x69 && b[i + 1] === 0x73 && b[i + 2] === 0x70 && b[i + 3] === 0x65) {
      const width = view.getUint32(i + 8);
      const height = view.getUint32(i + 12);
      if (width > 0 && height > 0) return { width, height };
    }
  }
  return undefined;
}

export type PictureFormat = 'svg' | 'png' | 'jpeg' | 'gif' | 'webp' | 'avif';

/** What a picture file is, from its first bytes (not its name); `undefined` for anything else. */
export function pictureFormat(b: Uint8Array): PictureFormat | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (b.length > 8 && b[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length > 6 && ascii(0, 4) === 'GIF8') return 'gif';
  if (b.length > 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (b.length > 12 && ascii(4, 8) === 'ftyp' && /avi[fs]/.test(ascii(8, Math.min(b.length, 64)))) return 'avif';
  if (/<svg\b/i.test(new TextDecoder().decode(b.subarray(0, 4096)))) return 'svg';
  return undefined;
}

export function imageSize(bytes: Uint8Array): Size | undefined {
  try {
    return readSize(bytes);
  } catch {
    return undefined; // a header cut short: the reads ran past its end
  }
}

function readSize(bytes: Uint8Array): Size | undefined {
  const b = bytes;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length > 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (b.length > 4 && b[0] === 0xff && b[1] === 0xd8) return jpegSize(b);
  if (b.length > 10 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) {
    return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  }
  if (
    b.length > 30 &&
    String.fromCharCode(...b.subarray(0, 4)) === 'RIFF' &&
    String.fromCharCode(...b.subarray(8, 12)) === 'WEBP'
  ) {
    const kind = String.fromCharCode(...b.subarray(12, 16));
    if (kind === 'VP8X')
      return { width: 1 + (b[24] | (b[25] << 8) | (b[26] << 16)), height: 1 + (b[27] | (b[28] << 8) | (b[29] << 16)) };
    if (kind === 'VP8L') {
      const bits = view.getUint32(21, true);
      return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
    }
    if (kind === 'VP8 ') return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  }
  if (b.length > 12 && String.fromCharCode(...b.subarray(4, 8)) === 'ftyp') return avifSize(b);
  return svgSize(new TextDecoder().decode(b.subarray(0, 4096)));
}
