import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import { styles } from './coop-chair-quiz.styles.js';
import { defaultQuizUrl } from './default-quiz.js';
import { fire } from './events.js';
import { nextChairIndex } from './keyboard.js';
import { DEFAULT_TIMEOUT, loadQuiz, QuizLoadError } from './load.js';
import { isLocaleReady, loadLocale, nearestLang, resolveUiLocale, useLocale, type UiLocale } from './localization.js';
import type { Chair, Quiz, Text } from './quiz/schema.js';
import * as share from './share.js';
import { directionOf, pickText } from './text.js';

/** Number formatters and plural rules, made once per locale and kind (making one per chair per render is slow). */
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(locale: string, digits: 'latn' | 'arab', style: 'decimal' | 'percent'): Intl.NumberFormat {
  const key = `${locale}|${digits}|${style}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, { numberingSystem: digits, style, useGrouping: false })));
  return format;
}

/** Chairs drawn per frame in very large quizzes. */
const CHAIR_BATCH = 50;

/** Where a shown result comes from. */
type ResultOrigin = 'visitor' | 'shared' | 'remembered' | 'code';

/** Every connected quiz, so one observer can tell them all when a `lang` changes on the page. */
const connected = new Set<CoopChairQuiz>();
let langObserver: MutationObserver | undefined;

function watchPageLang(quiz: CoopChairQuiz, on: boolean) {
  if (on) connected.add(quiz);
  else connected.delete(quiz);
  if (connected.size && !langObserver) {
    langObserver = new MutationObserver(() => connected.forEach((q) => q.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  } else if (!connected.size && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

/**
 * The visitor's last answer for a quiz, in their own browser only. Reads with one argument, writes with two
 * (`null` forgets). Storage can be missing or refuse (private browsing, sandboxed frames): then nothing is kept.
 */
function storage(quizId: string, chair?: number | null): string | null {
  const key = `coop-chair-quiz:${quizId}`;
  try {
    if (chair === undefined) return localStorage.getItem(key);
    if (chair === null) localStorage.removeItem(key);
    else localStorage.setItem(key, String(chair));
  } catch {
    // No storage: the quiz works the same, it just does not remember.
  }
  return null;
}

/**
 * "You walk into this meeting room… which chair do you pick?" — a picture of a room with numbered chairs;
 * the visitor picks one and reads what it says about how they lead and collaborate.
 *
 * @tagname coop-chair-quiz
 * @summary A "which chair do you pick?" quiz loaded from a JSON file, Arabic first, French and English too.
 *
 * @attr src - URL of the quiz JSON file, relative to the page. Without it, the built-in meeting-room quiz beside the script.
 * @attr lang - The interface language (`ar`, `fr`, `en`; regional tags such as `fr-MA` work). Without it, the nearest ancestor's `lang`, then `<html lang>`, then Arabic.
 * @attr digits - `latn` (1, 2, 3 — the default, as written in Morocco) or `arab` (١، ٢، ٣) for chair numbers.
 * @attr chair - The number of the chosen chair; set it to show that chair's result.
 * @attr remember - Boolean. Remember the visitor's last answer in their browser (per quiz) and show it on their next visit.
 * @attr timeout - Milliseconds to wait for the quiz file before showing a "server too slow" message (default 15000).
 *
 * @fires coop-chair-quiz-ready {CustomEvent<QuizReadyDetail>} The quiz file loaded and is shown.
 * @fires coop-chair-quiz-choose {CustomEvent<ChairChooseDetail>} The visitor chose a chair (not fired when `chair` is set from code).
 * @fires coop-chair-quiz-reset {CustomEvent<ResetDetail>} The visitor pressed "choose again".
 * @fires coop-chair-quiz-error {CustomEvent<QuizErrorDetail>} The quiz could not be loaded or is not valid; the detail says why.
 *
 * @csspart base - The whole quiz box.
 * @csspart title - The quiz title.
 * @csspart question - The question above the picture.
 * @csspart picture - The frame holding the room picture and the chairs.
 * @csspart chair - Each chair marker on the picture.
 * @csspart chair-checked - The chosen chair marker.
 * @csspart result - The result card.
 * @csspart button - Every button (choose again, try again).
 * @csspart disclaimer - The "for fun" note.
 * @csspart error - The message shown when a quiz cannot be loaded.
 *
 * @cssprop [--coop-font-family=system Arabic-capable sans-serif stack] - Font of the whole quiz.
 * @cssprop [--coop-font-size=max(1rem, 16px)] - Base text size (the page's root size, but never below 16 px).
 * @cssprop [--coop-line-height=1.7 (Arabic) / 1.5] - Line height of texts (Arabic needs more room than Latin).
 * @cssprop [--coop-accent=#0f5c5c light / #7fd1c7 dark] - Chair markers, buttons, links.
 * @cssprop [--coop-on-accent=#ffffff light / #062523 dark] - Text on the accent colour.
 * @cssprop [--coop-chosen=#f2b705] - The chosen chair.
 * @cssprop [--coop-surface=#fffdf8 light / #1f2321 dark] - Card background.
 * @cssprop [--coop-text=#1d2422 light / #f2efe6 dark] - Text colour.
 * @cssprop [--coop-muted=#4d5a56 light / #c2cbc7 dark] - Secondary text.
 * @cssprop [--coop-focus=#1a56db light / #9ec1ff dark] - Focus ring.
 * @cssprop [--coop-radius=14px] - Corner radius of the card and picture.
 * @cssprop [--coop-chair-color=#0b4a4a] - Fill of the chair markers (white numbers and ring; keep it dark for 3:1 on any picture).
 */
export class CoopChairQuiz extends LitElement {
  static override styles = styles;

  /**
   * Reactive properties and internal state, declared without decorators: Lit's decorators cost about 0.6 kB
   * in the script-tag build (issue 7's budget), `static properties` nothing.
   */
  static override properties = {
    src: {},
    digits: {},
    remember: { type: Boolean },
    timeout: { type: Number },
    chair: { type: Number },
    load: { state: true },
    uiLocale: { state: true },
    focusIndex: { state: true },
    pictureFailed: { state: true },
    origin: { state: true },
    copyState: { state: true },
    renderedChairs: { state: true },
  };

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * The quiz file for `url`: loading (neither `quiz` nor `error`), loaded, or failed. A new `src` starts a new
   * load in `willUpdate`; the old one is aborted. (Kept by hand rather than with @lit/task, which cost 0.6 kB of
   * the script-tag budget for these few lines.)
   */
  private load?: { url: string; quiz?: Quiz; error?: unknown };
  /** Aborts the load in flight, if any. */
  private loading?: AbortController;

  private get resultHeading() {
    return this.renderRoot.querySelector<HTMLElement>('.result-heading');
  }

  private get chairElements() {
    return this.renderRoot.querySelectorAll<HTMLElement>('[role="radio"]');
  }

  /** The interface locale whose strings are loaded and shown; undefined until the first one is ready. */
  private uiLocale?: UiLocale;
  /** The chair that holds the tab stop in the group (roving tabindex). */
  private focusIndex = 0;
  private pictureFailed = false;
  private failedLocales = new Set<string>();
  /** Where the shown result comes from: the visitor now, a result link, their last visit, or the page's code. */
  private origin: ResultOrigin = 'code';
  private copyState: 'idle' | 'copied' | 'failed' = 'idle';
  /** How many chairs are drawn so far: a very large quiz is drawn a batch per frame (see `renderMoreChairs`). */
  private renderedChairs = Infinity;
  /** Set while the element itself changes `chair`, to tell it from a change made by the page's code. */
  private ownChange = false;

  /** URL of the quiz JSON file, relative to the page; empty for the built-in quiz. */
  src = '';

  /** `latn` (1, 2, 3) or `arab` (١، ٢، ٣) digits for chair numbers. */
  digits: 'latn' | 'arab' = 'latn';

  /** Remember the visitor's last answer in their own browser (localStorage, per quiz), and show it next time. */
  remember = false;

  /** Give up loading the quiz file after this many milliseconds, with a clear message. */
  timeout = DEFAULT_TIMEOUT;

  /** The chosen chair's number, or undefined while the question is shown. Setting it fires no event. */
  chair?: number;

  /** The quiz being shown, once loaded and valid. */
  get quiz(): Quiz | undefined {
    return this.load?.quiz;
  }

  /** The absolute URL of the quiz file this element shows. */
  get quizUrl(): string {
    if (!this.src) return defaultQuizUrl();
    try {
      return new URL(this.src, document.baseURI).href;
    } catch {
      return this.src;
    }
  }

  override connectedCallback() {
    super.connectedCallback();
    watchPageLang(this, true);
    // Back on the page: a load cut short by the removal, or a `src` changed meanwhile, loads now; a large quiz
    // goes on drawing its chairs.
    if (this.load?.url !== this.quizUrl) this.requestUpdate();
    else if (this.load.quiz && this.renderedChairs < this.load.quiz.chairs.length) this.renderMoreChairs(this.load.quiz);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    watchPageLang(this, false);
    // Leave nothing running for an element that left the page: no fetch, no timer.
    if (this.loading) {
      this.loading.abort();
      this.loading = this.load = undefined;
    }
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * The chairs' events, handled once for the whole group rather than on each chair (a thousand chairs would
   * mean two thousand listeners, rebound on every render). Chairs are numbered 1…N in order (the quiz format
   * says so), so a chair's index is its number minus one.
   */
  private chairIndex(event: Event): number {
    const chair = (event.target as Element).closest<HTMLElement>('[role="radio"]');
    return chair ? Number(chair.dataset.number) - 1 : -1;
  }

  private onChairClick(event: MouseEvent) {
    const index = this.chairIndex(event);
    if (index >= 0) this.choose(index);
  }

  private onChairFocus(event: FocusEvent) {
    const index = this.chairIndex(event);
    if (index >= 0) this.focusIndex = index;
  }

  private onChairKeydown(event: KeyboardEvent) {
    const quiz = this.quiz;
    const index = this.chairIndex(event);
    if (!quiz || index < 0) return;
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      this.choose(index);
      return;
    }
    const next = nextChairIndex(event.key, index, quiz.chairs.length, this.direction);
    if (next === undefined) return;
    event.preventDefault();
    this.focusIndex = next;
    this.chairElements[next]?.focus();
  }

  /** The visitor picked a chair: show its result, tell the page, move focus to the result. */
  private async choose(index: number) {
    const quiz = this.quiz;
    const chair = quiz?.chairs[index];
    if (!quiz || !chair) return;
    const changed = this.chair !== chair.number || this.origin !== 'visitor';
    this.showChair(chair.number, 'visitor');
    this.focusIndex = index;
    this.copyState = 'idle';
    if (this.remember) storage(quiz.id, chair.number);
    if (changed) fire(this, 'coop-chair-quiz-choose', { quizId: quiz.id, chair: chair.number });
    await this.updateComplete;
    this.resultHeading?.focus();
  }

  /**
   * Draws the next batch of chairs at the next frame, until all are there. Styling and laying out a thousand
   * positioned chairs at once is one long task that freezes the page (hundreds of ms on a phone); in batches, the
   * page stays responsive while they appear.
   */
  private renderMoreChairs(quiz: Quiz) {
    requestAnimationFrame(() => {
      if (!this.isConnected || this.quiz !== quiz) return;
      this.renderedChairs += CHAIR_BATCH;
      if (this.renderedChairs < quiz.chairs.length) this.renderMoreChairs(quiz);
      else this.renderedChairs = Infinity;
    });
  }

  private showChair(chair: number | undefined, origin: ResultOrigin) {
    this.ownChange = true;
    this.origin = origin;
    this.chair = chair;
  }

  /** A result link for this quiz in the page's address, else (with `remember`) the visitor's last answer. */
  private restoreResult(quiz: Quiz) {
    if (this.chair !== undefined) return;
    if (location.hash.includes('coop-chair-quiz=')) {
      const chair = share.readResultLink(location.hash, quiz.id, quiz.chairs.length);
      if (chair !== undefined) {
        this.showChair(chair, 'shared');
        return;
      }
    }
    const last = this.remember ? Number(storage(quiz.id)) : NaN;
    if (Number.isInteger(last) && last >= 1 && last <= quiz.chairs.length) {
      this.showChair(last, 'remembered');
    }
  }

  private async shareResult(quiz: Quiz, text: string, link: string) {
    try {
      await navigator.share({ title: this.t(quiz.title, quiz)!.text, text, url: link });
    } catch {
      // Cancelled by the visitor, or refused by the browser: nothing to say.
    }
  }

  private async copyLink(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      this.copyState = 'copied';
    } catch {
      this.copyState = 'failed';
    }
  }

  /** Back to the question, with focus on the chairs (on the one that was chosen). */
  async reset() {
    const quiz = this.quiz;
    if (!quiz || this.chair === undefined) return;
    const index = Math.max(0, quiz.chairs.findIndex((c) => c.number === this.chair));
    this.showChair(undefined, 'code');
    this.focusIndex = index;
    if (this.remember) storage(quiz.id, null);
    fire(this, 'coop-chair-quiz-reset', { quizId: quiz.id });
    await this.updateComplete;
    this.chairElements[index]?.focus();
  }

  /** Loads the quiz file again (after a network error, say); off the page, when it comes back. */
  reload() {
    if (this.isConnected) this.startLoad();
    else this.load = undefined;
  }

  private startLoad() {
    const url = this.quizUrl;
    this.loading?.abort();
    const controller = (this.loading = new AbortController());
    this.load = { url };
    // A missing, invalid or absurd `timeout` falls back to the default (setTimeout fires at once past 2^31 - 1 ms).
    const timeout = this.timeout > 0 ? Math.min(this.timeout, 2 ** 31 - 1) : DEFAULT_TIMEOUT;
    loadQuiz(url, { signal: controller.signal, timeout }).then(
      (quiz) => {
        if (this.loading !== controller) return; // aborted, or superseded by another load
        this.loading = undefined;
        this.load = { url, quiz };
        this.pictureFailed = false;
        this.renderedChairs = quiz.chairs.length > CHAIR_BATCH ? CHAIR_BATCH : Infinity;
        if (quiz.chairs.length > CHAIR_BATCH) this.renderMoreChairs(quiz);
        fire(this, 'coop-chair-quiz-ready', { quizId: quiz.id, url, chairs: quiz.chairs.length });
        this.restoreResult(quiz);
        // The first percent formatter of a page costs about 15 ms in Chromium (locale data): make the result
        // card's while the page is idle, not when the visitor clicks.
        if (quiz.traits) (window.requestIdleCallback ?? setTimeout)(() => numberFormat(this.locale, this.numbering, 'percent'));
      },
      (error: unknown) => {
        if (this.loading !== controller) return;
        this.loading = undefined;
        const e = error instanceof QuizLoadError ? error : new QuizLoadError('network', url, `${url}: ${String(error)}`);
        this.load = { url, error: e };
        console.error(`<coop-chair-quiz> ${e.message}`);
        fire(this, 'coop-chair-quiz-error', { url: e.url, kind: e.kind, message: e.message, problems: e.problems, status: e.status });
      },
    );
  }

  private get locale(): UiLocale {
    return this.uiLocale ?? resolveUiLocale(nearestLang(this));
  }

  private get direction(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (this.load?.url !== this.quizUrl && this.isConnected) this.startLoad();
    const wanted = resolveUiLocale(nearestLang(this));
    if (wanted !== this.uiLocale) {
      if (isLocaleReady(wanted) || this.failedLocales.has(wanted)) {
        this.uiLocale = isLocaleReady(wanted) ? wanted : (this.uiLocale ?? 'ar');
      } else {
        loadLocale(wanted).then(
          () => this.requestUpdate(),
          (error: unknown) => {
            console.warn(`<coop-chair-quiz> could not load the "${wanted}" translation; showing Arabic (${String(error)})`);
            this.failedLocales.add(wanted);
            this.requestUpdate();
          },
        );
      }
    }
    if (changed.has('chair') && !this.ownChange) this.origin = 'code';
    this.ownChange = false;
    if (changed.has('chair') && this.quiz && this.chair !== undefined) {
      const index = this.quiz.chairs.findIndex((c) => c.number === this.chair);
      if (index >= 0) this.focusIndex = index;
    }
  }

  override render() {
    const locale = this.uiLocale;
    if (!locale) return this.renderFrame(undefined, html`<div class="skeleton" aria-hidden="true"></div>`, true);
    useLocale(locale);
    return html`<div class="base" part="base" lang=${locale} dir=${directionOf(locale)}>
      ${this.load?.quiz ? this.renderQuiz(this.load.quiz) : this.load?.error ? this.renderError(this.load.error) : this.renderLoading()}
    </div>`;
  }

  private renderLoading() {
    return this.renderFrame(
      undefined,
      html`<div class="skeleton" aria-hidden="true"></div>
        <p class="visually-hidden" role="status">${msg('جارٍ تحميل الاختبار…', { id: 'loading', desc: 'Read by screen readers while the quiz file loads.' })}</p>`,
      true,
    );
  }

  /**
   * The picture's box, at the picture's aspect ratio from the start, so nothing below it jumps.
   *
   * Positions and ratios are custom properties set through the `.style` *property* (`style.cssText`, the
   * CSSOM), never a `style` attribute: a strict Content-Security-Policy (`style-src 'self'`) blocks inline style
   * attributes, and Lit's `styleMap` writes one on first render (lit/lit#4719). The CSSOM is allowed.
   */
  private renderFrame(quiz: Quiz | undefined, content: unknown, busy = false) {
    const { width = 4, height = 3 } = quiz?.image ?? {};
    return html`<div class="frame" part="picture" aria-busy=${busy ? 'true' : 'false'} .style=${`--coop-ratio:${width}/${height}`}>
      ${content}
    </div>`;
  }

  /** A quiz text as an element's content, with its real language and direction when it differs from the page's. */
  private t(value: Text | undefined, quiz: Quiz) {
    return value === undefined ? undefined : pickText(value, this.locale, quiz.lang);
  }

  /** The digits asked for: anything but `arab` means Western digits. */
  private get numbering(): 'latn' | 'arab' {
    return this.digits === 'arab' ? 'arab' : 'latn';
  }

  /** A chair number in the page's digits: Western digits as they are, Arabic-Indic through a cached formatter. */
  private number(n: number) {
    return this.numbering === 'arab' ? numberFormat(this.locale, 'arab', 'decimal').format(n) : String(n);
  }

  private chairCount(n: number) {
    const count = this.number(n);
    // One message per Arabic plural category (CLDR): French and English use "one" and "other" (and "many").
    let rules = pluralRules.get(this.locale);
    if (!rules) pluralRules.set(this.locale, (rules = new Intl.PluralRules(this.locale)));
    switch (rules.select(n)) {
      case 'zero':
        return msg('لا كراسي', { id: 'chairs-zero', desc: 'Chair count, plural category "zero" (Arabic only).' });
      case 'one':
        return msg('كرسي واحد', { id: 'chairs-one', desc: 'Chair count, plural category "one" (exactly one chair).' });
      case 'two':
        return msg('كرسيان', { id: 'chairs-two', desc: 'Chair count, plural category "two" (Arabic only).' });
      case 'few':
        return msg(str`${count} كراسٍ`, { id: 'chairs-few', desc: 'Chair count, plural category "few" (Arabic 3–10).' });
      case 'many':
        return msg(str`${count} كرسيًّا`, { id: 'chairs-many', desc: 'Chair count, plural category "many" (Arabic 11–99; French 1,000,000).' });
      default:
        return msg(str`${count} كرسي`, { id: 'chairs-other', desc: 'Chair count, plural category "other": shown before the instructions under the picture.' });
    }
  }

  private renderText(tag: 'h2' | 'p' | 'span', cls: string, shown: { text: string; lang: string } | undefined, part = '', id = '') {
    if (!shown) return nothing;
    const lang = shown.lang === this.locale ? nothing : shown.lang;
    const dir = shown.lang === this.locale ? nothing : directionOf(shown.lang);
    switch (tag) {
      case 'h2':
        return html`<h2 class=${cls} part=${part || nothing} id=${id || nothing} lang=${lang} dir=${dir}>${shown.text}</h2>`;
      case 'p':
        return html`<p class=${cls} part=${part || nothing} id=${id || nothing} lang=${lang} dir=${dir}>${shown.text}</p>`;
      default:
        return html`<span class=${cls} lang=${lang} dir=${dir}>${shown.text}</span>`;
    }
  }

  private renderQuiz(quiz: Quiz) {
    const t = (value: Text | undefined) => this.t(value, quiz);
    const alt = t(quiz.image.alt)!;
    return html`<article class="card">
      <header class="head">
        ${this.renderText('h2', 'title', t(quiz.title), 'title')}
        ${this.renderText('p', 'question', t(quiz.question), 'question', 'question')}
        ${this.renderText('p', 'intro', t(quiz.intro))}
      </header>
      <div class=${this.chair !== undefined ? 'stage has-result' : 'stage'}>
        <div class="picture-column">
          ${this.renderFrame(
            quiz,
            html`<img
                class="picture"
                src=${quiz.image.src}
                alt=${alt.text}
                lang=${alt.lang === this.locale ? nothing : alt.lang}
                width=${quiz.image.width ?? nothing}
                height=${quiz.image.height ?? nothing}
                decoding="async"
                @error=${() => (this.pictureFailed = true)}
                @load=${() => (this.pictureFailed = false)}
              />
              ${this.pictureFailed
                ? html`<p class="picture-missing" role="note">${msg('تعذّر تحميل صورة الغرفة، لكن يمكنك اختيار كرسي برقمه.', { id: 'picture-missing', desc: 'Shown over the empty picture area when the room picture fails to load.' })}</p>`
                : nothing}
              <div
                class="chairs"
                role="radiogroup"
                aria-labelledby="question"
                aria-describedby="hint"
                @keydown=${this.onChairKeydown}
                @click=${this.onChairClick}
                @focusin=${this.onChairFocus}
              >
                ${this.renderChairs(quiz)}
              </div>`,
          )}
          <p class="hint" id="hint">
            ${this.chairCount(quiz.chairs.length)}.
            ${msg('المس كرسيًّا أو انقر عليه لتعرف ما يقوله عنك. بلوحة المفاتيح: الأسهم للتنقل، والمسافة أو Enter للاختيار.', {
              id: 'hint',
              desc: 'Instructions under the picture. "Enter" is the key name; keep it as it appears on keyboards.',
            })}
          </p>
        </div>
        ${this.chair !== undefined ? this.renderResult(quiz) : nothing}
      </div>
      ${this.renderText('p', 'disclaimer', t(quiz.disclaimer) ?? { text: this.defaultDisclaimer(), lang: this.locale }, 'disclaimer')}
    </article>`;
  }

  private defaultDisclaimer() {
    return msg('هذا الاختبار للمتعة والتأمل، وليس تقييمًا نفسيًا.', { id: 'disclaimer', desc: 'Shown under every quiz that gives no disclaimer of its own.' });
  }

  /**
   * The chairs, in batches of `CHAIR_BATCH`, each in its own box and rendered again only when something it shows
   * changes: with a thousand chairs, a click re-renders the one or two batches holding the old and the new
   * choice, and drawing a new batch (see `renderMoreChairs`) leaves the ones already drawn alone, in script, style
   * and layout.
   */
  private renderChairs(quiz: Quiz) {
    const batches: unknown[] = [];
    const inBatch = (n: number | undefined, start: number) => (n !== undefined && n >= start && n < start + CHAIR_BATCH ? n : -1);
    for (let start = 0; start < Math.min(quiz.chairs.length, this.renderedChairs); start += CHAIR_BATCH) {
      batches.push(
        guard(
          [quiz, this.locale, this.digits, inBatch(this.chair! - 1, start), inBatch(this.focusIndex, start)],
          () =>
            html`<div class="batch">${quiz.chairs.slice(start, start + CHAIR_BATCH).map((chair, i) => this.renderChair(quiz, chair, start + i))}</div>`,
        ),
      );
    }
    return batches;
  }

  /**
   * One chair: its number on the picture, named "Chair 5, by the window" for screen readers. The name is an
   * `aria-label`, not hidden text, so that a chair is one element: with a thousand chairs, the hidden spans were
   * most of the time spent on style and layout.
   */
  private renderChair(quiz: Quiz, chair: Chair, index: number) {
    const checked = this.chair === chair.number;
    const number = this.number(chair.number);
    const place = this.t(chair.place, quiz)!.text;
    return html`<div
      role="radio"
      class="chair"
      part=${checked ? 'chair chair-checked' : 'chair'}
      aria-checked=${checked ? 'true' : 'false'}
      aria-label=${msg(str`الكرسي ${number}، ${place}`, {
        id: 'chair-name',
        desc: 'A chair\'s name for screen readers: its number, then where it is in the room ("Chair 5, by the window").',
      })}
      tabindex=${index === this.focusIndex ? '0' : '-1'}
      data-number=${chair.number}
      .style=${`--x:${chair.x};--y:${chair.y}`}
    >${number}</div>`;
  }

  private renderResult(quiz: Quiz) {
    const chair = quiz.chairs.find((c) => c.number === this.chair);
    if (!chair) return nothing;
    const t = (value: Text | undefined) => this.t(value, quiz);
    const number = this.number(chair.number);
    const section = (heading: string, body: ReturnType<typeof t>, cls: string): TemplateResult | typeof nothing =>
      body ? html`<section class=${cls}><h4>${heading}</h4>${this.renderText('p', '', body)}</section>` : nothing;
    const shared = this.origin === 'shared';
    return html`<section class=${shared ? 'result shared' : 'result'} part="result" aria-labelledby="result-heading">
      ${shared
        ? html`<p class="shared-note">${msg(str`هذه نتيجة شاركها معك أحدهم: الكرسي ${number}. وأنت، أيّ كرسي ستختار؟`, {
            id: 'shared-note',
            desc: 'Above a result opened from a shared link: it is someone else\'s result, and an invitation to choose.',
          })}</p>`
        : this.origin === 'remembered'
          ? html`<p class="remembered-note">${msg('اختيارك في زيارتك السابقة', { id: 'remembered-note', desc: 'Above a result remembered from the visitor\'s last visit.' })}</p>`
          : nothing}
      <div class="result-head">
        ${this.renderMinimap(quiz, chair)}
        <h3 class="result-heading" id="result-heading" tabindex="-1">
          <span class="badge" aria-hidden="true">${number}</span>
          <span class="visually-hidden">${msg(str`الكرسي ${number}:`, { id: 'result-chair', desc: 'Read by screen readers before the result title, e.g. "Chair 5: The mediator".' })} </span>
          ${this.renderText('span', 'result-title', t(chair.title))}
        </h3>
      </div>
      ${this.renderText('p', 'place-line', t(chair.place))}
      ${this.renderText('p', 'description', t(chair.description))}
      <div class="styles">
        ${section(msg('أسلوبك في القيادة', { id: 'leadership', desc: 'Result card: heading of the leadership style.' }), t(chair.leadership), 'style')}
        ${section(msg('أسلوبك في التعاون', { id: 'collaboration', desc: 'Result card: heading of the collaboration style.' }), t(chair.collaboration), 'style')}
        ${section(msg('نقطة قوّتك', { id: 'strength', desc: 'Result card: heading of the strength.' }), t(chair.strength), 'note')}
        ${section(msg('نصيحة صغيرة', { id: 'tip', desc: 'Result card: heading of the friendly tip.' }), t(chair.tip), 'note')}
      </div>
      ${this.renderTraits(quiz, chair)}
      <div class="actions">
        ${shared ? nothing : this.renderShare(quiz, chair)}
        <button class="again" part="button" type="button" @click=${() => this.reset()}>
          ${shared
            ? msg('اختر كرسيك أنت', { id: 'pick-own', desc: 'Button under a result opened from a shared link: go and choose your own chair.' })
            : msg('اختر كرسيًّا آخر', { id: 'choose-again', desc: 'Button under the result: back to the picture to choose again.' })}
        </button>
      </div>
    </section>`;
  }

  /** A small copy of the picture with the chosen chair ringed: where it sits in the room, for the eye only. */
  private renderMinimap(quiz: Quiz, chair: Chair) {
    const { width = 4, height = 3 } = quiz.image;
    return html`<div class="minimap" aria-hidden="true" .style=${`--coop-ratio:${width}/${height}`}>
      <img src=${quiz.image.src} alt="" decoding="async" />
      <span class="minimap-dot" .style=${`--x:${chair.x};--y:${chair.y}`}></span>
    </div>`;
  }

  /** Trait scores as bars, with every number written out (the bars are decoration). */
  private renderTraits(quiz: Quiz, chair: Chair) {
    const traits = (quiz.traits ?? []).filter((trait) => chair.scores?.[trait.id] !== undefined);
    if (!traits.length) return nothing;
    const percent = numberFormat(this.locale, this.numbering, 'percent');
    return html`<section class="traits">
      <h4>${msg('ملامحك', { id: 'traits', desc: 'Result card: heading of the small chart of trait scores (e.g. initiative 80%).' })}</h4>
      <dl>
        ${traits.map((trait) => {
          const score = chair.scores![trait.id];
          return html`<div class="trait">
            <dt>${this.renderText('span', '', this.t(trait.label, quiz))}</dt>
            <dd>
              <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="bar-track" width="100" height="10" rx="5"></rect>
                <rect class="bar-fill" width=${score} height="10" rx="5"></rect>
              </svg>
              <span class="score">${percent.format(score / 100)}</span>
            </dd>
          </div>`;
        })}
      </dl>
    </section>`;
  }

  /** The system share sheet where there is one (phones); else WhatsApp, Facebook and "copy link". */
  private renderShare(quiz: Quiz, chair: Chair) {
    const text = share.shareText({
      number: this.number(chair.number),
      title: this.t(chair.title, quiz)!.text,
      line: this.t(chair.leadership, quiz)!.text,
    });
    const link = share.resultLink(location.href, quiz.id, chair.number);
    const newTab = html`<span class="visually-hidden">${msg(' (في نافذة جديدة)', { id: 'new-tab', desc: 'Read by screen readers after a link that opens in a new tab. Keep the leading space.' })}</span>`;
    return html`<div class="share" role="group" aria-label=${msg('مشاركة النتيجة', { id: 'share-group', desc: 'Accessible name of the group of share buttons.' })}>
      ${typeof navigator.share === 'function'
        ? html`<button class="share-button" part="button" type="button" @click=${() => this.shareResult(quiz, text, link)}>
            ${msg('شارك نتيجتك', { id: 'share', desc: 'Button that opens the phone\'s share sheet with the result text and link.' })}
          </button>`
        : html`<a class="share-link" part="button" href=${share.whatsappUrl(text, link)} target="_blank" rel="noopener noreferrer"
              >${msg('واتساب', { id: 'share-whatsapp', desc: 'Link that shares the result on WhatsApp (the brand name).' })}${newTab}</a
            ><a class="share-link" part="button" href=${share.facebookUrl(link)} target="_blank" rel="noopener noreferrer"
              >${msg('فيسبوك', { id: 'share-facebook', desc: 'Link that shares the result on Facebook (the brand name).' })}${newTab}</a
            ><button class="share-link copy" part="button" type="button" @click=${() => this.copyLink(link)}>
              ${msg('انسخ الرابط', { id: 'copy-link', desc: 'Button that copies the result link to the clipboard.' })}
            </button>`}
      <p class="copy-status" role="status">
        ${this.copyState === 'copied'
          ? msg('نُسخ الرابط.', { id: 'copied', desc: 'Confirmation after the result link was copied.' })
          : this.copyState === 'failed'
            ? html`${msg('تعذّر النسخ؛ هذا هو الرابط:', { id: 'copy-failed', desc: 'When copying failed: the link is shown to copy by hand.' })}
                <input class="link-field" readonly .value=${link} aria-label=${msg('رابط النتيجة', { id: 'link-field', desc: 'Accessible name of the field showing the result link.' })} />`
            : nothing}
      </p>
    </div>`;
  }

  private renderError(error: unknown) {
    const kind = error instanceof QuizLoadError ? error.kind : 'network';
    const status = error instanceof QuizLoadError ? error.status : undefined;
    const retry = kind === 'network' || kind === 'timeout' || (kind === 'http' && (status ?? 0) >= 500);
    let reason: string;
    switch (kind) {
      case 'network':
        reason = msg('تحقّق من اتصالك بالإنترنت ثم أعد المحاولة.', { id: 'error-network', desc: 'Error: the quiz file could not be downloaded (offline, server down).' });
        break;
      case 'timeout':
        reason = msg('الخادم يتأخر في الرد. أعد المحاولة بعد قليل.', { id: 'error-timeout', desc: 'Error: the server did not answer in time.' });
        break;
      case 'cors':
        reason = msg('الاختبار موجود على موقع آخر لا يسمح لهذه الصفحة بعرضه.', { id: 'error-cors', desc: 'Error: the quiz file is on another site that does not allow this page to read it (CORS).' });
        break;
      case 'http':
        reason =
          status === 404
            ? msg('لم يُعثر على ملف الاختبار.', { id: 'error-not-found', desc: 'Error: the quiz file does not exist at its address (404).' })
            : msg('لم يتمكّن الخادم من إرسال الاختبار.', { id: 'error-http', desc: 'Error: the server answered with an error status.' });
        break;
      default:
        reason = msg('ملف الاختبار يحتوي على أخطاء. يجد فريق الموقع التفاصيل في وحدة تحكّم المتصفّح.', {
          id: 'error-invalid',
          desc: 'Error: the quiz file is broken (not JSON, or fails validation). "Browser console" = the developer tools console.',
        });
    }
    return html`<div class="error" part="error" role="alert">
      <p class="error-title">${msg('تعذّر عرض هذا الاختبار.', { id: 'error-title', desc: 'First line of every error message in the quiz box.' })}</p>
      <p>${reason}</p>
      ${retry
        ? html`<button class="retry" part="button" type="button" @click=${() => this.reload()}>
            ${msg('أعد المحاولة', { id: 'retry', desc: 'Button in the error message: load the quiz again.' })}
          </button>`
        : nothing}
    </div>`;
  }
}
