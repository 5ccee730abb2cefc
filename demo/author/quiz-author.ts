/**
 * `<quiz-author>`: the quiz playground. Pick a picture, click on it to place numbered chairs, drag or nudge them,
 * write every text in a form beside it, see the real `<coop-chair-quiz>` update live, see the schema's problems next
 * to the fields they concern, and download the quiz file. Everything stays in the browser.
 *
 * The logic lives in small pure modules beside this file (draft, chairs, problems, preview, strings); this element
 * wires them to the page. Validation is `parseQuiz` from src/quiz/schema.ts — the component's own schema — on the quiz file
 * exactly as it would be downloaded.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { isAllowedImageUrl, parseQuiz, type Text } from '../../src/quiz/schema.js';
import { directionOf, pickText } from '../../src/text.js';
import { styles } from './quiz-author.styles.js';
import { addItem, moveItem, nudge, pointToPercent, removeItem, round, selectionAfterRemove, updateItem, type Point } from './chairs.js';
import { fieldLabel, problemMessage } from './describe.js';
import {
  CHAIR_TEXTS,
  declaredLanguages,
  draftFromData,
  EMBED_LIMIT,
  embedsPicture,
  emptyChair,
  emptyDraft,
  fileBase,
  pictureFileName,
  quizJson,
  setAlt,
  setChairText,
  setLanguage,
  setPicture,
  setQuizText,
  OPTIONAL_TEXTS,
  type ChairTextName,
  type Draft,
  type Texts,
} from './draft.js';
import { dataUrlToBlob, pictureSize, previewPicture, readDataUrl, saveFile, type SavedFile } from './picture.js';
import { placeholderPicture, previewQuiz, quizProblems } from './preview.js';
import { byField, chairOfField, readProblems, showsUntouched, type FieldKey, type Problem } from './problems.js';
import { pageDir, PAGE_LANGS, strings, type PageLang, type Strings } from './strings.js';

/** How long the preview waits after the last change before it reloads. */
export const PREVIEW_DELAY = 300;

export interface DownloadDetail {
  /** The quiz file (`<id>.json`), and the picture when it is saved beside it. */
  files: SavedFile[];
}

export interface LangChangeDetail {
  lang: PageLang;
}

declare global {
  interface HTMLElementEventMap {
    'quiz-author-download': CustomEvent<DownloadDetail>;
    'quiz-author-lang-change': CustomEvent<LangChangeDetail>;
  }
}

const MULTILINE = new Set<string>(['intro', 'description', 'leadership', 'collaboration', 'strength', 'tip', 'alt', 'question']);
const PICTURE_FILE = /\.(png|jpe?g|gif|webp|svg|avif)$/i;

/** DOM id of a field: `chair:2:title:fr` → `f-chair-2-title-fr`. */
export const fieldId = (key: FieldKey): string => `f-${key.replace(/[^A-Za-z0-9-]+/g, '-')}`;

type Notice = { text: string; tone: 'info' | 'ok' | 'warn' };

/**
 * The quiz editor.
 *
 * @summary A playground page for writing `<coop-chair-quiz>` quizzes: place chairs by clicking, write texts, preview, download.
 *
 * @attr ui-lang - The page's language: `ar` (default), `fr` or `en`.
 * @attr quizzes-base - Where relative picture names are looked up (default: the project's `quizzes/` folder).
 *
 * @fires quiz-author-download {CustomEvent<DownloadDetail>} Before files are saved; cancel it to handle the files yourself.
 * @fires quiz-author-lang-change {CustomEvent<LangChangeDetail>} The author picked another page language.
 */
export class QuizAuthor extends LitElement {
  static override styles = styles;

  // Reactive properties are declared here rather than with decorators, so the page builds the same with any
  // TypeScript setup (Vite and esbuild only lower decorators where a tsconfig says so).
  static override properties = {
    uiLang: { attribute: 'ui-lang', reflect: true },
    quizzesBase: { attribute: 'quizzes-base' },
    draft: { state: true },
    problems: { state: true },
    selected: { state: true },
    mode: { state: true },
    previewWidth: { state: true },
    pictureState: { state: true },
    notices: { state: true },
    previewLang: { state: true },
    previewSrc: { state: true },
    previewBlockers: { state: true },
    displayUrl: { state: true },
    downloads: { state: true },
    announcement: { state: true },
    touched: { state: true },
    showAll: { state: true },
    summaryOpen: { state: true },
    pictureAddress: { state: true },
    addressOpen: { state: true },
    jsonOpen: { state: true },
    dropping: { state: true },
    siteQuizzes: { state: true },
  };

  /** The page's language. */
  declare uiLang: PageLang;
  /** Where relative picture names (`room.jpg`) are looked up: the site's quizzes folder (relative to the page, or absolute). */
  declare quizzesBase: string;

  private declare draft: Draft;
  private declare problems: Problem[];
  private declare selected?: number;
  private declare mode: 'edit' | 'preview';
  private declare previewWidth: 'phone' | 'desktop';
  private declare pictureState: 'none' | 'loading' | 'ready' | 'failed';
  private declare notices: Notice[];
  private declare previewLang: string;
  private declare previewSrc: string;
  private declare previewBlockers: Problem[];
  private declare displayUrl: string;
  private declare downloads: { name: string; url: string }[];
  private declare announcement: string;
  private declare touched: Set<FieldKey>;
  private declare showAll: boolean;
  private declare summaryOpen: boolean;
  private declare pictureAddress: string;
  private declare addressOpen: boolean;
  private declare jsonOpen: boolean;
  private declare dropping: boolean;
  private declare siteQuizzes: { file: string; title: Text }[];

  private problemsByField = new Map<FieldKey, Problem[]>();
  private pictureBlob?: Blob;
  private previewPictureUrl?: string;
  private pictureToken = 0;
  private previewTimer?: ReturnType<typeof setTimeout>;
  private moveTimer?: ReturnType<typeof setTimeout>;
  private drag?: { index: number; pointerId: number; x: number; y: number; moved: boolean };
  private suppressClick = false;
  private resizeObserver?: ResizeObserver;
  private ownedUrls = new Set<string>();

  constructor() {
    super();
    this.uiLang = 'ar';
    this.quizzesBase = defaultQuizzesBase();
    this.draft = emptyDraft();
    this.problems = [];
    this.mode = 'edit';
    this.previewWidth = 'phone';
    this.pictureState = 'none';
    this.notices = [];
    this.previewLang = 'ar';
    this.previewSrc = '';
    this.previewBlockers = [];
    this.displayUrl = '';
    this.downloads = [];
    this.announcement = '';
    this.touched = new Set();
    this.showAll = false;
    this.summaryOpen = false;
    this.pictureAddress = '';
    this.addressOpen = false;
    this.jsonOpen = false;
    this.dropping = false;
    this.siteQuizzes = [];
  }

  private get frame() {
    return this.renderRoot.querySelector<HTMLElement>('.frame') ?? undefined;
  }

  private get pictureInput() {
    return this.renderRoot.querySelector<HTMLInputElement>('#f-picture-file') ?? undefined;
  }

  private get openInput() {
    return this.renderRoot.querySelector<HTMLInputElement>('#open-file') ?? undefined;
  }

  private get previewViewport() {
    return this.renderRoot.querySelector<HTMLElement>('.preview-viewport') ?? undefined;
  }

  /** Whether there are changes not downloaded or copied yet. */
  dirty = false;

  private get s(): Strings {
    return strings(this.uiLang);
  }

  private get languages(): string[] {
    return declaredLanguages(this.draft);
  }

  /** The quiz file as it would be downloaded now. */
  get quizJson(): string {
    return quizJson(this.draft);
  }

  /** The schema's problem lines for the quiz as it would be downloaded now (empty when it is valid). */
  get problemLines(): string[] {
    return this.problems.map((p) => p.line);
  }

  override connectedCallback() {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(() => this.fitPreview());
    // Back on the page after being moved: watch the preview's size again and give it a fresh URL.
    if (this.hasUpdated) {
      if (this.previewViewport) this.resizeObserver.observe(this.previewViewport);
      this.schedulePreview(0);
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    clearTimeout(this.previewTimer);
    clearTimeout(this.moveTimer);
    for (const url of this.ownedUrls) URL.revokeObjectURL(url);
    this.ownedUrls.clear();
    if (this.previewSrc) URL.revokeObjectURL(this.previewSrc);
    this.previewSrc = '';
  }

  // —— Keeping things in step ——————————————————————————————————————————————————————————————

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('draft')) {
      this.problems = readProblems(quizProblems(this.draft), this.draft);
      this.problemsByField = byField(this.problems);
      if (!this.languages.includes(this.previewLang)) this.previewLang = this.draft.lang;
      if (this.selected !== undefined && this.selected >= this.draft.chairs.length) this.selected = this.draft.chairs.length ? this.draft.chairs.length - 1 : undefined;
      this.schedulePreview();
    }
  }

  protected override firstUpdated() {
    if (this.previewViewport) this.resizeObserver?.observe(this.previewViewport);
    this.schedulePreview(0);
    void this.listSiteQuizzes();
  }

  /** The site's own quizzes (`quizzes/index.json`, served by `npm start` and written by the build), to open one. */
  private async listSiteQuizzes() {
    try {
      const response = await fetch(new URL('index.json', new URL(this.quizzesBase, document.baseURI)));
      if (!response.ok) return;
      const index = (await response.json()) as { quizzes?: { file?: unknown; title?: unknown }[] };
      this.siteQuizzes = (index.quizzes ?? [])
        .filter((q): q is { file: string; title: Text } => typeof q.file === 'string' && (typeof q.title === 'string' || (typeof q.title === 'object' && q.title !== null)))
        .map((q) => ({ file: q.file, title: q.title }));
    } catch {
      // No index here (a page served without one): the file picker is enough.
    }
  }

  private async onSiteQuiz(event: Event) {
    const select = event.target as HTMLSelectElement;
    const file = select.value;
    if (!file) return;
    if (!this.dirty || confirm(this.s.confirmNew)) await this.openUrl(new URL(file, new URL(this.quizzesBase, document.baseURI)).href);
    select.value = '';
  }

  protected override updated(changed: PropertyValues) {
    if (changed.has('previewWidth') || changed.has('mode')) this.fitPreview();
    if (changed.has('uiLang')) this.dispatchEvent(new CustomEvent('quiz-author-lang-change', { detail: { lang: this.uiLang }, bubbles: true, composed: true }));
  }

  private setDraft(next: Draft) {
    this.draft = next;
    this.dirty = true;
  }

  private own(url: string): string {
    this.ownedUrls.add(url);
    return url;
  }

  private release(url: string | undefined) {
    if (url && this.ownedUrls.delete(url)) URL.revokeObjectURL(url);
  }

  /** Says something to screen readers (the visible effect is on the page already). */
  private announce(text: string) {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  private notify(...notices: Notice[]) {
    this.notices = notices;
  }

  // —— The live preview ————————————————————————————————————————————————————————————————————

  private schedulePreview(delay = PREVIEW_DELAY) {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => this.refreshPreview(), delay);
  }

  /** Gives the preview element a fresh `blob:` URL of the quiz file, and lets the old one go. */
  private refreshPreview() {
    if (!this.isConnected) return;
    const picture = this.previewPictureUrl ?? placeholderPicture(this.draft.width, this.draft.height);
    const quiz = previewQuiz(this.draft, picture, this.s.placeholder);
    // What the component would refuse (fewer than two chairs…) is said here rather than fed to it; like the
    // component, the preview does not apply the authors' layout rules (those are shown in the editor).
    const check = parseQuiz(quiz, { layout: false });
    this.previewBlockers = check.ok ? [] : readProblems(check.problems, this.draft);
    if (!check.ok) return;
    const old = this.previewSrc;
    this.previewSrc = URL.createObjectURL(new Blob([JSON.stringify(quiz)], { type: 'application/json' }));
    if (old) void this.updateComplete.then(() => URL.revokeObjectURL(old));
  }

  /** The preview is laid out at phone or desktop width, and scaled down when its panel is narrower. */
  private fitPreview() {
    // The viewport's padding is 12 px each side; the phone frame is 360 px of screen in a 10 px bezel.
    const available = (this.previewViewport?.clientWidth ?? 0) - 24;
    if (available <= 0) return;
    const target = this.previewWidth === 'phone' ? 380 : 1024;
    const zoom = Math.min(1, Math.floor((available / target) * 1000) / 1000);
    // Set through the CSSOM, not as state: this runs after a render, and must not ask for another.
    this.renderRoot.querySelector<HTMLElement>('.preview-stage')?.style.setProperty('zoom', String(zoom));
  }

  // —— The picture ——————————————————————————————————————————————————————————————————————————

  private setDisplayUrl(url: string) {
    if (this.displayUrl !== url) this.release(this.displayUrl);
    this.displayUrl = url;
  }

  /**
   * A picture from the author's computer: embedded when small, saved beside the quiz when larger. When the quiz
   * already names a picture file (`"src": "hall.png"`) and this is that file, the quiz keeps naming it.
   */
  async usePictureFile(file: File) {
    const current = this.draft.picture;
    if (current.kind === 'url' && !/^[a-z][a-z0-9+.-]*:/i.test(current.url) && localFileName(current.url) === file.name) {
      return this.usePictureUrl(current.url, this.quizzesBase, file);
    }
    const token = ++this.pictureToken;
    const type = file.type || guessType(file.name);
    const blob = file.type ? file : new Blob([file], { type });
    this.pictureState = 'loading';
    const url = this.own(URL.createObjectURL(blob));
    try {
      const size = await pictureSize(url, blob);
      const dataUrl = blob.size <= EMBED_LIMIT ? await readDataUrl(blob) : undefined;
      if (token !== this.pictureToken) return this.release(url);
      this.pictureBlob = blob;
      this.setDisplayUrl(url);
      this.setDraft(setPicture(this.draft, { kind: 'file', name: file.name, type, size: blob.size, dataUrl }, size));
      this.pictureState = 'ready';
      this.pictureAddress = '';
      this.announce(this.s.pictureReady);
      this.previewPictureUrl = await previewPicture(blob, dataUrl, size).catch(() => undefined);
      this.schedulePreview();
    } catch {
      if (token !== this.pictureToken) return;
      this.release(url);
      this.pictureState = 'failed';
      this.notify({ text: this.s.pictureFailed(file.name), tone: 'warn' });
    }
  }

  /**
   * A picture by address: a file name beside the quiz (looked up in `base`) or an http(s) address. It is written
   * in the quiz file as typed. `local`: the same picture chosen from the author's computer, to show it.
   */
  async usePictureUrl(address: string, base = this.quizzesBase, local?: Blob) {
    const token = ++this.pictureToken;
    const trimmed = address.trim();
    this.setDraft(setPicture(this.draft, { kind: 'url', url: trimmed }));
    this.pictureBlob = undefined;
    this.previewPictureUrl = undefined;
    if (!trimmed || !isAllowedImageUrl(trimmed)) {
      this.setDisplayUrl('');
      this.pictureState = trimmed ? 'failed' : 'none';
      return;
    }
    this.pictureState = 'loading';
    let url: string;
    try {
      url = local ? this.own(URL.createObjectURL(local)) : new URL(trimmed, new URL(base, document.baseURI)).href;
    } catch {
      this.pictureState = 'failed';
      return;
    }
    try {
      const size = await pictureSize(url, local);
      if (token !== this.pictureToken) return this.release(url);
      this.setDisplayUrl(url);
      this.draft = { ...this.draft, width: size.width, height: size.height };
      this.pictureState = 'ready';
      this.announce(this.s.pictureReady);
      this.previewPictureUrl = local ? await previewPicture(local, undefined, size).catch(() => undefined) : url;
      this.schedulePreview();
    } catch {
      if (token !== this.pictureToken) return;
      this.release(url);
      this.setDisplayUrl('');
      this.pictureState = 'failed';
      this.notify({ text: this.s.pictureFailed(trimmed), tone: 'warn' });
    }
  }

  /** A picture embedded in an opened quiz (`data:` URL). */
  private async showEmbeddedPicture(dataUrl: string) {
    const token = ++this.pictureToken;
    this.pictureState = 'loading';
    try {
      const blob = await dataUrlToBlob(dataUrl);
      const url = this.own(URL.createObjectURL(blob));
      const size = await pictureSize(url, blob);
      if (token !== this.pictureToken) return this.release(url);
      this.pictureBlob = blob;
      this.setDisplayUrl(url);
      this.draft = { ...this.draft, width: size.width, height: size.height };
      this.pictureState = 'ready';
      this.previewPictureUrl = await previewPicture(blob, dataUrl, size).catch(() => undefined);
      this.schedulePreview();
    } catch {
      if (token === this.pictureToken) this.pictureState = 'failed';
    }
  }

  // —— Opening and saving ————————————————————————————————————————————————————————————————————

  /** Starts again from an empty quiz (asks first when there is unsaved work). */
  newQuiz(ask = true) {
    if (ask && this.dirty && !confirm(this.s.confirmNew)) return;
    this.resetTo(emptyDraft());
    this.showAll = false;
    this.notify();
  }

  private resetTo(draft: Draft) {
    ++this.pictureToken;
    this.setDisplayUrl('');
    this.pictureBlob = undefined;
    this.previewPictureUrl = undefined;
    this.pictureState = 'none';
    this.pictureAddress = '';
    this.draft = draft;
    this.selected = draft.chairs.length ? 0 : undefined;
    this.previewLang = draft.lang;
    this.touched = new Set();
    this.downloads = [];
    this.dirty = false;
  }

  /** Opens quiz data (parsed JSON) for editing. `images`: pictures the author chose with it; `base`: where the file was. */
  async openData(data: unknown, name: string, images: File[] = [], base = this.quizzesBase) {
    const { draft, dropped } = draftFromData(data);
    this.resetTo(draft);
    this.showAll = true;
    this.summaryOpen = this.problems.length > 0;
    const notices: Notice[] = [{ text: this.s.opened(name), tone: 'ok' }];
    if (dropped.length) notices.push({ text: this.s.dropped(dropped), tone: 'warn' });
    this.notify(...notices);
    this.announce(this.s.opened(name));
    const picture = draft.picture;
    if (picture.kind === 'file' && picture.dataUrl) {
      await this.showEmbeddedPicture(picture.dataUrl);
    } else if (picture.kind === 'url') {
      const local = images.find((f) => f.name === localFileName(picture.url));
      this.pictureAddress = picture.url;
      this.addressOpen = true;
      await this.usePictureUrl(picture.url, base, local);
      if (this.pictureState === 'failed') this.notify(...notices, { text: this.s.needPicture(picture.url), tone: 'warn' });
    }
    this.dirty = false;
  }

  /** Opens the quiz file at `url` (e.g. `?open=../quizzes/meeting-room.json`). */
  async openUrl(url: string) {
    const absolute = new URL(url, document.baseURI).href;
    try {
      const response = await fetch(absolute);
      if (!response.ok) throw new Error(String(response.status));
      await this.openData(await response.json(), absolute.split('/').pop() ?? url, [], absolute);
    } catch {
      this.notify({ text: this.s.openFailed(url), tone: 'warn' });
    }
  }

  /** Files chosen with "Open a quiz…": one JSON file, and its picture if the author picked it too. */
  async openFiles(files: File[]) {
    const json = files.find((f) => /\.json$/i.test(f.name) || f.type === 'application/json');
    const images = files.filter((f) => f !== json && (f.type.startsWith('image/') || PICTURE_FILE.test(f.name)));
    if (!json) {
      if (images[0]) await this.usePictureFile(images[0]);
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(await json.text());
    } catch {
      this.notify({ text: this.s.openFailed(json.name), tone: 'warn' });
      return;
    }
    await this.openData(data, json.name, images);
  }

  /** The files a download saves: the quiz, and the picture when it does not fit inside. */
  files(): SavedFile[] {
    const base = fileBase(this.draft.id);
    const files: SavedFile[] = [{ name: `${base}.json`, blob: new Blob([this.quizJson], { type: 'application/json' }) }];
    const picture = this.draft.picture;
    if (picture.kind === 'file' && !embedsPicture(picture) && this.pictureBlob) {
      files.push({ name: pictureFileName(this.draft.id, picture), blob: this.pictureBlob });
    }
    return files;
  }

  /** Saves the quiz file (and its picture) through the browser's downloads. */
  download() {
    const files = this.files();
    this.showAll = true;
    const event = new CustomEvent('quiz-author-download', { detail: { files }, bubbles: true, composed: true, cancelable: true });
    if (this.dispatchEvent(event)) {
      for (const link of this.downloads) this.release(link.url);
      this.downloads = files.map((file) => ({ name: file.name, url: this.own(saveFile(file, this.renderRoot)) }));
    }
    const notices: Notice[] = [{ text: this.s.downloaded(files.map((f) => f.name)), tone: 'ok' }];
    if (this.problems.length) {
      notices.push({ text: this.s.downloadedWithProblems, tone: 'warn' });
      this.summaryOpen = true;
    }
    this.notify(...notices);
    this.dirty = false;
  }

  /** Copies the quiz file's text. */
  async copyJson() {
    const name = `${fileBase(this.draft.id)}.json`;
    this.showAll = true;
    try {
      await navigator.clipboard.writeText(this.quizJson);
      const notices: Notice[] = [{ text: this.s.copied(name), tone: 'ok' }];
      const picture = this.draft.picture;
      if (picture.kind === 'file' && !embedsPicture(picture)) notices.push({ text: this.s.copyPictureNote(pictureFileName(this.draft.id, picture)), tone: 'warn' });
      this.notify(...notices);
      this.dirty = false;
    } catch {
      this.notify({ text: this.s.copyFailed, tone: 'warn' });
      // Without the clipboard (a page not served over https, say), the text is shown selected, ready to copy by hand.
      this.jsonOpen = true;
      await this.updateComplete;
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#json-text');
      area?.focus();
      area?.select();
    }
  }

  // —— Chairs ——————————————————————————————————————————————————————————————————————————————————

  private marker(index: number) {
    return this.renderRoot.querySelector<HTMLElement>(`#m-${index}`);
  }

  /** Adds a chair at `point` (percent); it becomes the selected one. */
  async addChair(point: Point, focus = false) {
    const chairs = addItem(this.draft.chairs, emptyChair(point));
    this.setDraft({ ...this.draft, chairs });
    this.selected = chairs.length - 1;
    this.announce(this.s.added(chairs.length));
    if (focus) {
      await this.updateComplete;
      this.marker(chairs.length - 1)?.focus();
    }
  }

  async removeChair(index: number, focus = false) {
    const chairs = removeItem(this.draft.chairs, index);
    this.setDraft({ ...this.draft, chairs });
    this.selected = selectionAfterRemove(chairs.length, index);
    this.announce(this.s.removed(index + 1, index < chairs.length));
    if (focus) {
      await this.updateComplete;
      (this.selected !== undefined ? this.marker(this.selected) : this.renderRoot.querySelector<HTMLElement>('#f-chairs'))?.focus();
    }
  }

  private moveChair(index: number, point: Point) {
    this.setDraft({ ...this.draft, chairs: updateItem(this.draft.chairs, index, (c) => ({ ...c, x: round(point.x), y: round(point.y) })) });
  }

  private announceMove(index: number, delay = 0) {
    clearTimeout(this.moveTimer);
    this.moveTimer = setTimeout(() => {
      const chair = this.draft.chairs[index];
      if (chair) this.announce(this.s.moved(index + 1, chair.x, chair.y));
    }, delay);
  }

  private renumber(from: number, to: number) {
    if (from === to) return;
    this.setDraft({ ...this.draft, chairs: moveItem(this.draft.chairs, from, to) });
    this.selected = to;
    this.announce(this.s.renumbered(from + 1, to + 1));
  }

  private selectChair(index: number) {
    this.selected = index;
  }

  // —— Pointer and keyboard on the picture ——————————————————————————————————————————————————————

  private onFrameClick(event: MouseEvent) {
    if (this.suppressClick) {
      this.suppressClick = false;
      return;
    }
    if (event.composedPath().some((n) => n instanceof HTMLElement && n.classList.contains('marker'))) return;
    if (this.pictureState !== 'ready' || !this.frame) return;
    void this.addChair(pointToPercent(this.frame.getBoundingClientRect(), event.clientX, event.clientY));
  }

  /** A picture (or a quiz file) dropped on the picture area is opened like one chosen with the buttons. */
  private onDragOver(event: DragEvent) {
    if (![...(event.dataTransfer?.types ?? [])].includes('Files')) return;
    event.preventDefault();
    this.dropping = true;
  }

  private onDrop(event: DragEvent) {
    const files = [...(event.dataTransfer?.files ?? [])];
    this.dropping = false;
    if (!files.length) return;
    event.preventDefault();
    void this.openFiles(files);
  }

  private onMarkerPointerDown(event: PointerEvent, index: number) {
    if (event.button !== 0) return;
    event.preventDefault();
    this.suppressClick = false;
    const marker = event.currentTarget as HTMLElement;
    marker.focus({ preventScroll: true });
    this.selectChair(index);
    this.drag = { index, pointerId: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
    try {
      marker.setPointerCapture(event.pointerId);
    } catch {
      // Some synthetic pointers cannot be captured; moves still arrive while over the marker.
    }
  }

  private onMarkerPointerMove(event: PointerEvent) {
    const drag = this.drag;
    if (!drag || drag.pointerId !== event.pointerId || !this.frame) return;
    if (!drag.moved && Math.hypot(event.clientX - drag.x, event.clientY - drag.y) < 3) return;
    drag.moved = true;
    this.moveChair(drag.index, pointToPercent(this.frame.getBoundingClientRect(), event.clientX, event.clientY));
  }

  private onMarkerPointerUp(event: PointerEvent) {
    const drag = this.drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    this.drag = undefined;
    if (drag.moved) {
      if (this.frame) this.moveChair(drag.index, pointToPercent(this.frame.getBoundingClientRect(), event.clientX, event.clientY));
      this.suppressClick = true;
      this.announceMove(drag.index);
    }
  }

  private onMarkerKeydown(event: KeyboardEvent, index: number) {
    const chair = this.draft.chairs[index];
    if (!chair) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      void this.removeChair(index, true);
      return;
    }
    const next = nudge(chair, event.key, event.shiftKey);
    if (!next) return;
    event.preventDefault();
    this.moveChair(index, next);
    this.announceMove(index, 500);
  }

  // —— Form fields ——————————————————————————————————————————————————————————————————————————————

  private touch(key: FieldKey) {
    if (!this.touched.has(key)) this.touched = new Set([...this.touched, key]);
  }

  /** The problems shown next to a field now. */
  private visibleProblems(key: FieldKey): Problem[] {
    const list = this.problemsByField.get(key) ?? [];
    return list.filter((p) => this.showAll || this.touched.has(key) || showsUntouched(p));
  }

  /** Moves focus to the field a problem concerns (selecting its chair, showing the picture first when needed). */
  async goToField(key: FieldKey) {
    const chair = chairOfField(key);
    if (chair !== undefined) this.selected = chair;
    if (key.endsWith(':position') || key === 'chairs' || key === 'picture') this.mode = 'edit';
    this.touch(key);
    await this.updateComplete;
    const target =
      key.endsWith(':position') && chair !== undefined
        ? this.marker(chair)
        : this.renderRoot.querySelector<HTMLElement>(`#${fieldId(key)}`);
    target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    target?.focus({ preventScroll: true });
  }

  // —— Rendering ————————————————————————————————————————————————————————————————————————————————

  override render() {
    const s = this.s;
    return html`<div class="app" lang=${this.uiLang} dir=${pageDir(this.uiLang)}>
      ${this.renderHeader(s)} ${this.renderFileBar(s)}
      <div class="workspace">
        <div class="stage-column">${this.renderPictureCard(s)}</div>
        <div class="form-column">${this.renderSummary(s)} ${this.renderQuizCard(s)} ${this.renderChairsCard(s)}</div>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" id="announcer">${this.announcement}</div>
    </div>`;
  }

  private renderHeader(s: Strings) {
    return html`<header class="page-head">
      <div class="page-intro">
        <h1>${s.appTitle}</h1>
        <p>${s.appIntro}</p>
        <p class="privacy"><span aria-hidden="true">🔒</span> ${s.privacy}</p>
      </div>
      <fieldset class="segmented pills page-lang">
        <legend>${s.pageLanguage}</legend>
        ${PAGE_LANGS.map(
          (lang) => html`<label lang=${lang} dir=${pageDir(lang)}>
            <input type="radio" name="page-lang" value=${lang} .checked=${live(this.uiLang === lang)} @change=${() => (this.uiLang = lang)} />
            <span>${s.langName(lang)}</span>
          </label>`,
        )}
      </fieldset>
    </header>`;
  }

  private renderFileBar(s: Strings) {
    const count = this.problems.length;
    return html`<section class="filebar card" aria-label=${s.fileBar}>
      <div class="actions">
        <button type="button" id="new-quiz" class="secondary" @click=${() => this.newQuiz()}>${s.newQuiz}</button>
        <button type="button" id="open-quiz" class="secondary" aria-describedby="open-help" @click=${() => this.openInput?.click()}>${s.openQuiz}</button>
        <input
          type="file"
          id="open-file"
          hidden
          multiple
          accept=".json,application/json,image/*"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            void this.openFiles([...(input.files ?? [])]);
            input.value = '';
          }}
        />
        <span class="help" id="open-help">${s.openHelp}</span>
        ${this.siteQuizzes.length
          ? html`<label class="site-quizzes"
              >${s.openFromSite}
              <select id="site-quiz" @change=${this.onSiteQuiz}>
                <option value="" selected>—</option>
                ${this.siteQuizzes.map((q) => html`<option value=${q.file}>${pickText(q.title, this.uiLang, 'ar').text}</option>`)}
              </select>
            </label>`
          : nothing}
        <span class="spacer"></span>
        <button type="button" id="copy-json" class="secondary" @click=${() => this.copyJson()}>${s.copyJson}</button>
        <button type="button" id="download" class="primary" @click=${() => this.download()}>
          <span aria-hidden="true">⬇</span> ${s.download}
        </button>
      </div>
      <p class="status ${count ? 'status-todo' : 'status-ready'}">
        ${count
          ? html`<button type="button" class="link" @click=${() => this.openSummary()}>${s.problemsLeft(count)}</button>`
          : html`<span id="ready">${s.ready}</span>`}
      </p>
      <details class="json-view" .open=${live(this.jsonOpen)} @toggle=${(e: Event) => (this.jsonOpen = (e.target as HTMLDetailsElement).open)}>
        <summary>${s.showJson}</summary>
        ${this.jsonOpen
          ? html`<label class="visually-hidden" for="json-text">${s.showJson}</label>
              <textarea id="json-text" readonly dir="ltr" lang="en" spellcheck="false" .value=${this.quizJson}></textarea>`
          : nothing}
      </details>
      <div class="notices" role="status">
        ${this.notices.map((n) => html`<p class="notice notice-${n.tone}">${n.text}</p>`)}
        ${this.downloads.length
          ? html`<p class="notice download-links">
              ${s.downloadLinks} ${this.downloads.map((d) => html`<a href=${d.url} download=${d.name}>${d.name}</a> `)}
            </p>`
          : nothing}
      </div>
    </section>`;
  }

  private async openSummary() {
    this.summaryOpen = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#summary summary')?.focus();
  }

  private renderSummary(s: Strings) {
    if (!this.problems.length) return nothing;
    const multilingual = this.languages.length > 1;
    return html`<details
      class="card summary"
      id="summary"
      .open=${live(this.summaryOpen)}
      @toggle=${(e: Event) => (this.summaryOpen = (e.target as HTMLDetailsElement).open)}
    >
      <summary><h2>${s.summaryHeading}: ${s.n(this.problems.length)}</h2></summary>
      <p class="help">${s.summaryHelp}</p>
      <ul>
        ${this.problems.map(
          (p) => html`<li>
            <button type="button" class="link" data-field=${p.field} @click=${() => this.goToField(p.field)}>
              <strong>${fieldLabel(p.field, s, multilingual)}</strong>: ${problemMessage(p, s)}
            </button>
          </li>`,
        )}
      </ul>
    </details>`;
  }

  private renderProblems(key: FieldKey, id = `${fieldId(key)}-problem`): TemplateResult | typeof nothing {
    const problems = this.visibleProblems(key);
    if (!problems.length) return nothing;
    return html`<div class="problem" id=${id}>
      ${problems.map((p) => html`<p><span aria-hidden="true">⚠</span> ${problemMessage(p, this.s)}</p>`)}
    </div>`;
  }

  // The picture card: choose the picture, place the chairs — or see the preview.

  private renderPictureCard(s: Strings) {
    return html`<section class="card picture-card" aria-labelledby="picture-heading">
      <div class="card-head">
        <h2 id="picture-heading">${s.pictureHeading}</h2>
        <div class="segmented modes" role="group" aria-label=${s.pictureHeading}>
          <button type="button" id="mode-edit" aria-pressed=${this.mode === 'edit' ? 'true' : 'false'} @click=${() => (this.mode = 'edit')}>${s.modeEdit}</button>
          <button type="button" id="mode-preview" aria-pressed=${this.mode === 'preview' ? 'true' : 'false'} @click=${() => (this.mode = 'preview')}>
            ${s.modePreview}
          </button>
        </div>
      </div>
      <div class="editor-panel" ?hidden=${this.mode !== 'edit'}>${this.renderPictureSource(s)} ${this.renderEditor(s)}</div>
      <div class="preview-panel" ?hidden=${this.mode !== 'preview'}>${this.renderPreview(s)}</div>
    </section>`;
  }

  private renderPictureSource(s: Strings) {
    const picture = this.draft.picture;
    const { width = 0, height = 0 } = this.draft;
    let info: string | undefined;
    if (this.pictureState === 'loading') info = s.pictureLoading;
    else if (this.pictureState === 'ready' && picture.kind === 'file')
      info = embedsPicture(picture)
        ? s.pictureEmbedded(picture.name, width, height, picture.size)
        : s.pictureBeside(picture.name, width, height, picture.size, pictureFileName(this.draft.id, picture));
    else if (this.pictureState === 'ready' && picture.kind === 'url') info = s.pictureFromAddress(picture.url, width, height);
    const invalid = this.visibleProblems('picture').length > 0;
    return html`<div class="picture-source">
      <div class="row">
        <button type="button" class="secondary" id=${fieldId('picture')} aria-describedby="picture-info ${fieldId('picture')}-problem" @click=${() => this.pictureInput?.click()}>
          ${s.choosePicture}
        </button>
        <input
          type="file"
          id="f-picture-file"
          hidden
          accept="image/*"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void this.usePictureFile(file);
            input.value = '';
          }}
        />
        ${picture.kind === 'none' && this.pictureState === 'none'
          ? html`<button type="button" class="link" id="sample-picture" @click=${() => this.usePictureUrl('meeting-room.svg')}>${s.samplePicture}</button>`
          : nothing}
      </div>
      <details class="address-box" .open=${live(this.addressOpen)} @toggle=${(e: Event) => (this.addressOpen = (e.target as HTMLDetailsElement).open)}>
        <summary>${s.useAddressSummary}</summary>
        <form
          class="row address"
          @submit=${(e: Event) => {
            e.preventDefault();
            void this.usePictureUrl(this.pictureAddress);
          }}
        >
          <label for="f-picture-url">${s.pictureAddress}</label>
          <input
            id="f-picture-url"
            type="text"
            dir="ltr"
            inputmode="url"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="picture-url-help"
            aria-invalid=${invalid && picture.kind === 'url' ? 'true' : 'false'}
            .value=${live(this.pictureAddress)}
            @input=${(e: Event) => (this.pictureAddress = (e.target as HTMLInputElement).value)}
          />
          <button type="submit" class="secondary">${s.useAddress}</button>
        </form>
        <p class="help" id="picture-url-help">${s.pictureAddressHelp}</p>
      </details>
      <p class="help picture-info" id="picture-info">${info ?? ''}</p>
      ${this.renderProblems('picture')}
    </div>`;
  }

  private renderEditor(s: Strings) {
    const { width = 4, height = 3 } = this.draft;
    const ready = this.pictureState === 'ready' && this.displayUrl;
    return html`<div class="editor">
      <div
        class="frame ${ready ? 'has-picture' : ''} ${this.dropping ? 'dropping' : ''}"
        .style=${`--ratio:${width}/${height}`}
        @click=${this.onFrameClick}
        @dragover=${this.onDragOver}
        @dragleave=${() => (this.dropping = false)}
        @drop=${this.onDrop}
      >
        ${ready
          ? html`<img class="picture" src=${this.displayUrl} alt="" draggable="false" />`
          : html`<p class="empty" dir=${pageDir(this.uiLang)}>${this.pictureState === 'loading' ? s.pictureLoading : s.noPictureYet}</p>`}
        <div class="markers" role="group" aria-label=${s.markersLabel}>${this.draft.chairs.map((c, i) => this.renderMarker(s, c, i))}</div>
      </div>
      <p class="help" id="marker-help">${s.editorHelp}</p>
      <div class="row">
        <button type="button" class="secondary" id=${fieldId('chairs')} aria-describedby="${fieldId('chairs')}-problem" @click=${() => this.addChair({ x: 50, y: 50 }, true)}>
          <span aria-hidden="true">＋</span> ${s.addCentre}
        </button>
        <span class="help">${s.chairsCount(this.draft.chairs.length)}</span>
      </div>
      ${this.renderProblems('chairs')}
    </div>`;
  }

  private renderMarker(s: Strings, chair: Point, index: number) {
    const key = `chair:${index}:position`;
    const problems = this.problemsByField.get(key) ?? [];
    const selected = this.selected === index;
    return html`<button
      type="button"
      class="marker ${selected ? 'selected' : ''} ${problems.length ? 'invalid' : ''}"
      id="m-${index}"
      data-number=${index + 1}
      aria-current=${selected ? 'true' : 'false'}
      aria-describedby="m-${index}-desc marker-help"
      .style=${`--x:${chair.x};--y:${chair.y}`}
      @pointerdown=${(e: PointerEvent) => this.onMarkerPointerDown(e, index)}
      @pointermove=${this.onMarkerPointerMove}
      @pointerup=${this.onMarkerPointerUp}
      @pointercancel=${this.onMarkerPointerUp}
      @keydown=${(e: KeyboardEvent) => this.onMarkerKeydown(e, index)}
      @focus=${() => this.selectChair(index)}
    >
      <span class="visually-hidden">${s.chairN(index + 1)}</span><span aria-hidden="true">${s.n(index + 1)}</span>
      <span class="visually-hidden" id="m-${index}-desc">${s.position(chair.x, chair.y)}. ${problems.map((p) => problemMessage(p, s)).join(' ')}</span>
    </button>`;
  }

  private renderPreview(s: Strings) {
    const languages = this.languages;
    return html`<div class="preview-controls">
        <label
          >${s.previewLanguage}
          <select id="preview-lang" @change=${(e: Event) => (this.previewLang = (e.target as HTMLSelectElement).value)}>
            ${languages.map((l) => html`<option value=${l} ?selected=${l === this.previewLang}>${s.langName(l)}</option>`)}
          </select>
        </label>
        <fieldset class="segmented pills">
          <legend>${s.previewWidth}</legend>
          ${(['phone', 'desktop'] as const).map(
            (w) => html`<label>
              <input type="radio" name="preview-width" value=${w} .checked=${live(this.previewWidth === w)} @change=${() => (this.previewWidth = w)} />
              <span>${w === 'phone' ? s.phone : s.desktop}</span>
            </label>`,
          )}
        </fieldset>
      </div>
      <p class="help">${s.previewNote(s.placeholder)}</p>
      ${this.previewBlockers.length
        ? html`<div class="problem preview-blocked">
            <p>${s.previewBlocked}</p>
            <ul>
              ${[...new Set(this.previewBlockers.map((p) => problemMessage(p, s)))].map((m) => html`<li>${m}</li>`)}
            </ul>
          </div>`
        : nothing}
      <div class="preview-viewport" ?hidden=${this.previewBlockers.length > 0 || !this.previewSrc}>
        <div class="preview-stage ${this.previewWidth}">
          <coop-chair-quiz
            src=${this.previewSrc || nothing}
            lang=${this.previewLang}
            @coop-chair-quiz-ready=${() => (this.previewBlockers = [])}
            @coop-chair-quiz-error=${(e: CustomEvent) => {
              e.stopPropagation();
              this.previewBlockers = readProblems(e.detail.problems, this.draft);
            }}
          ></coop-chair-quiz>
        </div>
      </div>`;
  }

  // The form: the quiz's own texts, then the selected chair's.

  private renderQuizCard(s: Strings) {
    const id = this.draft.id;
    const languages = this.languages;
    const others = [...new Set(['fr', 'en', ...this.draft.languages])].filter((l) => l !== this.draft.lang);
    return html`<section class="card" aria-labelledby="quiz-heading">
      <h2 id="quiz-heading">${s.quizHeading}</h2>
      ${this.renderTextGroup(s, 'quiz:title', s.quizTexts.title, s.quizTextHelp.title, this.draft.texts.title, (l, v) => setQuizText(this.draft, 'title', l, v), false, false)}
      ${this.renderTextGroup(s, 'quiz:question', s.quizTexts.question, s.quizTextHelp.question, this.draft.texts.question, (l, v) => setQuizText(this.draft, 'question', l, v), false, true)}
      ${this.renderTextGroup(s, 'alt', s.alt, s.altHelp, this.draft.alt, (l, v) => setAlt(this.draft, l, v), false, true)}
      ${this.renderTextGroup(s, 'quiz:intro', s.quizTexts.intro, s.quizTextHelp.intro, this.draft.texts.intro, (l, v) => setQuizText(this.draft, 'intro', l, v), true, true)}
      ${this.renderTextGroup(s, 'quiz:disclaimer', s.quizTexts.disclaimer, s.quizTextHelp.disclaimer, this.draft.texts.disclaimer, (l, v) => setQuizText(this.draft, 'disclaimer', l, v), true, false)}
      <div class="split">
        <fieldset class="field languages" id=${fieldId('languages')} aria-describedby="languages-help ${fieldId('languages')}-problem">
          <legend>${s.languagesLegend}</legend>
          <p class="help" id="languages-help">${s.languagesHelp(s.langName(this.draft.lang))}</p>
          <div class="checks">
            <label class="check"><input type="checkbox" checked disabled /> <span lang=${this.draft.lang}>${s.langName(this.draft.lang)}</span></label>
            ${others.map(
              (lang) => html`<label class="check">
                <input
                  type="checkbox"
                  id="lang-${lang}"
                  .checked=${live(languages.includes(lang))}
                  @change=${(e: Event) => this.setDraft(setLanguage(this.draft, lang, (e.target as HTMLInputElement).checked))}
                />
                <span lang=${lang}>${s.langName(lang)}</span>
              </label>`,
            )}
          </div>
          ${this.renderProblems('languages')}
        </fieldset>
        <div class="field">
          <label for=${fieldId('id')}>${s.id}</label>
          <p class="help" id="id-help">${s.idHelp} <bdi class="file-name" dir="ltr">${fileBase(id)}.json</bdi></p>
          <input
            id=${fieldId('id')}
            type="text"
            dir="ltr"
            lang="en"
            autocomplete="off"
            spellcheck="false"
            .value=${live(id)}
            aria-invalid=${this.visibleProblems('id').length ? 'true' : 'false'}
            aria-describedby="id-help ${fieldId('id')}-problem"
            @input=${(e: Event) => {
              this.touch('id');
              this.setDraft({ ...this.draft, id: (e.target as HTMLInputElement).value });
            }}
            @blur=${() => this.touch('id')}
          />
          ${this.renderProblems('id')}
        </div>
      </div>
    </section>`;
  }

  /**
   * One text in every language of the quiz: a single field when the quiz has one language, else a group with
   * one field per language, each with its own problems.
   */
  private renderTextGroup(
    s: Strings,
    prefix: string,
    label: string,
    help: string,
    texts: Texts,
    change: (lang: string, value: string) => Draft,
    optional: boolean,
    multiline: boolean,
  ) {
    const languages = this.languages;
    const helpId = `${fieldId(prefix)}-help`;
    const labelText = html`${label}${optional ? html` <span class="optional">(${s.optional})</span>` : nothing}`;
    const field = (lang: string, fieldLabel: TemplateResult | string) => {
      const key = `${prefix}:${lang}`;
      const id = fieldId(key);
      const invalid = this.visibleProblems(key).length > 0;
      const attrs = {
        id,
        lang,
        dir: directionOf(lang),
        describedby: `${helpId} ${id}-problem`,
        invalid: invalid ? 'true' : 'false',
      };
      const onInput = (e: Event) => {
        this.touch(key);
        this.setDraft(change(lang, (e.target as HTMLInputElement | HTMLTextAreaElement).value));
      };
      return html`<div class="lang-field">
        <label for=${id}>${fieldLabel}</label>
        ${multiline
          ? html`<textarea
              id=${attrs.id}
              lang=${attrs.lang}
              dir=${attrs.dir}
              rows="2"
              aria-describedby=${attrs.describedby}
              aria-invalid=${attrs.invalid}
              .value=${live(texts[lang] ?? '')}
              @input=${onInput}
              @blur=${() => this.touch(key)}
            ></textarea>`
          : html`<input
              type="text"
              id=${attrs.id}
              lang=${attrs.lang}
              dir=${attrs.dir}
              aria-describedby=${attrs.describedby}
              aria-invalid=${attrs.invalid}
              .value=${live(texts[lang] ?? '')}
              @input=${onInput}
              @blur=${() => this.touch(key)}
            />`}
        ${this.renderProblems(key)}
      </div>`;
    };
    if (languages.length === 1) {
      return html`<div class="field">${field(languages[0], labelText)}<p class="help" id=${helpId}>${help}</p></div>`;
    }
    return html`<fieldset class="field text-group">
      <legend>${labelText}</legend>
      <p class="help" id=${helpId}>${help}</p>
      ${languages.map((lang) => field(lang, s.langName(lang)))}
    </fieldset>`;
  }

  private renderChairsCard(s: Strings) {
    const chairs = this.draft.chairs;
    const index = this.selected;
    return html`<section class="card" aria-labelledby="chairs-heading">
      <h2 id="chairs-heading">${s.chairsHeading}</h2>
      ${chairs.length
        ? html`<div class="chair-picker" role="group" aria-label=${s.chairPicker}>
            ${chairs.map((_, i) => {
              const bad = this.problems.some((p) => chairOfField(p.field) === i);
              return html`<button
                type="button"
                class="chip ${bad ? 'has-problems' : ''}"
                id="pick-${i}"
                aria-current=${i === index ? 'true' : 'false'}
                @click=${() => this.selectChair(i)}
              >
                <span class="visually-hidden">${s.chairN(i + 1)}</span><span aria-hidden="true">${s.n(i + 1)}</span>${bad
                  ? html`<span class="dot" aria-hidden="true"></span><span class="visually-hidden">(${s.hasProblems})</span>`
                  : nothing}
              </button>`;
            })}
          </div>`
        : html`<p class="help">${s.chairsEmpty}</p>`}
      ${index !== undefined && chairs[index] ? this.renderChairForm(s, index) : nothing}
    </section>`;
  }

  private renderChairForm(s: Strings, index: number) {
    const chair = this.draft.chairs[index];
    const positionKey = `chair:${index}:position`;
    const positionInvalid = (this.problemsByField.get(positionKey) ?? []).length > 0;
    const coordinate = (axis: 'x' | 'y') => html`<label class="coordinate">
      <span>${axis === 'x' ? s.x : s.y}</span>
      <input
        type="number"
        id="${fieldId(`chair:${index}`)}-${axis}"
        dir="ltr"
        min="0"
        max="100"
        step="0.1"
        .value=${live(String(chair[axis]))}
        aria-invalid=${positionInvalid ? 'true' : 'false'}
        aria-describedby="${fieldId(positionKey)}-problem"
        @change=${(e: Event) => {
          const value = Number((e.target as HTMLInputElement).value);
          if (!Number.isFinite(value)) return;
          this.moveChair(index, { ...chair, [axis]: Math.min(100, Math.max(0, value)) });
          this.announceMove(index);
        }}
      />
    </label>`;
    return html`<div class="chair-form" role="group" aria-labelledby="chair-form-heading">
      <div class="card-head">
        <h3 id="chair-form-heading">${s.chairN(index + 1)}</h3>
        <button type="button" class="danger" id="delete-chair" @click=${() => this.removeChair(index)}>
          <span aria-hidden="true">✕</span> ${s.deleteChair(index + 1)}
        </button>
      </div>
      <div class="split">
        <div class="field">
          <label for=${fieldId(`chair:${index}:number`)}>${s.number}</label>
          <select
            id=${fieldId(`chair:${index}:number`)}
            aria-describedby="number-help"
            @change=${(e: Event) => this.renumber(index, Number((e.target as HTMLSelectElement).value) - 1)}
          >
            ${this.draft.chairs.map((_, i) => html`<option value=${i + 1} ?selected=${i === index}>${s.n(i + 1)}</option>`)}
          </select>
          <p class="help" id="number-help">${s.numberHelp}</p>
        </div>
        <fieldset class="field position" id=${fieldId(positionKey)}>
          <legend>${s.fields.position}</legend>
          <div class="row">${coordinate('x')} ${coordinate('y')}</div>
        </fieldset>
      </div>
      ${this.renderProblems(positionKey)}
      ${this.renderProblems(`chair:${index}:other`)}
      ${CHAIR_TEXTS.map((name: ChairTextName) =>
        this.renderTextGroup(
          s,
          `chair:${index}:${name}`,
          s.chairTexts[name],
          s.chairTextHelp[name],
          chair.texts[name],
          (l, v) => setChairText(this.draft, index, name, l, v),
          OPTIONAL_TEXTS.has(name),
          MULTILINE.has(name),
        ),
      )}
    </div>`;
  }
}

/**
 * The project's quizzes/ folder, beside demo/. (Through a variable: Vite rewrites the literal
 * `new URL('…', import.meta.url)` pattern as an asset URL, which drops the folder's trailing slash.)
 */
function defaultQuizzesBase(): string {
  const here = import.meta.url;
  return new URL('../../quizzes/', here).href;
}

/** The file name at the end of a relative picture address: `pictures/salle%201.png` → `salle 1.png`. */
function localFileName(address: string): string {
  const last = address.split(/[?#]/)[0].split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** A picture's type from its file name, for files the system gave no type. */
function guessType(name: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const types: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', svg: 'image/svg+xml', avif: 'image/avif' };
  return types[ext] ?? 'image/png';
}
