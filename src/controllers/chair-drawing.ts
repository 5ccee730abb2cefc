/**
 * How many chairs of a quiz are drawn. Styling and laying out a thousand positioned chairs at once is one long task
 * that freezes the page (hundreds of ms on a phone): a quiz of more than one batch is drawn a batch per frame, and
 * drawing goes on where it stopped when the element comes back to the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Chairs drawn per frame in very large quizzes. */
export const CHAIR_BATCH = 50;

export class ChairDrawingController implements ReactiveController {
  /** Chairs drawn so far (all of them for a quiz of one batch). */
  drawn = 0;
  #total = 0;
  #frame = 0;

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** A newly loaded quiz of `total` chairs: the first batch with the next render, then one batch per frame. */
  start(total: number) {
    this.#total = total;
    this.drawn = Math.min(total, CHAIR_BATCH);
    this.#drawNextBatch();
  }

  hostConnected() {
    this.#drawNextBatch();
  }

  hostDisconnected() {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  #drawNextBatch() {
    if (this.#frame || this.drawn >= this.#total || !this.#host.isConnected) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.drawn = Math.min(this.#total, this.drawn + CHAIR_BATCH);
      this.#host.requestUpdate();
      this.#drawNextBatch();
    });
  }
}
