/**
 * When the playground keeps its draft: 250 ms after the author stops typing, and at once when the page is hidden —
 * `visibilitychange` to hidden (the last event a phone gives before it freezes and may discard a background tab)
 * and `pagehide` (a reload, a closed tab). A draft found on arrival is
 * offered, and nothing is written over it until the author restores or discards it. A Lit reactive controller
 * over a `DraftStore`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Draft } from './draft.js';
import { DraftStore, isBlank, type StoredDraft } from './draft-store.js';
import { localFileName } from './picture.js';

export interface DraftHost extends ReactiveControllerHost {
  draft: Draft;
  draftKey: string;
}

/** Saving waits for a pause in typing this long. */
const SAVE_DELAY = 250;

export class DraftKeeper implements ReactiveController {
  /** A draft found in the browser, offered for restoring. */
  offer?: StoredDraft;
  /** What the browser agreed to keep: the texts and chairs, and the picture's bytes. */
  kept = { texts: true, picture: true };
  store: DraftStore;
  private timer?: ReturnType<typeof setTimeout>;
  private pictureBlob?: Blob;
  private readonly saveNow = () => this.save();
  private readonly saveIfHidden = () => document.visibilityState === 'hidden' && this.save();

  constructor(private host: DraftHost) {
    this.store = new DraftStore(host.draftKey);
    host.addController(this);
  }

  hostConnected() {
    this.store = new DraftStore(this.host.draftKey);
    this.offer ??= this.store.read();
    addEventListener('pagehide', this.saveNow);
    document.addEventListener('visibilitychange', this.saveIfHidden);
  }

  hostDisconnected() {
    removeEventListener('pagehide', this.saveNow);
    document.removeEventListener('visibilitychange', this.saveIfHidden);
    if (this.timer) this.save();
  }

  /** The draft changed: keep it after a pause. */
  changed() {
    clearTimeout(this.timer);
    this.timer = setTimeout(this.saveNow, SAVE_DELAY);
  }

  /** Writes the draft now (unless an offered one waits for an answer); a blank draft is forgotten. */
  save() {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.offer) return;
    const { draft } = this.host;
    if (isBlank(draft)) return void this.store.discard();
    const p = draft.picture;
    const name = p.kind === 'file' ? p.name : p.kind === 'url' ? localFileName(p.url) : '';
    const texts = this.store.write(
      draft,
      name ? { name, kept: Boolean(this.pictureBlob) && this.kept.picture } : undefined,
    );
    this.set({ texts, picture: this.kept.picture });
  }

  /** Keeps the picture's bytes with the draft (or forgets them). */
  async keepPicture(blob: Blob | undefined) {
    this.pictureBlob = blob;
    if (this.offer) return;
    const kept = await this.store.writePicture(blob);
    this.set({ texts: this.kept.texts, picture: kept || !blob });
    this.changed();
  }

  /** The offered draft and its picture's bytes (if kept); the offer is answered. */
  async take(): Promise<{ stored: StoredDraft; blob?: Blob } | undefined> {
    const stored = this.offer;
    if (!stored) return undefined;
    this.offer = undefined;
    this.host.requestUpdate();
    return { stored, blob: stored.picture?.kept ? await this.store.readPicture() : undefined };
  }

  /** Forgets the kept draft and any offer. */
  async discard() {
    this.offer = undefined;
    this.pictureBlob = undefined;
    clearTimeout(this.timer);
    this.host.requestUpdate();
    await this.store.discard();
  }

  private set(kept: DraftKeeper['kept']) {
    if (kept.texts === this.kept.texts && kept.picture === this.kept.picture) return;
    this.kept = kept;
    this.host.requestUpdate();
  }
}
