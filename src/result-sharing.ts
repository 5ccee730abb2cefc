/**
 * The share controls under a result, as the element sees them: `render(context)` and `clear()`. The controls
 * themselves (share-controls.ts: the buttons, the texts, the picture and the comment game, about 1.9 kB) are a file
 * of their own, loaded when the browser is idle after the element first renders, or at the first result: they are
 * not needed for the chairs (issue 18's budget for the script-tag file). Until they arrive, the result shows
 * without them (a moment on a slow network), and they appear by themselves.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from './localization.js';
import type { Digits } from './numbers.js';
import type { Chair, Quiz } from './quiz/schema.js';
import type { shareControls } from './share-controls.js';

/** What the element gives the share controls for a result. */
export interface ShareContext {
  /** The loaded quiz. */
  quiz: Quiz;
  /** The chosen chair. */
  chair: Chair;
  /** The interface locale ('ar', 'fr', 'en'). */
  locale: string;
  digits: Digits;
  /** quiz.image.src resolved against the quiz file URL (absolute). */
  pictureUrl: string;
  /** The result link: the page with the result in its fragment, or the owner's `share-url` page. */
  link: string;
  /** The page owner's name (`owner` attribute), on the picture. */
  owner?: string;
  /** The owner's post (`comment-url` attribute), opened by "copy my answer" for the comment game. */
  commentUrl?: string;
}

/**
 * The two files of their own (vite.config.ts points these imports beside the script, with its query string): the
 * controls, and the picture maker they load when a visitor asks for the picture.
 */
const controls = () => import('./share-controls.js');
const pictureMaker = () => import('./share-picture.js');

export class ResultSharing implements ReactiveController {
  #controls?: ReturnType<typeof shareControls>;
  #loading = false;
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** After the first render (the chairs or the loading frame), when the browser has nothing else to do. */
  hostUpdated() {
    if (this.#loading) return;
    this.#loading = true;
    // Safari has no requestIdleCallback: a moment after the first render, then.
    if ('requestIdleCallback' in window) requestIdleCallback(() => this.#load());
    else setTimeout(() => this.#load(), 200);
  }

  #load() {
    this.#loading = true;
    controls().then(
      ({ shareControls }) => {
        this.#controls ??= shareControls(this.#host, { html, nothing, msg, pictureMaker });
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        // The result stays whole without its share buttons; the next result tries again.
        this.#loading = false;
        console.warn(error);
      },
    );
  }

  /** A new result: no confirmation of an earlier copy, no earlier picture. */
  clear() {
    this.#controls?.clear();
  }

  render(context: ShareContext) {
    if (this.#controls) return this.#controls.render(context);
    this.#load();
    return nothing;
  }
}
