import { css } from 'lit';
import { visuallyHidden } from '../../src/coop-chair-quiz.styles.js';
import { formStyles } from './form.styles.js';
import { pictureEditorStyles } from './picture-editor.styles.js';
import { previewStyles } from './preview-panel.styles.js';

/*
 * The editor's look: the component's palette (teal markers, yellow for the chair being edited, the same focus blue)
 * on a warm page. Text contrast ≥ 4.5:1, field borders and markers ≥ 3:1, targets ≥ 24×24 px (buttons 44 px).
 * Positions on the picture are physical (`left`/`top`, the picture is never mirrored); everything else uses
 * logical properties, so Arabic needs no special rules.
 */

/** The page itself: its palette, layout, header, cards, buttons, file bar, problems and kept draft. */
const pageStyles = css`
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


  ${visuallyHidden}

  @media (forced-colors: active) {
    .modes button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;

/**
 * Every part renders in the playground's one shadow root; each part's rules live beside it, after the page's,
 * so that a part's rule wins over a page rule of the same specificity, as when they were one sheet.
 */
export const styles = [pageStyles, pictureEditorStyles, previewStyles, formStyles];
