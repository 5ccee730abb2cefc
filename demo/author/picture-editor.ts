/**
 * `<author-picture-editor>`: the picture with its numbered chairs. A click on the picture adds a chair, a chair
 * dragged moves, arrow keys nudge the focused chair (1 %, Shift 0.1 %), Delete removes it, and a file dropped on
 * the picture is handed on. It changes nothing itself: it says what the author did in events, and the playground
 * answers with new `chairs`. Rendered in the playground's own shadow root (no shadow of its own), so its styles
 * and ids (`marker-help`, `m-2-desc`) live beside the form's.
 */
import { LitElement, html } from 'lit';
import { directionOf } from '../../src/text.js';
import { nudge, pointToPercent, type Point } from './chairs.js';
import { strings, type PageLang } from './strings.js';

export interface ChairEventDetail {
  index: number;
}
export interface ChairMoveDetail extends ChairEventDetail {
  point: Point;
  /** How long to wait before saying where the chair is now: a run of key presses is said once, at its end. */
  announceAfter: number;
}

declare global {
  interface HTMLElementEventMap {
    'author-chair-add': CustomEvent<{ point: Point }>;
    'author-chair-move': CustomEvent<ChairMoveDetail>;
    'author-chair-remove': CustomEvent<ChairEventDetail>;
    'author-chair-select': CustomEvent<ChairEventDetail>;
    /** A chair pressed (clicked, tapped, Enter): the author wants its texts. */
    'author-chair-open': CustomEvent<ChairEventDetail>;
    'author-files-drop': CustomEvent<{ files: File[] }>;
  }
  interface HTMLElementTagNameMap {
    'author-picture-editor': AuthorPictureEditor;
  }
}

/** A pointer that moves less than this (CSS px) is a click, not a drag. */
const DRAG_THRESHOLD = 3;
/** Key presses come in runs: the new position is said 500 ms after the last one. */
const KEY_ANNOUNCE_DELAY = 500;

export class AuthorPictureEditor extends LitElement {
  static override properties = {
    uiLang: { attribute: false },
    chairs: { attribute: false },
    selected: { attribute: false },
    pictureUrl: { attribute: false },
    ratio: { attribute: false },
    loading: { attribute: false },
    problems: { attribute: false },
    dropping: { state: true },
  };

  /** The page's language (for the chairs' names). */
  uiLang: PageLang = 'ar';
  /** Where the chairs are, in percent of the picture, in their numbers' order. */
  chairs: readonly Point[] = [];
  selected?: number;
  /** The picture to show; empty while there is none. */
  pictureUrl = '';
  /** The picture's width and height, for its box before it loads (`4/3`). */
  ratio = '4/3';
  loading = false;
  /** What is wrong with each chair's position, in words, by chair index. */
  problems: readonly (readonly string[])[] = [];
  private dropping = false;

  private drag?: { index: number; pointerId: number; x: number; y: number; moved: boolean };
  /** A drag ends with a click on the picture underneath; that click must not add a chair. */
  private suppressClick = false;

  protected override createRenderRoot() {
    return this;
  }

  private get frame() {
    return this.querySelector<HTMLElement>('.frame') ?? undefined;
  }

  /** Focuses chair `index` once it is drawn. */
  async focusChair(index: number) {
    await this.updateComplete;
    this.querySelector<HTMLElement>(`#m-${index}`)?.focus();
  }

  private emit<K extends keyof HTMLElementEventMap>(
    type: K,
    detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  ) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
  }

  private pointAt(event: { clientX: number; clientY: number }): Point {
    return pointToPercent(this.frame!.getBoundingClientRect(), event.clientX, event.clientY);
  }

  private onFrameClick(event: MouseEvent) {
    if (this.suppressClick) {
      this.suppressClick = false;
      return;
    }
    if (event.composedPath().some((n) => n instanceof HTMLElement && n.classList.contains('marker'))) return;
    if (!this.pictureUrl || !this.frame) return;
    this.emit('author-chair-add', { point: this.pointAt(event) });
  }

  private onDragOver(event: DragEvent) {
    if (![...(event.dataTransfer?.types ?? [])].includes('Files')) return;
    event.preventDefault();
    this.dropping = true;
  }

  private onDrop(event: DragEvent) {
    const files = [...(event.dataTransfer?.files ?? [])];
    this.dropping = false;
    if (!files.length) return;
    event.preventDefault();
    this.emit('author-files-drop', { files });
  }

  private onPointerDown(event: PointerEvent, index: number) {
    if (event.button !== 0) return;
    event.preventDefault();
    this.suppressClick = false;
    const marker = event.currentTarget as HTMLElement;
    marker.focus({ preventScroll: true });
    this.emit('author-chair-select', { index });
    this.drag = { index, pointerId: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
    try {
      marker.setPointerCapture(event.pointerId);
    } catch {
      // Some synthetic pointers cannot be captured; moves still arrive while over the marker.
    }
  }

  private onPointerMove(event: PointerEvent) {
    const drag = this.drag;
    if (!drag || drag.pointerId !== event.pointerId || !this.frame) return;
    if (!drag.moved && Math.hypot(event.clientX - drag.x, event.clientY - drag.y) < DRAG_THRESHOLD) return;
    drag.moved = true;
    this.emit('author-chair-move', { index: drag.index, point: this.pointAt(event), announceAfter: -1 });
  }

  private onPointerUp(event: PointerEvent) {
    const drag = this.drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    this.drag = undefined;
    if (!drag.moved) return;
    this.suppressClick = true;
    if (this.frame) this.emit('author-chair-move', { index: drag.index, point: this.pointAt(event), announceAfter: 0 });
  }

  /** A press that was not the end of a drag opens the chair's texts. */
  private onMarkerClick(event: MouseEvent, index: number) {
    event.stopPropagation();
    if (this.suppressClick) {
      this.suppressClick = false;
      return;
    }
    this.emit('author-chair-open', { index });
  }

  private onKeydown(event: KeyboardEvent, index: number) {
    const chair = this.chairs[index];
    if (!chair) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      this.emit('author-chair-remove', { index });
      return;
    }
    const next = nudge(chair, event.key, event.shiftKey);
    if (!next) return;
    event.preventDefault();
    this.emit('author-chair-move', { index, point: next, announceAfter: KEY_ANNOUNCE_DELAY });
  }

  override render() {
    const s = strings(this.uiLang);
    const ready = Boolean(this.pictureUrl);
    // The frame's click is the pointer's shortcut for placing a chair; by keyboard, "add a chair" and the arrow
    // keys on a chair do the same (each chair is a focusable button).
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<div
        class="frame ${ready ? 'has-picture' : ''} ${this.dropping ? 'dropping' : ''}"
        .style=${`--ratio:${this.ratio}`}
        @click=${this.onFrameClick}
        @dragover=${this.onDragOver}
        @dragleave=${() => (this.dropping = false)}
        @drop=${this.onDrop}
      >
        ${
          ready
            ? html`<img class="picture" src=${this.pictureUrl} alt="" draggable="false" />`
            : html`<p class="empty" dir=${directionOf(this.uiLang)}>${this.loading ? s.pictureLoading : s.noPictureYet}</p>`
        }
        <div class="markers" role="group" aria-label=${s.markersLabel}>${this.chairs.map((c, i) => this.renderMarker(c, i))}</div>
      </div>
      <p class="help" id="marker-help">${s.editorHelp}</p>`;
  }

  private renderMarker(chair: Point, index: number) {
    const s = strings(this.uiLang);
    const problems = this.problems[index] ?? [];
    const selected = this.selected === index;
    return html`<button
      type="button"
      class="marker ${selected ? 'selected' : ''} ${problems.length ? 'invalid' : ''}"
      id="m-${index}"
      data-number=${index + 1}
      aria-current=${selected ? 'true' : 'false'}
      aria-describedby="m-${index}-desc marker-help"
      .style=${`--x:${chair.x};--y:${chair.y}`}
      @pointerdown=${(e: PointerEvent) => this.onPointerDown(e, index)}
      @pointermove=${this.onPointerMove}
      @pointerup=${this.onPointerUp}
      @pointercancel=${this.onPointerUp}
      @click=${(e: MouseEvent) => this.onMarkerClick(e, index)}
      @keydown=${(e: KeyboardEvent) => this.onKeydown(e, index)}
      @focus=${() => this.emit('author-chair-select', { index })}
    >
      <span class="visually-hidden">${s.chairN(index + 1)}</span><span aria-hidden="true">${s.n(index + 1)}</span>
      <span class="visually-hidden" id="m-${index}-desc">${s.position(chair.x, chair.y)}. ${problems.join(' ')}</span>
    </button>`;
  }
}
