/**
 * Where a chair's form opens: beside the picture on a wide screen, and on a narrow one (a phone) in a sheet over
 * the picture — a modal `<dialog>`, so it sits in the top layer above everything, traps focus while open, closes
 * with Escape, and gives focus back to the chair on the picture. Without it a phone's chair form was about
 * 1,750 px below the picture (issue 17). A Lit reactive controller: `narrow` follows the host's width.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Below this width (CSS px, the layout's breakpoint in quiz-author.styles.ts) the form is under the picture. */
export const WIDE_LAYOUT = 980;

export interface SheetHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  selected?: number;
  focus$(selector: string): Promise<void>;
}

export class ChairSheet implements ReactiveController {
  narrow = false;
  /** Width only: the form moving into or out of the sheet changes the height, which must not loop; applied next frame. */
  private observer = new ResizeObserver(([entry]) => {
    const narrow = entry.contentRect.width < WIDE_LAYOUT;
    if (narrow !== this.narrow)
      requestAnimationFrame(() => {
        this.narrow = narrow;
        this.host.requestUpdate();
      });
  });

  constructor(private host: SheetHost) {
    host.addController(this);
  }

  hostConnected() {
    this.observer.observe(this.host);
  }

  hostDisconnected() {
    this.observer.disconnect();
  }

  private get dialog() {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('#chair-sheet') ?? undefined;
  }

  /** Shows chair `index`'s form (in the sheet on a narrow screen, focus on its heading). */
  async open(index: number) {
    this.host.selected = index;
    if (!this.narrow) return;
    await this.host.updateComplete;
    if (this.dialog && !this.dialog.open) this.dialog.showModal();
    this.host.renderRoot.querySelector<HTMLElement>('#chair-form-heading')?.focus();
  }

  /** Closes the sheet; `refocus`: focus back on the chair on the picture. */
  close(refocus = true) {
    if (this.dialog?.open) this.dialog.close();
    if (refocus && this.host.selected !== undefined) void this.host.focus$(`#m-${this.host.selected}`);
  }
}
