/** Registers `<quiz-author>`, its parts, and the quiz element its preview uses. Registering twice is harmless. */
import '../../src/define.js';
import { AuthorPictureEditor } from './picture-editor.js';
import { AuthorPreview } from './preview-panel.js';
import { QuizAuthor } from './quiz-author.js';

export const AUTHOR_TAG = 'quiz-author';

const tags: [string, CustomElementConstructor][] = [
  ['author-picture-editor', AuthorPictureEditor],
  ['author-preview', AuthorPreview],
  [AUTHOR_TAG, QuizAuthor],
];
for (const [tag, element] of tags) if (!customElements.get(tag)) customElements.define(tag, element);

declare global {
  interface HTMLElementTagNameMap {
    'quiz-author': QuizAuthor;
  }
}

export { AuthorPictureEditor, AuthorPreview, QuizAuthor };
