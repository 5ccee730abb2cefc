/**
 * `<quiz-author>`: the quiz playground. Pick a picture, click on it to place numbered chairs, drag or nudge them,
 * write every text in a form beside it, see the real `<coop-chair-quiz>` update live, see the schema's problems next
 * to the fields they concern, and download the quiz file. Everything stays in the browser, and a draft is kept
 * there as the author types.
 *
 * This element is the coordinator: it holds the draft and hands it to its parts — the picture editor
 * (`picture-editor.ts`), the preview (`preview-panel.ts`), the form (`form-templates.ts`), the page's bars
 * (`page-templates.ts`) — and answers their events. Files go through `file-io.ts`, the picture through a
 * `PictureController`, the draft kept in the browser through a `DraftKeeper`, a chair's form on a phone through a
 * `ChairSheet`. Validation is `parseQuiz` from src/quiz/schema.ts on the quiz file exactly as it would be downloaded.
 */
import { LitElement, html, type PropertyValues } from 'lit';
import { directionOf } from '../../src/text.js';
import { addItem, moveItem, removeItem, round, selectionAfterRemove, type Point } from './chairs.js';
import { declaredLanguages, EMBED_LIMIT, emptyChair, emptyDraft, quizJson, type Draft } from './draft.js';
import { ChairSheet } from './chair-sheet.js';
import { DraftKeeper } from './draft-keeper.js';
import { fetchSiteQuizzes, type SiteQuiz } from './file-io.js';
import { fieldId, renderChairForm, renderQuizCard, renderTraitsCard, type FormContext } from './form-templates.js';
import {
  renderChairsCard,
  renderFileBar,
  renderHeader,
  renderPictureCard,
  renderSummary,
  type Notice,
  type PageContext,
} from './page-templates.js';
import { PictureController } from './picture-controller.js';
import { QuizFiles, type DownloadDetail } from './quiz-files.js';
import { quizProblems } from './preview.js';
import { byField, chairOfField, readProblems, showsUntouched, type FieldKey, type Problem } from './problems.js';
import { strings, type PageLang } from './strings.js';
import { styles } from './quiz-author.styles.js';

export { fieldId };

export type { DownloadDetail };

export interface LangChangeDetail {
  lang: PageLang;
}

declare global {
  interface HTMLElementEventMap {
    'quiz-author-lang-change': CustomEvent<LangChangeDetail>;
  }
}

/**
 * The quiz editor.
 *
 * @summary A playground page for writing `<coop-chair-quiz>` quizzes: place chairs by clicking, write texts, preview, download.
 *
 * @attr ui-lang - The page's language: `ar` (default), `fr` or `en`.
 * @attr quizzes-base - Where relative picture names are looked up (default: the project's `quizzes/` folder).
 * @attr draft-key - Where the draft is kept in this browser (localStorage key and IndexedDB name).
 *
 * @fires quiz-author-download {CustomEvent<DownloadDetail>} Before files are saved; cancel it to handle the files yourself.
 * @fires quiz-author-lang-change {CustomEvent<LangChangeDetail>} The author picked another page language.
 */
export class QuizAuthor extends LitElement implements PageContext {
  static override styles = styles;

  static override properties = {
    uiLang: { attribute: 'ui-lang', reflect: true },
    quizzesBase: { attribute: 'quizzes-base' },
    draftKey: { attribute: 'draft-key' },
    draft: { state: true },
    selected: { state: true },
    mode: { state: true },
    notices: { state: true },
    announcement: { state: true },
    touched: { state: true },
    showAll: { state: true },
    summaryOpen: { state: true },
    pictureAddress: { state: true },
    addressOpen: { state: true },
    jsonOpen: { state: true },
    siteQuizzes: { state: true },
    siteChoice: { state: true },
  };

  /** The page's language. */
  uiLang: PageLang = 'ar';
  /** Where relative picture names (`room.jpg`) are looked up: the site's quizzes folder (relative to the page, or absolute). */
  quizzesBase = defaultQuizzesBase();
  /** Where the draft is kept in this browser (read when the element joins the page). */
  draftKey = 'coop-chair-quiz-author';

  draft: Draft = emptyDraft();
  selected?: number;
  mode: 'edit' | 'preview' = 'edit';
  notices: Notice[] = [];
  announcement = '';
  touched = new Set<FieldKey>();
  showAll = false;
  summaryOpen = false;
  pictureAddress = '';
  addressOpen = false;
  jsonOpen = false;
  siteQuizzes: SiteQuiz[] = [];
  /** The site quiz chosen in the list, opened only by the "open" button (arrow keys browse the list). */
  siteChoice = '';
  problems: Problem[] = [];
  /** Whether there are changes not downloaded or copied yet. */
  dirty = false;

  readonly picture = new PictureController(this);
  readonly keeper = new DraftKeeper(this);
  readonly sheet = new ChairSheet(this);
  readonly files = new QuizFiles(this);
  private problemsByField = new Map<FieldKey, Problem[]>();
  private moveTimer?: ReturnType<typeof setTimeout>;

  get s() {
    return strings(this.uiLang);
  }

  get languages(): string[] {
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

  /** Work that would be lost with the page: not downloaded, and not (wholly) kept in the browser. */
  get workAtRisk(): boolean {
    const { kept, offer } = this.keeper;
    return this.dirty && (Boolean(offer) || !kept.texts || (Boolean(this.picture.blob) && !kept.picture));
  }

  /** The form's view of the draft (see form-templates.ts). */
  get form(): FormContext {
    return {
      s: this.s,
      draft: this.draft,
      visibleProblems: (key) =>
        (this.problemsByField.get(key) ?? []).filter((p) => this.showAll || this.touched.has(key) || showsUntouched(p)),
      allProblems: (key) => this.problemsByField.get(key) ?? [],
      touch: (key) => this.touch(key),
      change: (draft) => this.setDraft(draft),
      moveChair: (index, point) => this.moveChair(index, point, 0),
      renumber: (from, to) => this.renumber(from, to),
      removeChair: (index) => void this.removeChair(index, 'form'),
    };
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.moveTimer);
  }

  /** Waits for the parts too: they render in the next microtask after this element. */
  protected override async getUpdateComplete() {
    const done = await super.getUpdateComplete();
    await Promise.all(
      ['author-picture-editor', 'author-preview'].map(
        (tag) => (this.renderRoot.querySelector(tag) as LitElement | null)?.updateComplete,
      ),
    );
    return done;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('draft')) {
      this.problems = readProblems(quizProblems(this.draft), this.draft);
      this.problemsByField = byField(this.problems);
      if (this.selected !== undefined && this.selected >= this.draft.chairs.length)
        this.selected = this.draft.chairs.length ? this.draft.chairs.length - 1 : undefined;
      if (this.hasUpdated) this.keeper.changed();
    }
  }

  protected override firstUpdated() {
    void fetchSiteQuizzes(new URL(this.quizzesBase, document.baseURI).href).then((list) => (this.siteQuizzes = list));
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('uiLang'))
      this.dispatchEvent(
        new CustomEvent('quiz-author-lang-change', { detail: { lang: this.uiLang }, bubbles: true, composed: true }),
      );
  }

  // —— Small helpers ————————————————————————————————————————————————————————————————————————————

  setDraft(next: Draft) {
    this.draft = next;
    this.dirty = true;
  }

  touch(key: FieldKey) {
    if (!this.touched.has(key)) this.touched = new Set([...this.touched, key]);
  }

  /** Says something to screen readers (the visible effect is on the page already). */
  announce(text: string) {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  notify(...notices: Notice[]) {
    this.notices = notices;
  }

  say(tone: Notice['tone'], text: string) {
    this.notify({ text, tone });
  }

  pictureShown(blob: Blob | undefined) {
    void this.keeper.keepPicture(blob);
  }

  /** Moves focus to `selector` once the page shows it. */
  async focus$(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // —— The kept draft and the picture ————————————————————————————————————————————————————————————————

  /** Restores the draft found in the browser, its picture from the browser too or, failing that, asked for by name. */
  async restoreDraft() {
    const taken = await this.keeper.take();
    if (!taken) return;
    const { stored, blob } = taken;
    this.resetTo(stored.draft);
    this.dirty = true;
    const p = stored.draft.picture;
    let shown = p.kind === 'none';
    if (p.kind === 'file' && blob)
      shown = await this.picture.show({ blob, embed: p.size <= EMBED_LIMIT }, (d, loaded) => ({
        ...d,
        picture: { ...p, dataUrl: loaded.dataUrl },
      }));
    if (p.kind === 'url') shown = await this.picture.useAddress(p.url, this.quizzesBase, blob);
    const missing = p.kind === 'url' ? p.url : p.kind === 'file' ? p.name : '';
    this.notify(
      { text: this.s.restored, tone: 'ok' },
      ...(shown ? [] : [{ text: this.s.needPicture(missing), tone: 'warn' as const }]),
    );
    this.announce(this.s.restored);
    this.keeper.save();
    await this.focus$('#quiz-heading');
  }

  /** Forgets the kept draft (offered, or the one being written: asked first) and starts from an empty quiz. */
  async discardDraft() {
    if (!this.keeper.offer && !confirm(this.s.confirmDiscard)) return;
    await this.keeper.discard();
    this.newQuiz(false);
    await this.focus$(`#${fieldId('picture')}`);
  }

  async usePictureFile(file: File) {
    if (await this.picture.useFile(file)) this.pictureAddress = '';
  }

  usePictureUrl(address: string) {
    return this.picture.useAddress(address);
  }

  /** "Try the sample picture": the button goes away, so focus goes to the picture's own button (which names it). */
  async useSamplePicture() {
    if (await this.picture.useAddress('meeting-room.svg')) await this.focus$(`#${fieldId('picture')}`);
  }

  async shrink() {
    await this.picture.shrink();
    await this.focus$(`#${fieldId('picture')}`);
  }

  // —— Starting over (opening and saving are in QuizFiles, quiz-files.ts) ————————————————————————————————

  /** Starts again from an empty quiz (asks first when there is unsaved work). */
  newQuiz(ask = true) {
    if (ask && this.dirty && !confirm(this.s.confirmNew)) return;
    this.resetTo(emptyDraft());
    this.showAll = false;
    this.notify();
    if (ask) void this.focus$(`#${fieldId('picture')}`);
  }

  resetTo(draft: Draft) {
    this.picture.clear();
    this.pictureAddress = '';
    this.draft = draft;
    this.selected = draft.chairs.length ? 0 : undefined;
    this.touched = new Set();
    this.files.forgetDownloads();
    this.dirty = false;
  }

  // —— Chairs ——————————————————————————————————————————————————————————————————————————————————————

  /** Adds a chair at `point` (percent); it becomes the selected one. */
  async addChair(point: Point, focus = false) {
    const chairs = addItem(this.draft.chairs, emptyChair(point));
    this.setDraft({ ...this.draft, chairs });
    this.selected = chairs.length - 1;
    this.announce(this.s.added(chairs.length));
    if (focus) await this.focus$(`#m-${chairs.length - 1}`);
  }

  /** Removes a chair; focus goes to the chair that took its place — on the picture, or in the form it was removed from. */
  async removeChair(index: number, from: 'picture' | 'form' | 'code' = 'code') {
    const chairs = removeItem(this.draft.chairs, index);
    this.setDraft({ ...this.draft, chairs });
    this.selected = selectionAfterRemove(chairs.length, index);
    this.announce(this.s.removed(index + 1, index < chairs.length));
    const left = this.selected !== undefined;
    if (!left) this.sheet.close(false);
    if (from === 'picture') await this.focus$(left ? `#m-${this.selected}` : `#${fieldId('chairs')}`);
    if (from === 'form') await this.focus$(left ? '#chair-form-heading' : '#chairs-heading');
  }

  /** Moves a chair; where it is now is said after `announceAfter` ms (negative: not yet, a drag goes on). */
  moveChair(index: number, point: Point, announceAfter: number) {
    this.setDraft({
      ...this.draft,
      chairs: this.draft.chairs.map((c, i) => (i === index ? { ...c, x: round(point.x), y: round(point.y) } : c)),
    });
    clearTimeout(this.moveTimer);
    if (announceAfter < 0) return;
    this.moveTimer = setTimeout(() => {
      const chair = this.draft.chairs[index];
      if (chair) this.announce(this.s.moved(index + 1, chair.x, chair.y));
    }, announceAfter);
  }

  private renumber(from: number, to: number) {
    if (from === to) return;
    this.setDraft({ ...this.draft, chairs: moveItem(this.draft.chairs, from, to) });
    this.selected = to;
    this.announce(this.s.renumbered(from + 1, to + 1));
  }

  /** Moves focus to the field a problem concerns (selecting its chair, showing the picture first when needed). */
  async goToField(key: FieldKey) {
    const chair = chairOfField(key);
    const onPicture = key.endsWith(':position') || key === 'chairs' || key === 'picture';
    if (onPicture) {
      this.mode = 'edit';
      this.sheet.close(false);
    }
    if (chair !== undefined) await (onPicture ? Promise.resolve((this.selected = chair)) : this.sheet.open(chair));
    this.touch(key);
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(
      key.endsWith(':position') && chair !== undefined ? `#m-${chair}` : `#${fieldId(key)}`,
    );
    target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    target?.focus({ preventScroll: true });
  }

  // —— Rendering (the templates are in page-templates.ts and form-templates.ts) ——————————————————————————

  override render() {
    const form = this.form;
    return html`<div class="app" lang=${this.uiLang} dir=${directionOf(this.uiLang)}>
      ${renderHeader(this)} ${renderFileBar(this)}
      <div class="workspace">
        <div class="stage-column">${renderPictureCard(this)}</div>
        <div class="form-column">${renderSummary(this)} ${renderQuizCard(form)} ${renderChairsCard(this, () => renderChairForm(form, this.selected!))} ${renderTraitsCard(form)}</div>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" id="announcer">${this.announcement}</div>
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
