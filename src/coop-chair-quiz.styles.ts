import { css } from 'lit';

/*
 * Colours: the defaults follow the page's colour scheme through `light-dark()` (the host inherits the page's
 * `color-scheme`; a page that declares none stays light). Contrast, measured by the browser tests:
 * text ≥ 4.5:1 on the card in both schemes; chair markers (fixed colours, since the picture does not change)
 * ≥ 3:1 against their ring; the two-tone focus ring ≥ 3:1 against any picture behind it.
 *
 * Positions on the picture are physical (`left`/`top`): the picture is never mirrored. Everything else uses
 * logical properties, so right-to-left needs no special rules.
 */
/** Text for screen readers only. Shared with the quiz playground (demo/author). */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

export const styles = css`
  :host {
    display: block;
    min-inline-size: min(240px, 100%);
    color-scheme: inherit;
    --_font: var(--coop-font-family, system-ui, 'Segoe UI', 'Noto Naskh Arabic', 'Noto Sans Arabic', sans-serif);
    /* Arabic text: the Arabic faces first, or Linux desktops get DejaVu's Arabic and Macs may get Tahoma (through
     * system-ui); Latin letters inside it fall through to the UI faces. */
    --_arabic-font: var(
      --coop-font-family,
      'Noto Naskh Arabic',
      'Geeza Pro',
      'Arabic UI Text',
      'Segoe UI',
      'Noto Sans Arabic',
      system-ui,
      Tahoma,
      sans-serif
    );
    --_surface: var(--coop-surface, light-dark(#fffdf8, #1f2321));
    --_text: var(--coop-text, light-dark(#1d2422, #f2efe6));
    --_muted: var(--coop-muted, light-dark(#4d5a56, #c2cbc7));
    --_accent: var(--coop-accent, light-dark(#0f5c5c, #7fd1c7));
    --_on-accent: var(--coop-on-accent, light-dark(#ffffff, #062523));
    --_chosen: var(--coop-chosen, #f2b705);
    --_focus: var(--coop-focus, light-dark(#1a56db, #9ec1ff));
    --_radius: var(--coop-radius, 14px);
    --_border: light-dark(#d9d2c3, #3b423f);
    --_panel: light-dark(#f4efe4, #2a302d);
    --_chair-size: clamp(28px, 7cqi, 44px);
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  /*
   * Width. Where the page gives the quiz a width (a block, a stretched flex or grid item), it takes all of it. Where
   * the page sizes it to its content (a flex column aligned to the start or centred, as in WordPress's Stack group;
   * a centred flex row or grid; inline-block, float, table cell, fit-content, absolute, inline-flex), its content
   * must say how wide it likes to be, and a query container says nothing (size containment makes it 0 wide). The
   * sizer, an empty grid of one track, says it: up to --coop-max-width (its max-content width), never more than
   * the box (its min-content width is 0, so a shrink-to-fit box narrower than 240 px is not overflowed). The host's
   * minimum keeps a flex row from squeezing it below 240 px, or the whole box where that is narrower.
   */
  .sizer {
    display: grid;
    grid-template-columns: minmax(0, var(--coop-max-width, 960px));
  }
  .container {
    container-type: inline-size;
  }

  /* A theme's focus ring around the whole quiz (the host matches :focus while focus is inside it) would box it after
   * every pick: focus inside the quiz has its own visible rings. Shadow !important beats the page's rules. */
  :host(:focus),
  :host(:focus-visible) {
    outline: none !important;
  }

  .base {
    box-sizing: border-box;
    /* Inherited text properties are the ones a page's CSS can push through the shadow root: reset them all. */
    font: normal 400 var(--coop-font-size, max(1rem, 16px)) / var(--coop-line-height, 1.7) var(--_font);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: clamp(12px, 3cqi, 24px);
    text-align: start;
    /* A word longer than the line (a URL, a long French compound at 240 px) wraps rather than spills. */
    overflow-wrap: anywhere;
  }
  .base[dir='ltr'] {
    line-height: var(--coop-line-height, 1.5);
  }
  /* Naskh reads visibly smaller than Latin at the same size: Arabic pages get 18 px where Latin gets 16 px. */
  .base:lang(ar) {
    font-size: var(--coop-font-size, max(1.125rem, 18px));
  }
  :lang(ar) {
    font-family: var(--_arabic-font);
  }
  .base *,
  .base *::before,
  .base *::after {
    box-sizing: border-box;
  }

  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 12px;
  }

  h2,
  h3,
  h4,
  p {
    margin: 0;
  }

  .head {
    display: grid;
    gap: 6px;
  }
  .title {
    font-size: 0.95em;
    font-weight: 600;
    color: var(--_accent);
  }
  /* The question is what draws people in: the main heading, balanced so no word is left alone on its last line. */
  .question {
    font-size: 1.45em;
    font-weight: 700;
    line-height: 1.4;
    text-wrap: balance;
  }
  .intro,
  .hint,
  .disclaimer,
  .place-line {
    color: var(--_muted);
  }
  .hint,
  .disclaimer {
    font-size: 0.9em;
  }
  .disclaimer {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 8px;
  }

  .stage,
  .picture-column {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 12px;
    align-items: start;
  }
  /* Wide containers: the result beside the picture, so both fit one screen (and one screenshot). The column is
   * there before a pick too (with the invitation to pick), so the picture keeps its size when the result comes. */
  @container (min-width: 760px) {
    .stage {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
  }
  /* The loading placeholder (the card hidden from screen readers) has one line per text; where the quiz is narrow,
   * a question and an introduction wrap: the meeting room's to 2 and 3 lines on a 412 px phone (in Arabic). */
  @container (max-width: 480px) {
    .card[aria-hidden] .question {
      min-block-size: 2lh;
    }
    .card[aria-hidden] .intro {
      min-block-size: 3lh;
    }
  }
  .prompt {
    padding: 12px 16px;
    border-radius: var(--_radius);
    background: var(--_panel);
    font-weight: 600;
  }
  /* Keyboard instructions are for keyboard users: shown while a chair has keyboard focus (:focus-visible, the
   * element's keyboardFocus), always read by screen readers (the chairs' description). */
  .hint:not(.keyboard) .keys {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* The picture and its chairs. */
  /* The frame is the chairs' query container: a chair's size follows the picture's width (7%, 28 to 44 px). */
  .frame {
    container-type: inline-size;
    position: relative;
    inline-size: 100%;
    aspect-ratio: var(--coop-ratio, 4 / 3);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_panel);
    direction: ltr;
  }
  .picture {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }
  .picture-missing {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 0;
    padding: 8px 12px;
    font-size: 0.9em;
    background: var(--_surface);
    color: var(--_text);
    direction: inherit;
  }
  .chairs,
  .batch {
    position: absolute;
    inset: 0;
  }
  /* A batch of chairs covers the whole picture: let the pointer through to the chairs of the batches below. */
  .batch {
    pointer-events: none;
  }

  .chair {
    position: absolute;
    left: calc(var(--x) * 1%);
    top: calc(var(--y) * 1%);
    inline-size: var(--_chair-size);
    block-size: var(--_chair-size);
    translate: -50% -50%;
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: var(--coop-chair-color, #0b4a4a);
    color: #ffffff;
    border: 2px solid #ffffff;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.45);
    font: 700 calc(var(--_chair-size) * 0.45) / 1 var(--_font);
    cursor: pointer;
    user-select: none;
    -webkit-tap-highlight-color: transparent;
    touch-action: manipulation;
    pointer-events: auto;
    transition: scale 160ms ease-out;
  }
  .chair:hover {
    scale: 1.08;
  }
  .chair[aria-checked='true'] {
    background: var(--_chosen);
    color: #1d2422;
    border-color: #1d2422;
    box-shadow:
      0 0 0 3px #ffffff,
      0 2px 8px rgb(0 0 0 / 0.5);
    scale: 1.15;
    z-index: 1;
  }
  .chair:focus {
    outline: none;
  }
  .chair:focus-visible {
    outline: 3px solid transparent;
    box-shadow:
      0 0 0 3px #ffffff,
      0 0 0 6px var(--coop-focus-ring, #0b1f4d);
    z-index: 2;
  }

  /* The result card. */
  .result {
    container-type: inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 10px;
    padding: clamp(12px, 3cqi, 20px);
    border-radius: var(--_radius);
    background: var(--_panel);
    border-inline-start: 6px solid var(--_chosen);
  }
  .result.shared {
    border-inline-start-color: var(--_accent);
  }
  .note {
    font-weight: 600;
    color: var(--_accent);
  }
  .headline {
    font-size: 1.1em;
    font-weight: 600;
    line-height: 1.5;
  }
  .tip {
    display: grid;
    gap: 4px;
    padding: 10px 14px;
    border-radius: 10px;
    background: var(--_surface);
    border: 2px dashed var(--_chosen);
  }
  .tip h4,
  .details h4 {
    font-size: 0.95em;
    color: var(--_accent);
  }
  .details summary {
    display: list-item;
    padding-block: 10px;
    cursor: pointer;
    font-weight: 600;
    color: var(--_accent);
    border-radius: 6px;
  }
  .details-body {
    display: grid;
    gap: 10px;
  }
  .owner-links {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
  }
  .owner-link {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    color: var(--_accent);
    font-weight: 600;
  }
  .result-head {
    display: flex;
    align-items: center;
    gap: 12px;
  }
  .minimap {
    position: relative;
    flex: none;
    /* Makes room for the title in a narrow card: 88 px from a 400 px card, down to 48 px. */
    inline-size: clamp(48px, 22cqi, 88px);
    aspect-ratio: var(--coop-ratio, 4 / 3);
    border-radius: 8px;
    overflow: hidden;
    direction: ltr;
    border: 1px solid var(--_border);
  }
  .minimap img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }
  .minimap-dot {
    position: absolute;
    left: calc(var(--x) * 1%);
    top: calc(var(--y) * 1%);
    inline-size: 16px;
    block-size: 16px;
    translate: -50% -50%;
    border-radius: 50%;
    background: var(--_chosen);
    border: 2px solid #1d2422;
    box-shadow: 0 0 0 2px #ffffff;
  }
  .result-heading {
    display: flex;
    align-items: center;
    gap: 12px;
    min-inline-size: 0;
    font-size: 1.3em;
    line-height: 1.3;
    scroll-margin-block: 16px;
  }
  .result-heading:focus {
    outline: none;
  }
  .result-heading:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
    border-radius: 6px;
  }
  .badge {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 2.2em;
    block-size: 2.2em;
    border-radius: 50%;
    background: var(--_chosen);
    color: #1d2422;
    border: 2px solid #1d2422;
    font-size: 0.9em;
  }
  .styles {
    display: grid;
    gap: 10px;
  }
  @container (min-width: 480px) {
    .styles {
      grid-template-columns: 1fr 1fr;
    }
  }
  .traits ul {
    display: grid;
    gap: 10px;
    margin: 6px 0 0;
    padding: 0;
    list-style: none;
  }
  .scale-ends {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 12px;
    font-size: 0.9em;
  }
  .scale-track {
    position: relative;
    display: block;
    block-size: 8px;
    margin: 6px 8px;
    border-radius: 4px;
    background: var(--_border);
  }
  /* 100 is the label's end (the start side), 0 the opposite's: logical, so right to left needs nothing more. */
  .scale-dot {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: calc((100 - var(--pos)) * 1%);
    inline-size: 18px;
    block-size: 18px;
    margin-block-start: -9px;
    margin-inline-start: -9px;
    border-radius: 50%;
    background: var(--_accent);
    border: 3px solid var(--_surface);
    box-shadow: 0 0 0 1px var(--_accent);
  }
  .actions,
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .copy-status {
    flex-basis: 100%;
  }
  .link-field {
    inline-size: 100%;
    font: inherit;
    padding: 6px;
    direction: ltr;
  }
  .share .share-link {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
    background: transparent;
    color: var(--_accent);
  }

  button,
  .share-link {
    justify-self: start;
    max-inline-size: 100%;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-block: 8px;
    padding-inline: 18px;
    border: 2px solid var(--_accent);
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font: 600 1em / 1.3 var(--_font);
    cursor: pointer;
    margin: 0;
  }
  button:hover,
  .share-link:hover {
    filter: brightness(1.1);
  }
  .share .share-link:hover {
    background: var(--_surface);
  }
  button:focus-visible,
  summary:focus-visible,
  .owner-link:focus-visible,
  .share-link:focus-visible,
  .link-field:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }

  .error {
    display: grid;
    gap: 8px;
    padding: 16px;
    border-radius: var(--_radius);
    border: 2px solid light-dark(#b3261e, #f2b8b5);
    background: light-dark(#fdf0ef, #3a2120);
  }
  .error-title {
    font-weight: 700;
  }

  /* Numbers keep their own direction inside text of the other direction ("Chair 5" in Arabic, "٪" in French). */
  .badge {
    unicode-bidi: isolate;
  }

  ${visuallyHidden}

  @media (prefers-reduced-motion: reduce) {
    .chair {
      transition: none;
    }
    .chair:hover,
    .chair[aria-checked='true'] {
      scale: none;
    }
  }

  @media (forced-colors: active) {
    .chair {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border: 2px solid CanvasText;
      box-shadow: none;
    }
    .chair[aria-checked='true'] {
      background: Highlight;
      color: HighlightText;
      border: 3px solid CanvasText;
      box-shadow: none;
    }
    .chair:focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 3px;
      box-shadow: none;
    }
    .badge {
      border-color: CanvasText;
    }
    .result,
    .tip,
    .prompt {
      border: 1px solid CanvasText;
    }
    .scale-dot {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: Canvas;
    }
  }
`;
