/**
 * `<author-preview>`: the real `<coop-chair-quiz>` showing the quiz being written, in the language and at the
 * width the author picks, updated 300 ms after the last change. It is fed a `blob:` URL of the quiz file made
 * showable (`previewQuiz`: placeholders for unwritten texts); each update is a new URL and the old one is let go.
 * What the component would refuse (fewer than two chairs…) is said here instead. Rendered in the playground's
 * shadow root (no shadow of its own).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { parseQuiz } from '../../src/quiz/schema.js';
import { declaredLanguages, type Draft } from './draft.js';
import { problemMessage } from './describe.js';
import { placeholderPicture, previewQuiz } from './preview.js';
import { readProblems, type Problem } from './problems.js';
import { strings, type PageLang } from './strings.js';

/** How long the preview waits after the last change before it reloads. */
export const PREVIEW_DELAY = 300;

/** The phone frame is 360 px of screen in a 10 px bezel; the desktop is laid out 1024 px wide. */
const STAGE_WIDTH = { phone: 380, desktop: 1024 } as const;
/** The viewport's padding, 12 px each side. */
const VIEWPORT_PADDING = 24;

declare global {
  interface HTMLElementTagNameMap {
    'author-preview': AuthorPreview;
  }
}

export class AuthorPreview extends LitElement {
  static override properties = {
    uiLang: { attribute: false },
    draft: { attribute: false },
    pictureUrl: { attribute: false },
    previewLang: { state: true },
    previewWidth: { state: true },
    previewSrc: { state: true },
    blockers: { state: true },
  };

  uiLang: PageLang = 'ar';
  draft?: Draft;
  /** The picture as the preview's quiz file can carry it (absolute or `data:`); empty: a placeholder. */
  pictureUrl = '';
  private previewLang = 'ar';
  private previewWidth: keyof typeof STAGE_WIDTH = 'phone';
  private previewSrc = '';
  private blockers: Problem[] = [];

  private timer?: ReturnType<typeof setTimeout>;
  private resizeObserver = new ResizeObserver(() => this.fit());

  protected override createRenderRoot() {
    return this;
  }

  private get viewport() {
    return this.querySelector<HTMLElement>('.preview-viewport') ?? undefined;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Back on the page after being moved: watch the size again and give the component a fresh URL.
    if (this.hasUpdated) {
      if (this.viewport) this.resizeObserver.observe(this.viewport);
      this.schedule(0);
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    clearTimeout(this.timer);
    if (this.previewSrc) URL.revokeObjectURL(this.previewSrc);
    this.previewSrc = '';
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const languages = this.draft ? declaredLanguages(this.draft) : [];
    if (changed.has('draft') && this.draft && !languages.includes(this.previewLang)) this.previewLang = this.draft.lang;
    if (changed.has('draft') || changed.has('pictureUrl') || changed.has('uiLang'))
      this.schedule(this.hasUpdated ? PREVIEW_DELAY : 0);
  }

  protected override firstUpdated() {
    if (this.viewport) this.resizeObserver.observe(this.viewport);
  }

  protected override updated(changed: PropertyValues) {
    if (changed.has('previewWidth')) this.fit();
  }

  private schedule(delay: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), delay);
  }

  /** Gives the component a fresh `blob:` URL of the quiz file, and lets the old one go. */
  private refresh() {
    if (!this.isConnected || !this.draft) return;
    const draft = this.draft;
    const quiz = previewQuiz(
      draft,
      this.pictureUrl || placeholderPicture(draft.width, draft.height),
      strings(this.uiLang).placeholder,
    );
    // Like the component, the preview does not apply the authors' layout rules (those are shown in the editor).
    const check = parseQuiz(quiz, { layout: false });
    this.blockers = check.ok ? [] : readProblems(check.problems, draft);
    if (!check.ok) return;
    const old = this.previewSrc;
    this.previewSrc = URL.createObjectURL(new Blob([JSON.stringify(quiz)], { type: 'application/json' }));
    if (old) void this.updateComplete.then(() => URL.revokeObjectURL(old));
  }

  /** Laid out at phone or desktop width, and scaled down when the panel is narrower. */
  private fit() {
    const available = (this.viewport?.clientWidth ?? 0) - VIEWPORT_PADDING;
    if (available <= 0) return;
    const zoom = Math.min(1, Math.floor((available / STAGE_WIDTH[this.previewWidth]) * 1000) / 1000);
    // Set through the CSSOM, not as state: this runs after a render, and must not ask for another.
    this.querySelector<HTMLElement>('.preview-stage')?.style.setProperty('zoom', String(zoom));
  }

  override render() {
    const s = strings(this.uiLang);
    const languages = this.draft ? declaredLanguages(this.draft) : [];
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
      ${
        this.blockers.length
          ? html`<div class="problem preview-blocked">
            <p>${s.previewBlocked}</p>
            <ul>
              ${[...new Set(this.blockers.map((p) => problemMessage(p, s)))].map((m) => html`<li>${m}</li>`)}
            </ul>
          </div>`
          : nothing
      }
      <div class="preview-viewport" ?hidden=${this.blockers.length > 0 || !this.previewSrc}>
        <div class="preview-stage ${this.previewWidth}">
          <coop-chair-quiz
            src=${this.previewSrc || nothing}
            lang=${this.previewLang}
            @coop-chair-quiz-ready=${() => (this.blockers = [])}
            @coop-chair-quiz-error=${(e: CustomEvent) => {
              e.stopPropagation();
              if (this.draft) this.blockers = readProblems(e.detail.problems, this.draft);
            }}
          ></coop-chair-quiz>
        </div>
      </div>`;
  }
}
