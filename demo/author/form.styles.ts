import { css } from 'lit';

/** The form (form-templates.ts): fields, text groups, counters, the chairs' chips and a chair's form or sheet. */
export const formStyles = css`
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

  @media (forced-colors: active) {
    .chip[aria-current='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
