import { css } from 'lit';
import { visuallyHidden } from '../../src/coop-chair-quiz.styles.js';

/*
 * The editor's look: the component's palette (teal markers, yellow for the chair being edited, the same focus blue)
 * on a warm page. Text contrast ≥ 4.5:1, field borders and markers ≥ 3:1, targets ≥ 24×24 px (buttons 44 px).
 * Positions on the picture are physical (`left`/`top`, the picture is never mirrored); everything else uses
 * logical properties, so Arabic needs no special rules.
 */
export const styles = css`
  :host {
    display: block;
    color-scheme: light;
    container-type: inline-size;
    --page: #f1ede4;
    --surface: #fffdf8;
    --border: #d9d2c3;
    --field-border: #857c6d;
    --text: #1d2422;
    --muted: #4d5a56;
    --accent: #0f5c5c;
    --accent-soft: #e3efed;
    --chosen: #f2b705;
    --focus: #1a56db;
    --error: #b3261e;
    --error-text: #8c1d18;
    --error-soft: #fdf0ef;
    --ok-text: #1e5b34;
    --ok-soft: #e7f4ea;
    --warn-text: #6b4500;
    --warn-soft: #fff3d6;
    --radius: 14px;
    --font: system-ui, 'Segoe UI', 'Noto Sans Arabic', 'Noto Naskh Arabic', Tahoma, 'Geeza Pro', sans-serif;
  }

  [hidden] {
    display: none !important;
  }

  * {
    box-sizing: border-box;
  }

  .app {
    max-inline-size: 1360px;
    margin-inline: auto;
    padding: clamp(10px, 2cqi, 28px);
    display: grid;
    gap: 16px;
    font-family: var(--font);
    line-height: 1.6;
    color: var(--text);
  }
  .app[dir='ltr'] {
    line-height: 1.5;
  }

  h1,
  h2,
  h3,
  p {
    margin: 0;
  }
  h1 {
    font-size: clamp(1.35rem, 1.05rem + 1.3cqi, 2rem);
    line-height: 1.3;
    color: var(--accent);
  }
  h2 {
    font-size: 1.2rem;
    line-height: 1.35;
  }
  h3 {
    font-size: 1.1rem;
  }

  /* Header */
  .page-head {
    display: flex;
    flex-wrap: wrap;
    gap: 12px 32px;
    align-items: flex-start;
    justify-content: space-between;
  }
  .page-intro {
    display: grid;
    gap: 6px;
    flex: 1 1 420px;
    max-inline-size: 72ch;
  }
  .privacy {
    color: var(--ok-text);
    font-weight: 600;
  }

  /* Cards */
  .card {
    background: var(--surface);
    border: 1px solid var(--border);
    border-radius: var(--radius);
    padding: clamp(12px, 1.8cqi, 22px);
    display: grid;
    gap: 14px;
    align-content: start;
    min-inline-size: 0;
  }
  .card-head {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    align-items: center;
    justify-content: space-between;
  }

  /* Layout: picture beside the form on wide screens, the picture staying in view while the form scrolls. */
  .workspace {
    display: grid;
    gap: 16px;
    align-items: start;
  }
  .stage-column,
  .form-column {
    display: grid;
    gap: 16px;
    min-inline-size: 0;
    container-type: inline-size;
  }
  /*
   * Wide screens: the picture beside the form, the file bar at the top of the form's column, so that at
   * 1280 × 900 the whole picture is in the first screen (issue 17: it started below the fold).
   */
  @container (min-width: 980px) {
    .app {
      grid-template-columns: minmax(0, 11fr) minmax(0, 9fr);
      align-items: start;
    }
    .page-head {
      grid-column: 1 / -1;
    }
    .workspace {
      display: contents;
    }
    .filebar {
      grid-column: 2;
      grid-row: 2;
    }
    .form-column {
      grid-column: 2;
      grid-row: 3;
    }
    .stage-column {
      grid-column: 1;
      grid-row: 2 / span 2;
      position: sticky;
      inset-block-start: 8px;
      max-block-size: calc(100vh - 16px);
      overflow: auto;
      padding: 4px;
      margin: -4px;
    }
  }

  /* Buttons */
  button,
  select,
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
  }
  .primary,
  .secondary,
  .danger {
    min-block-size: 44px;
    padding-block: 8px;
    padding-inline: 16px;
    border-radius: 999px;
    border: 2px solid var(--accent);
    font-weight: 600;
    line-height: 1.3;
  }
  .primary {
    background: var(--accent);
    color: #ffffff;
  }
  .secondary {
    background: var(--surface);
    color: var(--accent);
  }
  .secondary:hover {
    background: var(--accent-soft);
  }
  .primary:hover {
    filter: brightness(1.12);
  }
  .danger {
    border-color: var(--error);
    color: var(--error-text);
    background: var(--surface);
    min-block-size: 40px;
  }
  .danger:hover {
    background: var(--error-soft);
  }
  .link {
    min-block-size: 24px;
    padding: 2px 0;
    border: 0;
    background: none;
    color: var(--accent);
    text-decoration: underline;
    text-underline-offset: 3px;
    font-weight: 600;
    text-align: start;
  }
  :focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 12px;
    align-items: center;
  }
  .spacer {
    flex: 1;
  }
  .help {
    color: var(--muted);
    font-size: 0.9rem;
  }
  /* A field's length and limit: muted while it fits, the error colour (9.0:1 on the cards; muted is 7.1:1) once it is over. */
  .counter {
    color: var(--muted);
    font-size: 0.85rem;
    text-align: end;
  }
  .counter.over {
    color: var(--error-text);
    font-weight: 700;
  }
  .optional {
    font-weight: 400;
    color: var(--muted);
  }

  /* Segmented choices (page language, width, modes) */
  .segmented {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
    border: 0;
    padding: 0;
    margin: 0;
  }
  .segmented legend {
    float: inline-start;
    margin-inline-end: 6px;
    font-weight: 600;
    font-size: 0.95rem;
  }
  .segmented label {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-block-size: 40px;
    padding-inline: 12px;
    border: 1.5px solid var(--field-border);
    border-radius: 999px;
    background: var(--surface);
    cursor: pointer;
  }
  .segmented label:has(input:checked) {
    border-color: var(--accent);
    background: var(--accent-soft);
    font-weight: 600;
  }
  .segmented input {
    accent-color: var(--accent);
    inline-size: 18px;
    block-size: 18px;
    margin: 0;
  }
  /* Pills need no radio dots: the pill is the choice (the radio stays for keyboards). */
  .pills input {
    position: absolute;
    opacity: 0;
    pointer-events: none;
  }
  .pills label {
    position: relative;
    min-inline-size: 44px;
    justify-content: center;
  }
  .segmented label:has(input:focus-visible) {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  .modes button {
    min-block-size: 40px;
    padding-inline: 14px;
    border: 1.5px solid var(--accent);
    border-radius: 999px;
    background: var(--surface);
    color: var(--accent);
    font-weight: 600;
  }
  .modes button[aria-pressed='true'] {
    background: var(--accent);
    color: #ffffff;
  }

  /* File bar */
  .filebar {
    gap: 10px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 10px;
    align-items: center;
  }
  .site-quizzes {
    display: inline-flex;
    gap: 8px;
    align-items: center;
    font-weight: 600;
  }
  .site-quizzes select {
    inline-size: auto;
    min-inline-size: 10em;
  }
  .status {
    font-weight: 600;
  }
  .status-ready {
    color: var(--ok-text);
  }
  .status-todo .link {
    color: var(--warn-text);
  }
  .notices {
    display: grid;
    gap: 6px;
  }
  .notices:empty {
    display: none;
  }
  .notice {
    padding: 8px 12px;
    border-radius: 10px;
    background: var(--accent-soft);
  }
  .notice-ok {
    background: var(--ok-soft);
    color: var(--ok-text);
  }
  .notice-warn {
    background: var(--warn-soft);
    color: var(--warn-text);
  }
  .download-links a {
    color: var(--accent);
    font-weight: 600;
    margin-inline-end: 8px;
  }

  /* Problems */
  .problem {
    display: grid;
    gap: 4px;
    padding-block: 6px;
    padding-inline: 10px;
    border-inline-start: 4px solid var(--error);
    border-radius: 6px;
    background: var(--error-soft);
    color: var(--error-text);
    font-size: 0.92rem;
  }
  .summary {
    border-color: #e0b4ae;
  }
  .preview-blocked ul {
    margin: 0;
    padding-inline-start: 20px;
  }
  .summary summary {
    cursor: pointer;
    min-block-size: 32px;
  }
  .summary summary h2 {
    display: inline;
    font-size: 1.05rem;
    color: var(--error-text);
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 20px;
    display: grid;
    gap: 4px;
  }
  .summary li .link {
    color: var(--text);
    font-weight: 400;
  }
  .summary li strong {
    color: var(--error-text);
  }

  /* The picture editor */
  .picture-source {
    display: grid;
    gap: 6px;
  }
  .json-view summary,
  .address-box summary {
    cursor: pointer;
    color: var(--accent);
    font-weight: 600;
    min-block-size: 32px;
    padding-block: 4px;
  }
  #json-text {
    inline-size: 100%;
    min-block-size: 14em;
    max-block-size: 28em;
    margin-block-start: 6px;
    font: 0.85rem / 1.45 ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    field-sizing: fixed;
  }
  .address-box[open] {
    display: grid;
    gap: 6px;
  }
  .address {
    gap: 6px 8px;
  }
  .file-name {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.95em;
    white-space: nowrap;
    color: var(--text);
  }
  .address label {
    font-weight: 600;
  }
  .address input {
    flex: 1 1 220px;
  }
  .picture-info:empty {
    display: none;
  }
  .editor {
    display: grid;
    gap: 10px;
  }
  .frame {
    position: relative;
    container-type: inline-size;
    inline-size: 100%;
    aspect-ratio: var(--ratio, 4 / 3);
    border-radius: 12px;
    background: #e9e2d3;
    border: 2px dashed var(--field-border);
    direction: ltr;
    user-select: none;
    -webkit-user-select: none;
  }
  .frame.dropping {
    outline: 3px dashed var(--accent);
    outline-offset: 4px;
  }
  .frame.has-picture {
    border: 0;
    cursor: crosshair;
  }
  .picture {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
    border-radius: 12px;
    pointer-events: none;
  }
  .empty {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: 24px;
    text-align: center;
    color: var(--muted);
  }
  .markers {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .marker {
    position: absolute;
    left: calc(var(--x) * 1%);
    top: calc(var(--y) * 1%);
    inline-size: clamp(28px, 7cqi, 44px);
    block-size: clamp(28px, 7cqi, 44px);
    translate: -50% -50%;
    display: grid;
    place-items: center;
    padding: 0;
    border-radius: 50%;
    border: 2px solid #ffffff;
    background: var(--accent);
    color: #ffffff;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.45);
    font: 700 clamp(13px, 3.1cqi, 20px) / 1 var(--font);
    pointer-events: auto;
    touch-action: none;
    cursor: grab;
  }
  .marker:active {
    cursor: grabbing;
  }
  .marker.selected {
    background: var(--chosen);
    color: var(--text);
    border-color: var(--text);
    z-index: 1;
  }
  .marker.invalid {
    box-shadow:
      0 0 0 3px #ffffff,
      0 0 0 6px var(--error);
  }
  .marker.invalid::after {
    content: '!';
    position: absolute;
    top: -10px;
    right: -10px;
    inline-size: 20px;
    block-size: 20px;
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: var(--error);
    color: #ffffff;
    font-size: 13px;
  }
  .marker:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 5px;
    z-index: 2;
  }

  /* The preview */
  .preview-panel {
    display: grid;
    gap: 10px;
  }
  .preview-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 10px 20px;
    align-items: center;
  }
  .preview-controls > label {
    display: inline-flex;
    gap: 8px;
    align-items: center;
    font-weight: 600;
  }
  .preview-controls select {
    inline-size: auto;
    min-inline-size: 9em;
  }
  .preview-viewport {
    display: flex;
    justify-content: center;
    padding: 12px;
    border-radius: 12px;
    background: #e6dfd0;
    overflow: hidden;
  }
  .preview-stage {
    flex: none;
    background: #ffffff;
  }
  .preview-stage.phone {
    inline-size: 380px;
    padding-block: 18px;
    padding-inline: 0;
    border: 10px solid #1d2422;
    border-radius: 30px;
  }
  .preview-stage.desktop {
    inline-size: 1024px;
    padding: 16px;
    border: 1px solid var(--border);
    border-block-start: 22px solid #d2cbbd;
    border-radius: 10px;
  }

  /* The form */
  .field {
    display: grid;
    gap: 4px;
    min-inline-size: 0;
    margin: 0;
  }
  fieldset.field {
    border: 1px solid var(--border);
    border-radius: 10px;
    padding-block: 8px 12px;
    padding-inline: 12px;
  }
  fieldset.field legend,
  .field > .lang-field > label,
  .field > label {
    font-weight: 600;
    padding-inline: 4px;
  }
  .text-group .lang-field label {
    font-size: 0.9rem;
    color: var(--muted);
    font-weight: 600;
  }
  .lang-field {
    display: grid;
    gap: 3px;
  }
  .text-group {
    gap: 8px;
  }
  input[type='text'],
  input[type='number'],
  select,
  textarea {
    inline-size: 100%;
    min-block-size: 44px;
    padding-block: 8px;
    padding-inline: 10px;
    border: 1.5px solid var(--field-border);
    border-radius: 8px;
    background: #ffffff;
  }
  textarea {
    resize: vertical;
    min-block-size: 68px;
    /* Grows with its text where supported (Chromium); elsewhere the author can drag it taller. */
    field-sizing: content;
    max-block-size: 22em;
  }
  [aria-invalid='true'] {
    border-color: var(--error) !important;
    border-width: 2px !important;
    background: #fffafa;
  }
  .split {
    display: grid;
    gap: 12px;
  }
  @container (min-width: 520px) {
    .split {
      grid-template-columns: 1fr 1fr;
      align-items: start;
    }
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 18px;
  }
  .check {
    display: inline-flex;
    gap: 8px;
    align-items: center;
    min-block-size: 32px;
  }
  .check input {
    inline-size: 24px;
    block-size: 24px;
    accent-color: var(--accent);
  }
  .coordinate {
    display: grid;
    gap: 2px;
    flex: 1 1 120px;
    font-size: 0.9rem;
    color: var(--muted);
    font-weight: 600;
  }

  /* Chairs */
  .chair-picker {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .chip {
    position: relative;
    inline-size: 44px;
    block-size: 44px;
    border-radius: 50%;
    border: 2px solid var(--accent);
    background: var(--surface);
    color: var(--accent);
    font-weight: 700;
  }
  .chip[aria-current='true'] {
    background: var(--chosen);
    border-color: var(--text);
    color: var(--text);
  }
  .chip .dot {
    position: absolute;
    inset-block-start: -3px;
    inset-inline-end: -3px;
    inline-size: 14px;
    block-size: 14px;
    border-radius: 50%;
    background: var(--error);
    border: 2px solid #ffffff;
  }
  /* The parts render in this shadow root, without one of their own. */
  author-picture-editor {
    display: grid;
    gap: 10px;
  }
  author-preview {
    display: grid;
    gap: 14px;
  }

  /* The kept draft: where it lives, or the offer to restore one. */
  .draft-line {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    align-items: baseline;
  }
  .draft-offer,
  .picture-weight {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 12px;
    align-items: center;
  }
  .draft-offer p,
  .picture-weight p {
    flex: 1 1 24ch;
  }

  /* On a narrow screen a chair's form is a sheet over the picture (a modal dialog, in the top layer). */
  .chair-sheet {
    inline-size: 100%;
    max-inline-size: 100%;
    max-block-size: 62vh;
    margin: auto 0 0;
    padding: 12px clamp(12px, 4vw, 22px) 22px;
    border: 0;
    border-start-start-radius: var(--radius);
    border-start-end-radius: var(--radius);
    background: var(--surface);
    color: var(--text);
    font-family: var(--font);
    line-height: 1.6;
    box-shadow: 0 -4px 24px rgb(0 0 0 / 0.35);
    overscroll-behavior: contain;
  }
  .chair-sheet::backdrop {
    background: rgb(0 0 0 / 0.25);
  }
  .sheet-done {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    margin-block-end: 8px;
  }

  .chair-form {
    display: grid;
    gap: 14px;
    padding-block-start: 12px;
    border-block-start: 1px solid var(--border);
  }

  ${visuallyHidden}

  @media (forced-colors: active) {
    .marker {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border: 2px solid CanvasText;
      box-shadow: none;
    }
    .marker.selected {
      background: Highlight;
      color: HighlightText;
    }
    .marker.invalid {
      outline: 3px dashed CanvasText;
    }
    .chip[aria-current='true'],
    .modes button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
