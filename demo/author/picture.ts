/**
 * The picture, in the browser: which files can be one, reading a file the author chose, learning its size, a
 * version small enough for the live preview, and a lighter version to publish. Nothing leaves the browser.
 */
import { imageSize } from '../../scripts/image-size.js';

/** The picture formats a quiz may use, as the validator accepts them (GIF is not one). */
export const PICTURE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};

/** For `<input type=file accept>`: the extensions and their types. */
export const PICTURE_ACCEPT = [
  ...Object.keys(PICTURE_TYPES).map((ext) => `.${ext}`),
  ...new Set(Object.values(PICTURE_TYPES)),
].join(',');

const extensionOf = (name: string): string => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** A picture's type from its file name, for files the system gave no type; undefined when not a quiz format. */
export const typeFromName = (name: string): string | undefined => PICTURE_TYPES[extensionOf(name)];

/** Whether a file is a picture a quiz can use (by its type, else by its name). */
export function isQuizPicture(file: { name: string; type: string }): boolean {
  return file.type ? Object.values(PICTURE_TYPES).includes(file.type) : typeFromName(file.name) !== undefined;
}

/** Whether a file looks like a picture at all (a quiz format or not), to tell "wrong format" from "not a picture". */
export const looksLikePicture = (file: { name: string; type: string }): boolean =>
  file.type.startsWith('image/') || /\.(png|jpe?g|gif|webp|svg|avif|bmp|tiff?|heic)$/i.test(file.name);

/** The file name at the end of a relative picture address: `pictures/salle%201.png` → `salle 1.png`. */
export function localFileName(address: string): string {
  const last = address.split(/[?#]/)[0].split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

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

/**
 * A quiz picture heavier than this gets a warning and an offer to shrink it: a phone on a slow 4G link (1.6 Mbps)
 * takes about 1.5 s for 300 kB, already four times the whole script (17 kB gz) and quiz file. The validator's
 * budget too (`PICTURE_BUDGET_BYTES`, scripts/validate-quiz.ts; a unit test keeps them equal), in the same words.
 */
export const WEIGHT_BUDGET = 300_000;

/** Raster pictures can be re-encoded lighter; an SVG is drawn, not encoded, and is left as it is. */
export const canShrink = (type: string): boolean =>
  type !== 'image/svg+xml' && Object.values(PICTURE_TYPES).includes(type);

/**
 * Widths tried when shrinking, widest first: 1600 px covers the component's widest layout (about 1,000 CSS px)
 * on a 1.5× screen; narrower steps only when a picture is still over the budget.
 */
const SHRINK_STEPS = [
  [1600, 0.82],
  [1280, 0.78],
  [1024, 0.75],
  [800, 0.7],
] as const;

export interface ShrunkPicture extends Size {
  blob: Blob;
  type: string;
}

const encode = (canvas: HTMLCanvasElement, type: string, quality: number) =>
  new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, quality));

/**
 * The picture re-encoded in the browser at a sensible width, keeping its aspect ratio: WebP where the browser
 * writes it (a browser that cannot answers PNG, which is then refused), else JPEG. Throws when no step brings it
 * under `budget` or the result is not lighter than the original.
 */
export async function shrinkPicture(blob: Blob, size: Size, budget = WEIGHT_BUDGET): Promise<ShrunkPicture> {
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    let best: ShrunkPicture | undefined;
    for (const [max, quality] of SHRINK_STEPS) {
      const scale = Math.min(1, max / size.width);
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(size.width * scale));
      canvas.height = Math.max(1, Math.round(size.height * scale));
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(img, 0, 0, canvas.width, canvas.height);
      let out = await encode(canvas, 'image/webp', quality);
      if (out?.type !== 'image/webp') out = await encode(canvas, 'image/jpeg', quality);
      if (!out || !out.type) continue;
      best = { blob: out, type: out.type, width: canvas.width, height: canvas.height };
      if (out.size <= budget) break;
    }
    if (!best || best.blob.size >= blob.size) throw new Error('the picture cannot be made lighter here');
    return best;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** `photo salle.jpg` shrunk to WebP → `photo salle.webp`. */
export function renamedFor(name: string, type: string): string {
  const ext = Object.entries(PICTURE_TYPES).find(([, t]) => t === type)?.[0] ?? 'jpg';
  return `${name.replace(/\.[a-z0-9]+$/i, '') || 'picture'}.${ext}`;
}
