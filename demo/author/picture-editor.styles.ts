import { css } from 'lit';

/** `<author-picture-editor>` and the picture card around it: the picture's source, the frame, the chair markers. */
export const pictureEditorStyles = css`
  /* It renders in the playground's shadow root, without one of its own. */
  author-picture-editor {
    display: grid;
    gap: 10px;
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
  }
`;
