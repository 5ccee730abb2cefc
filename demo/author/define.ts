/** Registers `<quiz-author>` (and the quiz element its preview uses). Registering twice is harmless. */
import '../../src/define.js';
import { QuizAuthor } from './quiz-author.js';

export const AUTHOR_TAG = 'quiz-author';

if (!customElements.get(AUTHOR_TAG)) customElements.define(AUTHOR_TAG, QuizAuthor);

declare global {
  interface HTMLElementTagNameMap {
    'quiz-author': QuizAuthor;
  }
}

export { QuizAuthor };
