/**
 * The element's events. All bubble and are composed (they cross shadow roots), so a page can listen on
 * `document` for its own analytics even when the quiz sits inside another component.
 */
import type { QuizLoadErrorKind } from './load.js';

export interface QuizReadyDetail {
  /** The quiz `id` from the file. */
  quizId: string;
  /** The absolute URL it was loaded from. */
  url: string;
  /** How many chairs it has. */
  chairs: number;
}

export interface ChairChooseDetail {
  quizId: string;
  /** The chosen chair's number, as in the file (1…N). */
  chair: number;
}

export interface QuizErrorDetail {
  /** The absolute URL of the quiz file. */
  url: string;
  kind: QuizLoadErrorKind;
  /** A technical explanation in English, also written to the console. */
  message: string;
  /** For `kind: "invalid"`: one line per problem, e.g. `chairs[3].x: expected a number from 0 to 100, got 140`. */
  problems: readonly string[];
  /** For `kind: "http"`: the status code. */
  status?: number;
}

export interface ResetDetail {
  quizId: string;
}

/**
 * Typed where pages listen: `GlobalEventHandlersEventMap` is what `HTMLElementEventMap`, `DocumentEventMap` and
 * `WindowEventMap` all extend, so `document.addEventListener('coop-chair-quiz-choose', (e) => e.detail.chair)` is
 * typed as well as a listener on the element.
 */
declare global {
  interface GlobalEventHandlersEventMap {
    'coop-chair-quiz-ready': CustomEvent<QuizReadyDetail>;
    'coop-chair-quiz-choose': CustomEvent<ChairChooseDetail>;
    'coop-chair-quiz-reset': CustomEvent<ResetDetail>;
    'coop-chair-quiz-error': CustomEvent<QuizErrorDetail>;
  }
}

export const fire = <
  K extends 'coop-chair-quiz-ready' | 'coop-chair-quiz-choose' | 'coop-chair-quiz-reset' | 'coop-chair-quiz-error',
>(
  target: HTMLElement,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
) => target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
