/**
 * The picture, in the browser: reading a file the author chose, learning its size, a version small enough for
 * the live preview, and saving files. Nothing leaves the browser: files are read locally and "downloads" are
 * `blob:` URLs saved by the browser itself.
 */
import { imageSize } from '../../scripts/image-size.js';

export const readDataUrl = (blob: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('cannot read the file'));
    reader.readAsDataURL(blob);
  });

export interface Size {
  width: number;
  height: number;
}

/** Loads a picture and gives its natural size; SVGs without a size of their own are measured from their text. */
export async function pictureSize(url: string, blob?: Blob): Promise<Size> {
  const img = new Image();
  img.decoding = 'async';
  img.src = url;
  await new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error(`cannot load ${url.slice(0, 80)}`));
  });
  if (img.naturalWidth > 0 && img.naturalHeight > 0) return { width: img.naturalWidth, height: img.naturalHeight };
  const measured = blob ? imageSize(new Uint8Array(await blob.arrayBuffer())) : undefined;
  if (measured) return { width: Math.round(measured.width), height: Math.round(measured.height) };
  throw new Error('the picture has no size');
}

/** A `data:` URL as a Blob (for an opened quiz whose picture is embedded). */
export async function dataUrlToBlob(url: string): Promise<Blob> {
  return (await fetch(url)).blob();
}

/**
 * The preview loads the quiz from a `blob:` URL, so its picture must be absolute or a `data:` URL, and the
 * component refuses quiz files over 1 MB: pictures larger than this budget are shrunk for the preview only.
 */
export const PREVIEW_PICTURE_BUDGET = 600_000;

export async function previewPicture(blob: Blob, dataUrl: string | undefined, size: Size): Promise<string> {
  if (dataUrl && dataUrl.length <= PREVIEW_PICTURE_BUDGET) return dataUrl;
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    for (const [max, quality] of [
      [1600, 0.85],
      [1200, 0.8],
      [900, 0.75],
      [640, 0.7],
    ] as const) {
      const scale = Math.min(1, max / Math.max(size.width, size.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(size.width * scale));
      canvas.height = Math.max(1, Math.round(size.height * scale));
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(img, 0, 0, canvas.width, canvas.height);
      const shrunk = canvas.toDataURL('image/jpeg', quality);
      if (shrunk.length <= PREVIEW_PICTURE_BUDGET) return shrunk;
    }
    throw new Error('the picture is too large to preview');
  } finally {
    URL.revokeObjectURL(url);
  }
}

export interface SavedFile {
  name: string;
  blob: Blob;
}

/** Saves a file through the browser's own download (an `<a download>` on a `blob:` URL); returns the URL. */
export function saveFile(file: SavedFile, parent: Node): string {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  parent.appendChild(a);
  a.click();
  a.remove();
  return url;
}
