import { css } from 'lit';

/** `<author-preview>`: the live quiz, its language and width choices, at phone or desktop width. */
export const previewStyles = css`
  /* It renders in the playground's shadow root, without one of its own. */
  author-preview {
    display: grid;
    gap: 14px;
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

`;
