/**
 * The one way the playground shows a picture, whatever it comes from — a file from the author's computer, a
 * picture embedded in an opened quiz (`data:`), an address on the site, or a picture kept with a draft: load it,
 * learn its size, make the version the live preview can use, and let go of the `blob:` URLs nobody shows any more.
 * A newer load makes an older one's answer void, so a slow picture never replaces a later choice.
 */
import { previewPicture, readDataUrl, pictureSize, type Size } from './picture.js';

export type PictureSource =
  /** Bytes in hand: `embed` also reads them as a `data:` URL (for pictures small enough to go inside the quiz). */
  | { blob: Blob; embed?: boolean; dataUrl?: string }
  /** An address to load; `local`: the same picture from the author's computer, shown instead. */
  | { url: string; local?: Blob };

export interface LoadedPicture {
  /** What the editor shows (a `blob:` URL this loader owns, or the address). */
  displayUrl: string;
  /** The picture's bytes, when they are in the browser. */
  blob?: Blob;
  size: Size;
  /** The picture as a `data:` URL, when asked for (`embed`) or given. */
  dataUrl?: string;
  /** A URL the preview's quiz file can carry (absolute or `data:`); undefined when it cannot be made. */
  previewUrl?: string;
}

export class PictureLoader {
  private generation = 0;
  private owned = new Set<string>();
  private shown = '';

  /** The picture, loaded; undefined when a newer load (or `clear()`) came meanwhile. Throws when it cannot load. */
  async load(source: PictureSource): Promise<LoadedPicture | undefined> {
    const generation = ++this.generation;
    const blob = 'blob' in source ? source.blob : source.local;
    const displayUrl = blob
      ? this.own(URL.createObjectURL(blob))
      : new URL((source as { url: string }).url, document.baseURI).href;
    const current = () => generation === this.generation;
    try {
      const size = await pictureSize(displayUrl, blob);
      const dataUrl =
        'blob' in source ? (source.dataUrl ?? (source.embed ? await readDataUrl(source.blob) : undefined)) : undefined;
      const previewUrl = blob ? await previewPicture(blob, dataUrl, size).catch(() => undefined) : displayUrl;
      if (!current()) return void this.release(displayUrl);
      if (this.shown !== displayUrl) this.release(this.shown);
      this.shown = displayUrl;
      return { displayUrl, blob, size, dataUrl, previewUrl };
    } catch (error) {
      this.release(displayUrl);
      if (!current()) return undefined;
      throw error;
    }
  }

  /** No picture: any load in flight is void, the shown one let go. */
  clear() {
    ++this.generation;
    this.release(this.shown);
    this.shown = '';
  }

  /** Lets go of every URL this loader made (the element left the page). */
  dispose() {
    ++this.generation;
    for (const url of this.owned) URL.revokeObjectURL(url);
    this.owned.clear();
    this.shown = '';
  }

  private own(url: string): string {
    this.owned.add(url);
    return url;
  }

  private release(url: string) {
    if (url && this.owned.delete(url)) URL.revokeObjectURL(url);
  }
}
