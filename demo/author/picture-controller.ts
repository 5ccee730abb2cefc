/**
 * The quiz's picture, for the playground: where it comes from (a file, an address, a picture embedded in an
 * opened quiz, one kept with a draft), its state (none → loading → ready | failed), what the editor and the
 * preview show, its weight against the budget, and shrinking it. Every source goes through one flow, `show()`;
 * the draft's picture fields change only once a picture has loaded. A Lit reactive controller: the host re-renders
 * when any of this changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAllowedImageUrl } from '../../src/quiz/schema.js';
import { EMBED_LIMIT, setPicture, type Draft } from './draft.js';
import {
  canShrink,
  isQuizPicture,
  localFileName,
  renamedFor,
  shrinkPicture,
  typeFromName,
  WEIGHT_BUDGET,
} from './picture.js';
import { PictureLoader, type LoadedPicture, type PictureSource } from './picture-loader.js';
import type { Strings } from './strings.js';

export interface PictureHost extends ReactiveControllerHost {
  draft: Draft;
  /** Changes made by the author (not downloaded yet). */
  dirty: boolean;
  quizzesBase: string;
  s: Strings;
  say(tone: 'ok' | 'warn', text: string): void;
  announce(text: string): void;
  /** A picture was shown (its bytes, when in the browser): to keep with the draft. */
  pictureShown(blob: Blob | undefined): void;
}

export type PictureState = 'none' | 'loading' | 'ready' | 'failed';

/** Whether an address names a file beside the quiz (`room.jpg`, `pictures/room.jpg`) rather than a URL with a scheme. */
const isBesideQuiz = (address: string) => !/^[a-z][a-z0-9+.-]*:/i.test(address);

export class PictureController implements ReactiveController {
  state: PictureState = 'none';
  /** What the editor shows; empty unless `state` is ready. */
  displayUrl = '';
  /** What the preview's quiz file carries (absolute or `data:`); empty: a placeholder. */
  previewUrl = '';
  /** The picture's bytes, when they are in the browser (chosen, embedded, or kept). */
  blob?: Blob;
  private loader = new PictureLoader();

  constructor(private host: PictureHost) {
    host.addController(this);
  }

  hostDisconnected() {
    this.loader.dispose();
  }

  /** Whether the picture's bytes are over the weight budget (and the author should hear it). */
  get tooHeavy(): boolean {
    return this.state === 'ready' && (this.blob?.size ?? 0) > WEIGHT_BUDGET;
  }

  private set(changes: Partial<Pick<PictureController, 'state' | 'displayUrl' | 'previewUrl' | 'blob'>>) {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  /**
   * Shows a picture and, once it has loaded, lets `apply` put it in the draft (its size is in already). True
   * when it is shown; false when it failed (said, when `failed` names it) or a later picture replaced it.
   */
  async show(
    source: PictureSource,
    apply: (draft: Draft, loaded: LoadedPicture) => Draft = (d) => d,
    failed?: string,
  ): Promise<boolean> {
    this.set({ state: 'loading' });
    try {
      const loaded = await this.loader.load(source);
      if (!loaded) return false;
      this.host.draft = apply({ ...this.host.draft, ...loaded.size }, loaded);
      this.set({
        state: 'ready',
        blob: loaded.blob,
        displayUrl: loaded.displayUrl,
        previewUrl: loaded.previewUrl ?? '',
      });
      this.host.pictureShown(loaded.blob);
      return true;
    } catch {
      this.set({ state: 'failed', displayUrl: '' });
      if (failed) this.host.say('warn', this.host.s.pictureFailed(failed));
      return false;
    }
  }

  /** No picture (a new or opened quiz): loads in flight are void. */
  clear() {
    this.loader.clear();
    this.set({ state: 'none', displayUrl: '', previewUrl: '', blob: undefined });
  }

  /**
   * A picture from the author's computer: embedded when small, saved beside the quiz when larger. When the quiz
   * already names a picture file (`"src": "hall.png"`) and this is that file, the quiz keeps naming it.
   */
  async useFile(file: File): Promise<boolean> {
    if (!isQuizPicture(file)) {
      this.host.say('warn', this.host.s.pictureUnsupported(file.name));
      return false;
    }
    const current = this.host.draft.picture;
    if (current.kind === 'url' && isBesideQuiz(current.url) && localFileName(current.url) === file.name) {
      return this.useAddress(current.url, this.host.quizzesBase, file);
    }
    const type = file.type || typeFromName(file.name)!;
    const blob = file.type ? file : new Blob([file], { type });
    this.host.dirty = true;
    const shown = await this.show(
      { blob, embed: blob.size <= EMBED_LIMIT },
      (d, loaded) =>
        setPicture(d, { kind: 'file', name: file.name, type, size: blob.size, dataUrl: loaded.dataUrl }, loaded.size),
      file.name,
    );
    if (shown) this.host.announce(this.host.s.pictureReady);
    return shown;
  }

  /**
   * A picture by address: a file name beside the quiz (looked up in `base`) or an http(s) address. It is written
   * in the quiz file as typed. `local`: the same picture chosen from the author's computer, to show it.
   */
  async useAddress(address: string, base = this.host.quizzesBase, local?: Blob): Promise<boolean> {
    const trimmed = address.trim();
    this.host.draft = setPicture(this.host.draft, { kind: 'url', url: trimmed });
    this.host.dirty = true;
    let url: string | undefined;
    try {
      url = trimmed && isAllowedImageUrl(trimmed) ? new URL(trimmed, new URL(base, document.baseURI)).href : undefined;
    } catch {
      url = undefined;
    }
    if (!url) {
      this.clear();
      this.set({ state: trimmed ? 'failed' : 'none' });
      return false;
    }
    this.set({ blob: undefined, previewUrl: '' });
    const shown = await this.show({ url, local }, undefined, trimmed);
    if (shown) this.host.announce(this.host.s.pictureReady);
    return shown;
  }

  /** Re-encodes a heavy picture lighter (WebP, else JPEG) at a sensible width; chairs keep their places (percent). */
  async shrink(): Promise<boolean> {
    const { blob } = this;
    const { width, height, picture } = this.host.draft;
    const { s } = this.host;
    try {
      if (!blob || !width || !height || !canShrink(blob.type)) throw new Error('nothing to shrink');
      const shrunk = await shrinkPicture(blob, { width, height });
      const name = renamedFor(
        picture.kind === 'file' ? picture.name : picture.kind === 'url' ? localFileName(picture.url) : 'picture',
        shrunk.type,
      );
      if (!(await this.useFile(new File([shrunk.blob], name, { type: shrunk.type }))))
        throw new Error('the shrunk picture did not load');
      this.host.say('ok', s.shrunk(blob.size, shrunk.blob.size, shrunk.width, shrunk.height));
      return true;
    } catch {
      this.host.say('warn', s.shrinkFailed);
      return false;
    }
  }
}
