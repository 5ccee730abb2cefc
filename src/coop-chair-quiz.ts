import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { styles } from './coop-chair-quiz.styles.js';
import { ChairDrawingController } from './controllers/chair-drawing.js';
import { QuizFileController } from './controllers/quiz-file.js';
import { UiLocaleController } from './controllers/ui-locale.js';
import { defaultQuizUrl } from './default-quiz.js';
import { fire } from './events.js';
import type { friendLink } from './friend-link.js';
import { nextChairIndex } from './keyboard.js';
import { DEFAULT_TIMEOUT, type QuizLoadError } from './load.js';
import { cannotShowTitle, loadErrorMessage } from './load-messages.js';
import { msg } from './localization.js';
import { chairCount } from './chair-count.js';
import { digitSystem } from './numbers.js';
import type { Chair, Quiz, Text } from './quiz/schema.js';
import { renderText } from './quiz-text.js';
import { renderChairs, renderFrame, renderLoading } from './room-picture.js';
import { keepAnswer, recallAnswer } from './remembered-answer.js';
import { chairPrefix, renderResultCard, ownerLink, type ResultCardInput, type ResultOrigin } from './result-card.js';
import { ResultSharing } from './result-sharing.js';
import * as share from './share.js';
import { directionOf, pickText, type ShownText } from './text.js';
import { warmUpResultCard } from './warm-up.js';

/** The friend-link file (vite.config.ts points it beside the script, with its query string). */
const friendLinkFile = () => import('./friend-link.js');

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
 * @attr owner - The page owner's name (e.g. "تعاونية الأمل"), written on the share picture.
 * @attr comment-url - The owner's post (http or https) for the comment game: "copy my answer" also opens it.
 * @attr share-url - A pattern such as `https://coop.example/quiz/r/{quiz}-{chair}.html` (a share kit's pages): share buttons then use that page as the link.
 * @attr timeout - Milliseconds to wait for the quiz file before showing a "server too slow" message (default 15000).
 * @attr action-href - With `action-label`: the page owner's call to action under every result (a link; http(s) or relative).
 * @attr action-label - The text of that link ("Join the cooperative").
 * @attr next-href - With `next-label`: "try another quiz", a link under every result to another quiz page.
 * @attr next-label - The text of that link ("Try the assembly hall").
 *
 * @fires coop-chair-quiz-ready {CustomEvent<QuizReadyDetail>} The quiz file loaded and is shown.
 * @fires coop-chair-quiz-choose {CustomEvent<ChairChooseDetail>} The visitor chose a chair (not fired when `chair` is set from code).
 * @fires coop-chair-quiz-reset {CustomEvent<ResetDetail>} The visitor pressed "choose again".
 * @fires coop-chair-quiz-error {CustomEvent<QuizErrorDetail>} The quiz could not be loaded or is not valid; the detail says why.
 *
 * @csspart base - The whole quiz box.
 * @csspart title - The quiz title, small above the question.
 * @csspart question - The question, the quiz's main heading.
 * @csspart invite - The invitation above the picture when a friend's result link opened the page.
 * @csspart picture - The frame holding the room picture and the chairs.
 * @csspart chair - Each chair marker on the picture.
 * @csspart chair-checked - The chosen chair marker.
 * @csspart result - The result card.
 * @csspart headline - The result's one-sentence headline.
 * @csspart tip - The tip, set apart on the result card.
 * @csspart details - The disclosure holding the longer description, styles and traits.
 * @csspart compare - The comparison with the friend's chair, after a friend's link.
 * @csspart action - The page owner's links under a result (`action-href`, `next-href`).
 * @csspart button - Every button (choose again, try again).
 * @csspart disclaimer - The "for fun" note.
 * @csspart error - The message shown when a quiz cannot be loaded.
 *
 * @slot action - The page owner's own content under every result (a call to action), instead of or beside `action-href`.
 *
 * @cssprop [--coop-font-family=system Arabic-capable sans-serif stack] - Font of the whole quiz.
 * @cssprop [--coop-font-size=max(1rem, 16px)] - Base text size (the page's root size, but never below 16 px).
 * @cssprop [--coop-line-height=1.7 (Arabic) / 1.5] - Line height of texts (Arabic needs more room than Latin).
 * @cssprop [--coop-max-width=960px] - The widest the quiz grows where the page sizes it to its content.
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
   * in the script-tag build (issue 7's budget), `static properties` nothing. `chair` has its own accessors (see
   * there), so Lit makes none for it.
   */
  static override properties = {
    src: {},
    digits: {},
    remember: { type: Boolean },
    timeout: { type: Number },
    owner: {},
    commentUrl: { attribute: 'comment-url' },
    shareUrl: { attribute: 'share-url' },
    chair: { type: Number, noAccessor: true },
    actionHref: { attribute: 'action-href' },
    actionLabel: { attribute: 'action-label' },
    nextHref: { attribute: 'next-href' },
    nextLabel: { attribute: 'next-label' },
    result: { state: true },
    friend: { state: true },
    focusIndex: { state: true },
    pictureFailed: { state: true },
    keyboardFocus: { state: true },
  };

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  readonly #uiLocale = new UiLocaleController(this);
  readonly #quizFile = new QuizFileController(this, {
    ready: (quiz, url) => this.#onQuizReady(quiz, url),
    failed: (error) => this.#onQuizFailed(error),
  });
  readonly #chairDrawing = new ChairDrawingController(this);
  readonly #sharing = new ResultSharing(this);

  get #resultHeading() {
    return this.renderRoot.querySelector<HTMLElement>('.result-heading');
  }

  get #chairElements() {
    return this.renderRoot.querySelectorAll<HTMLElement>('[role="radio"]');
  }

  /** The result shown, and where it comes from; undefined while the question is shown. */
  private result?: { chair: number; origin: ResultOrigin };
  /** The chair of the friend whose result link opened the page: invited to pick first, compared after. */
  private friend?: number;
  /** The invitation and the comparison, a file of their own loaded only after a friend's link (friend-link.ts). */
  #friendLink?: ReturnType<typeof friendLink>;
  /** The chair that holds the tab stop in the group (roving tabindex). */
  private focusIndex = 0;
  private pictureFailed = false;
  /** A chair has keyboard focus: the keyboard instructions are shown (touch and mouse visitors never see them). */
  private keyboardFocus = false;

  /** URL of the quiz JSON file, relative to the page; empty for the built-in quiz. */
  src = '';

  /** `latn` (1, 2, 3) or `arab` (١، ٢، ٣) digits for chair numbers. */
  digits: 'latn' | 'arab' = 'latn';

  /** The page owner's name, on the share picture. */
  owner = '';

  /** The owner's post for the comment game (`comment-url`). */
  commentUrl = '';

  /** The share kit's page pattern (`share-url`), with `{quiz}` and `{chair}`. */
  shareUrl = '';

  /** Remember the visitor's last answer in their own browser (localStorage, per quiz), and show it next time. */
  remember = false;

  /** Give up loading the quiz file after this many milliseconds, with a clear message. */
  timeout = DEFAULT_TIMEOUT;

  /** The page owner's call to action under every result: its address and text (both needed). */
  actionHref?: string;
  actionLabel?: string;

  /** "Try another quiz": the address of another quiz page and the link's text (both needed). */
  nextHref?: string;
  nextLabel?: string;

  /** The chosen chair's number, or undefined while the question is shown. Setting it fires no event. */
  get chair(): number | undefined {
    return this.result?.chair;
  }

  set chair(chair: number | undefined) {
    this.#showResult(chair, 'code');
  }

  /** The quiz being shown, once loaded and valid. */
  get quiz(): Quiz | undefined {
    return this.#quizFile.quiz;
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

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  #onQuizReady(quiz: Quiz, url: string) {
    this.pictureFailed = false;
    this.#chairDrawing.start(quiz.chairs.length);
    fire(this, 'coop-chair-quiz-ready', { quizId: quiz.id, url, chairs: quiz.chairs.length });
    this.#restoreResult(quiz);
    // What the first result costs (templates, faces, formatters: see warm-up.ts), paid in the first task after the
    // frame that shows the chairs: not in "usable", and before a first click in most cases (bench/: the runner's
    // press comes 50 to 400 ms after usable), where waiting for idle left it to the click.
    requestAnimationFrame(() =>
      setTimeout(() =>
        warmUpResultCard(this.renderRoot as ShadowRoot, CoopChairQuiz.elementStyles, {
          quiz,
          chair: quiz.chairs[0]!,
          locale: this.#locale,
          digits: this.#digitSystem,
          links: [],
        } as Partial<ResultCardInput> as ResultCardInput),
      ),
    );
  }

  #onQuizFailed(error: QuizLoadError) {
    console.error(`<coop-chair-quiz> ${error.message}`);
    fire(this, 'coop-chair-quiz-error', {
      url: error.url,
      kind: error.kind,
      message: error.message,
      problems: error.problems,
      status: error.status,
    });
  }

  /**
   * The chairs' events, handled once for the whole group rather than on each chair (a thousand chairs would
   * mean two thousand listeners, rebound on every render). Chairs are numbered 1…N in order (the quiz format
   * says so), so a chair's index is its number minus one.
   */
  #chairIndex(event: Event): number {
    const chair = (event.target as Element).closest<HTMLElement>('[role="radio"]');
    return chair ? Number(chair.dataset.number) - 1 : -1;
  }

  #onChairClick(event: MouseEvent) {
    const index = this.#chairIndex(event);
    if (index >= 0) void this.#choose(index);
  }

  #onChairFocus(event: FocusEvent) {
    const index = this.#chairIndex(event);
    if (index >= 0) this.focusIndex = index;
    this.keyboardFocus = (event.target as Element).matches(':focus-visible');
  }

  #onChairKeydown(event: KeyboardEvent) {
    const quiz = this.quiz;
    const index = this.#chairIndex(event);
    if (!quiz || index < 0) return;
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      void this.#choose(index);
      return;
    }
    const next = nextChairIndex(event.key, index, quiz.chairs.length, directionOf(this.#locale));
    if (next === undefined) return;
    event.preventDefault();
    this.focusIndex = next;
    this.#chairElements[next]?.focus();
  }

  /** Back to the question, with focus on the chairs (on the one that was chosen). */
  async reset() {
    const quiz = this.quiz;
    if (!quiz || this.chair === undefined) return;
    const index = Math.max(
      0,
      quiz.chairs.findIndex((c) => c.number === this.chair),
    );
    this.#showResult(undefined, 'code');
    this.focusIndex = index;
    if (this.remember) keepAnswer(quiz.id, undefined);
    fire(this, 'coop-chair-quiz-reset', { quizId: quiz.id });
    await this.updateComplete;
    this.#chairElements[index]?.focus();
  }

  /** Loads the quiz file again (after a network error, say); off the page, when it comes back. */
  reload() {
    this.#quizFile.reload();
  }

  /** The visitor picked a chair: show its result, tell the page, move focus to the result. */
  async #choose(index: number) {
    const quiz = this.quiz;
    const chair = quiz?.chairs[index];
    if (!quiz || !chair) return;
    const changed = this.chair !== chair.number || this.result?.origin !== 'visitor';
    this.#showResult(chair.number, 'visitor');
    this.focusIndex = index;
    this.#sharing.clear();
    if (this.remember) keepAnswer(quiz.id, chair.number);
    if (changed) fire(this, 'coop-chair-quiz-choose', { quizId: quiz.id, chair: chair.number });
    await this.updateComplete;
    this.#resultHeading?.focus();
    // On a phone the result's first screen (title to tip) fits, but the picture above pushes its end off the screen:
    // bring the end in, which keeps the title in view (nothing moves where it is already shown).
    (this.renderRoot.querySelector('.tip') ?? this.renderRoot.querySelector('.actions'))?.scrollIntoView({
      block: 'nearest',
    });
  }

  #showResult(chair: number | null | undefined, origin: ResultOrigin) {
    const old = this.chair;
    this.result = chair == null ? undefined : { chair, origin };
    this.requestUpdate('chair', old);
  }

  /**
   * A friend's result link for this quiz in the page's address invites the visitor to pick first (their result is
   * one tap away); with `remember`, the visitor's last answer is shown (compared with the friend's, if any).
   */
  #restoreResult(quiz: Quiz) {
    this.friend = location.hash.includes('coop-chair-quiz=')
      ? share.readResultLink(location.hash, quiz.id, quiz.chairs.length)
      : undefined;
    if (this.friend !== undefined && !this.#friendLink)
      friendLinkFile().then(
        ({ friendLink }) => {
          this.#friendLink ??= friendLink({ html, nothing, msg }, this.renderRoot as ShadowRoot);
          this.requestUpdate();
        },
        // Without it the quiz works as if opened without the link.
        (error: unknown) => console.warn(error),
      );
    if (this.chair !== undefined) return;
    const last = this.remember ? recallAnswer(quiz.id, quiz.chairs.length) : undefined;
    if (last !== undefined) this.#showResult(last, 'remembered');
  }

  /** The interface locale this quiz speaks. */
  get #locale() {
    return this.#uiLocale.current;
  }

  get #digitSystem() {
    return digitSystem(this.digits);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('chair') && this.quiz && this.chair !== undefined) {
      const index = this.quiz.chairs.findIndex((c) => c.number === this.chair);
      if (index >= 0) this.focusIndex = index;
    }
  }

  /** A quiz text in the visitor's language, with the language it is really in (see `pickText`). */
  #textOf(value: Text, quiz: Quiz): ShownText {
    return pickText(value, this.#locale, quiz.lang);
  }

  /**
   * The sizer gives the quiz its width where the page sizes it to its content (see the styles); the container is the
   * box the quiz's container queries measure.
   */
  override render() {
    const locale = this.#uiLocale.shown;
    const file = this.#quizFile.file;
    return html`<div class="sizer"></div>
      <div class="container">
        <div class="base" part="base" lang=${locale ?? nothing} dir=${locale ? directionOf(locale) : nothing}>
          ${locale && file?.status === 'ready' ? this.#renderQuiz(file.quiz) : locale && file?.status === 'failed' ? this.#renderError(file.error) : renderLoading(!!locale)}
        </div>
      </div>`;
  }

  #renderQuiz(quiz: Quiz) {
    const locale = this.#locale;
    const text = (value: Text | undefined) => (value === undefined ? undefined : this.#textOf(value, quiz));
    const alt = this.#textOf(quiz.image.alt, quiz);
    const chosen = quiz.chairs.find((c) => c.number === this.chair);
    const theirs = quiz.chairs[(this.friend ?? 0) - 1];
    const friend = theirs && {
      quiz,
      locale,
      digits: this.#digitSystem,
      friend: theirs,
      chairPrefix,
    };
    return html`<article class="card">
      <header class="head">
        ${renderText(text(quiz.title), locale, { tag: 'p', cls: 'title', part: 'title' })}
        ${renderText(text(quiz.question), locale, { tag: 'h2', cls: 'question', part: 'question', id: 'question' })}
        ${renderText(text(quiz.intro), locale, { tag: 'p', cls: 'intro' })}
        ${friend && !chosen ? this.#friendLink?.invite(friend, () => this.#showResult(this.friend, 'shared')) : nothing}
      </header>
      <div class="stage">
        <div class="picture-column">
          ${renderFrame(
            quiz,
            html`<img
                class="picture"
                src=${quiz.image.src}
                alt=${alt.text}
                lang=${alt.lang === locale ? nothing : alt.lang}
                width=${quiz.image.width ?? nothing}
                height=${quiz.image.height ?? nothing}
                decoding="async"
                @error=${() => (this.pictureFailed = true)}
                @load=${() => (this.pictureFailed = false)}
              />
              ${
                this.pictureFailed
                  ? html`<p class="picture-missing" role="note">${msg('تعذّر تحميل الصورة، لكن يمكن اختيار كرسي برقمه.', { id: 'picture-missing', desc: 'Shown over the empty picture area when the room picture fails to load.' })}</p>`
                  : nothing
              }
              <div
                class="chairs"
                role="radiogroup"
                aria-labelledby="question"
                aria-describedby="prompt hint"
                @keydown=${this.#onChairKeydown}
                @click=${this.#onChairClick}
                @focusin=${this.#onChairFocus}
                @focusout=${() => (this.keyboardFocus = false)}
              >
                ${renderChairs(quiz, this.#chairDrawing.drawn, (this.chair ?? 0) - 1, this.focusIndex, locale, this.#digitSystem)}
              </div>`,
          )}
          <p class=${this.keyboardFocus ? 'hint keyboard' : 'hint'} id="hint">
            ${chairCount(quiz.chairs.length, locale, this.#digitSystem)}.
            <span class="keys">${msg('باستعمال لوحة المفاتيح: الأسهم للتنقّل، ومفتاح المسافة أو Enter للاختيار.', { id: 'hint-keys', desc: 'Keyboard instructions under the picture, shown only while a chair has keyboard focus (always read by screen readers). "Enter" is the key name; keep it as it appears on keyboards.' })}</span>
          </p>
        </div>
        <div class="side">
          ${
            chosen
              ? renderResultCard({
                  quiz,
                  chair: chosen,
                  origin: this.result?.origin,
                  locale,
                  digits: this.#digitSystem,
                  comparison: friend && this.#friendLink?.comparison(friend, chosen),
                  share: this.result?.origin === 'shared' ? nothing : this.#renderShare(quiz, chosen),
                  onChooseAgain: () => this.reset(),
                  links: [...ownerLink(this.actionHref, this.actionLabel), ...ownerLink(this.nextHref, this.nextLabel)],
                })
              : html`<p class="prompt" id="prompt">${msg('اختاروا كرسيًّا لتكتشفوا ما يقوله عنكم.', { id: 'hint', desc: 'Invitation beside or under the picture before a chair is chosen. Addressed in the plural, as Moroccan pages do, so that it speaks to women and men alike.' })}</p>`
          }
        </div>
      </div>
      ${renderText(text(quiz.disclaimer) ?? { text: this.#defaultDisclaimer(), lang: locale }, locale, { tag: 'p', cls: 'disclaimer', part: 'disclaimer' })}
    </article>`;
  }

  #defaultDisclaimer() {
    return msg('هذا الاختبار للتسلية والتأمل فحسب، وليس تقييمًا نفسيًّا.', {
      id: 'disclaimer',
      desc: 'Shown under every quiz that gives no disclaimer of its own.',
    });
  }

  #renderShare(quiz: Quiz, chair: Chair) {
    const page = this.shareUrl ? share.fillShareUrl(this.shareUrl, quiz.id, chair.number) : undefined;
    return this.#sharing.render({
      quiz,
      chair,
      locale: this.#locale,
      digits: this.#digitSystem,
      pictureUrl: quiz.image.src,
      link: page ?? share.resultLink(location.href, quiz.id, chair.number),
      owner: this.owner || undefined,
      commentUrl: this.commentUrl || undefined,
    });
  }

  #renderError(error: QuizLoadError) {
    const { reason, retry } = loadErrorMessage(error);
    return html`<div class="error" part="error" role="alert">
      <p class="error-title">${cannotShowTitle()}</p>
      <p>${reason}</p>
      ${
        retry
          ? html`<button class="retry" part="button" type="button" @click=${() => this.reload()}>
            ${msg('أعد المحاولة', { id: 'retry', desc: 'Button in the error message: load the quiz again.' })}
          </button>`
          : nothing
      }
    </div>`;
  }
}
