/**
 * The draft kept in the author's own browser as they type, so a reload, a crash or a phone that discards the tab
 * loses nothing: the texts and chairs in localStorage (small, written synchronously, there at once on the next
 * visit), the picture's bytes in IndexedDB (localStorage holds about 5 MB of text; a 3 MB photo would not fit as
 * a data: URL). Nothing leaves the browser. When the picture cannot be kept (private windows, a full disk), the
 * draft says so and names it, so the playground can ask for it again by name.
 */
import { emptyDraft, type Draft } from './draft.js';

export const STORED_VERSION = 1;

export interface StoredDraft {
  version: typeof STORED_VERSION;
  /** When it was written (ms since 1970). */
  savedAt: number;
  /** The draft without an embedded picture's `data:` URL (the bytes are kept apart). */
  draft: Draft;
  /** The picture's file name and whether its bytes are in IndexedDB. */
  picture?: { name: string; kept: boolean };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a draft holds anything an author would miss. */
export const isBlank = (draft: Draft): boolean => JSON.stringify(draft) === JSON.stringify(emptyDraft());

/** The draft as stored: an embedded picture's `data:` URL is dropped (its bytes go to IndexedDB). */
export function toStored(draft: Draft, savedAt: number, picture?: StoredDraft['picture']): StoredDraft {
  const kept: Draft =
    draft.picture.kind === 'file' ? { ...draft, picture: { ...draft.picture, dataUrl: undefined } } : draft;
  return { version: STORED_VERSION, savedAt, draft: kept, ...(picture ? { picture } : {}) };
}

/**
 * A stored draft read back, or undefined when there is none or it is not one this version wrote (another
 * version's draft, or text edited by hand, is ignored rather than half-restored).
 */
export function fromStored(text: string | null): StoredDraft | undefined {
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(data) || data.version !== STORED_VERSION || typeof data.savedAt !== 'number' || !isRecord(data.draft))
    return undefined;
  const draft = data.draft;
  const shapeOk =
    typeof draft.id === 'string' &&
    typeof draft.lang === 'string' &&
    Array.isArray(draft.languages) &&
    isRecord(draft.texts) &&
    isRecord(draft.picture) &&
    isRecord(draft.alt) &&
    Array.isArray(draft.chairs) &&
    draft.chairs.every((c) => isRecord(c) && typeof c.x === 'number' && typeof c.y === 'number' && isRecord(c.texts));
  if (!shapeOk) return undefined;
  const picture =
    isRecord(data.picture) && typeof data.picture.name === 'string'
      ? { name: data.picture.name, kept: data.picture.kept === true }
      : undefined;
  return {
    version: STORED_VERSION,
    savedAt: data.savedAt,
    draft: draft as unknown as Draft,
    ...(picture ? { picture } : {}),
  };
}

/** IndexedDB through its callbacks, as a promise. */
const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });

const STORE = 'pictures';

export class DraftStore {
  /** `key` names the localStorage entry and the IndexedDB database, so two playgrounds (or tests) keep apart. */
  constructor(readonly key: string) {}

  read(): StoredDraft | undefined {
    try {
      return fromStored(localStorage.getItem(this.key));
    } catch {
      return undefined; // storage blocked: nothing to offer
    }
  }

  /** Writes the texts and chairs; false when the browser refuses (storage blocked or full). */
  write(draft: Draft, picture?: StoredDraft['picture']): boolean {
    try {
      localStorage.setItem(this.key, JSON.stringify(toStored(draft, Date.now(), picture)));
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Keeps the picture's bytes (or forgets them: `undefined`); false when IndexedDB is not available or refuses.
   * Stored as an ArrayBuffer and its type rather than a Blob: WebKit does not keep Blobs in IndexedDB everywhere.
   */
  async writePicture(blob: Blob | undefined): Promise<boolean> {
    try {
      // Read first: a transaction closes as soon as it waits on anything but its own requests.
      const record = blob ? { type: blob.type, bytes: await blob.arrayBuffer() } : undefined;
      const db = await this.open();
      try {
        const store = db.transaction(STORE, 'readwrite').objectStore(STORE);
        await (record ? request(store.put(record, 'picture')) : request(store.delete('picture')));
        return true;
      } finally {
        db.close();
      }
    } catch {
      return false;
    }
  }

  async readPicture(): Promise<Blob | undefined> {
    try {
      const db = await this.open();
      try {
        const value = (await request(db.transaction(STORE, 'readonly').objectStore(STORE).get('picture'))) as
          { type?: unknown; bytes?: unknown } | undefined;
        return value?.bytes instanceof ArrayBuffer
          ? new Blob([value.bytes], { type: typeof value.type === 'string' ? value.type : '' })
          : undefined;
      } finally {
        db.close();
      }
    } catch {
      return undefined;
    }
  }

  /** Forgets the draft and its picture. */
  async discard() {
    try {
      localStorage.removeItem(this.key);
    } catch {
      // storage blocked: nothing was kept
    }
    await this.writePicture(undefined);
  }

  private async open(): Promise<IDBDatabase> {
    const opening = indexedDB.open(this.key, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    return request(opening);
  }
}
