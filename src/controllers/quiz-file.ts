/**
 * The quiz file of one element, from its URL: loading, ready or failed, one state at a time. A new URL (a new `src`)
 * starts a new load and aborts the one in flight; leaving the page aborts it too, and coming back loads again.
 * (A dozen lines of our own rather than @lit/task, which cost 0.6 kB of the script-tag budget.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_TIMEOUT, loadQuiz, QuizLoadError } from '../load.js';
import { loadNoun } from '../localization.js';
import type { Quiz } from '../quiz/schema.js';

export type QuizFile =
  | { status: 'loading'; url: string }
  | { status: 'ready'; url: string; quiz: Quiz }
  | { status: 'failed'; url: string; error: QuizLoadError };

export interface QuizFileHost extends ReactiveControllerHost, HTMLElement {
  /** The absolute URL of the quiz file the element shows. */
  readonly quizUrl: string;
  /** Milliseconds to wait for it. */
  readonly timeout: number;
}

export interface QuizFileEvents {
  ready(quiz: Quiz, url: string): void;
  failed(error: QuizLoadError): void;
}

export class QuizFileController implements ReactiveController {
  /** The file for the element's URL; undefined before the first load and after one cut short by leaving the page. */
  file?: QuizFile;
  #inFlight?: AbortController;

  readonly #host: QuizFileHost;
  readonly #on: QuizFileEvents;

  constructor(host: QuizFileHost, on: QuizFileEvents) {
    this.#host = host;
    this.#on = on;
    host.addController(this);
  }

  get quiz(): Quiz | undefined {
    return this.file?.status === 'ready' ? this.file.quiz : undefined;
  }

  /** Back on the page: a load cut short by the removal, or a URL changed meanwhile, loads with the next update. */
  hostConnected() {
    if (this.file?.url !== this.#host.quizUrl) this.#host.requestUpdate();
  }

  /** Leave nothing running for an element that left the page: no fetch, no timer. */
  hostDisconnected() {
    if (!this.#inFlight) return;
    this.#inFlight.abort();
    this.#inFlight = this.file = undefined;
  }

  hostUpdate() {
    if (this.#host.isConnected && this.file?.url !== this.#host.quizUrl) this.#load();
  }

  /** Loads the file again (after a network error, say); off the page, when it comes back. */
  reload() {
    if (this.#host.isConnected) this.#load();
    else this.file = undefined;
  }

  #load() {
    const url = this.#host.quizUrl;
    this.#inFlight?.abort();
    const controller = (this.#inFlight = new AbortController());
    this.file = { status: 'loading', url };
    // A missing, invalid or absurd `timeout` falls back to the default (setTimeout fires at once past 2^31 - 1 ms).
    const timeout = this.#host.timeout > 0 ? Math.min(this.#host.timeout, 2 ** 31 - 1) : DEFAULT_TIMEOUT;
    const settle = (file: QuizFile) => {
      if (this.#inFlight !== controller) return false; // aborted, or superseded by another load
      this.#inFlight = undefined;
      this.file = file;
      this.#host.requestUpdate();
      return true;
    };
    // A quiz of seats or places is ready once their sentences are there too (a small file, see loadNoun): until
    // then it stays in the loading state rather than say "chair" for a moment.
    loadQuiz(url, { signal: controller.signal, timeout })
      .then(loadNoun)
      .then(
        (quiz) => settle({ status: 'ready', url, quiz }) && this.#on.ready(quiz, url),
        (reason: unknown) => {
          const error =
            reason instanceof QuizLoadError ? reason : new QuizLoadError('network', url, `${url}: ${String(reason)}`);
          if (settle({ status: 'failed', url, error })) this.#on.failed(error);
        },
      );
  }
}
