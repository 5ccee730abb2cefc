/**
 * The interface locale of one quiz: the one its `lang` asks for (its own, the nearest ancestor's, the page's),
 * loaded before it is shown, followed when any of those change. While a French or English translation loads, the
 * quiz goes on in the locale it had; a translation that fails to load leaves it in Arabic, with a warning.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isLocaleReady, loadLocale, nearestLang, resolveUiLocale, useLocale, type UiLocale } from '../localization.js';
import { onPageLangChange } from '../page-lang.js';
import type { Noun } from '../quiz/format.js';

/** The element: its quiz, once loaded, says which noun `msg()` uses (chair, seat, place). */
export interface UiLocaleHost extends ReactiveControllerHost, HTMLElement {
  readonly quiz?: { noun?: Noun };
}

export class UiLocaleController implements ReactiveController {
  /** The locale whose strings are loaded and shown; undefined until the first one is ready. */
  shown?: UiLocale;
  readonly #failed = new Set<UiLocale>();
  #stopListening?: () => void;

  readonly #host: UiLocaleHost;

  constructor(host: UiLocaleHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The locale the quiz speaks: the one shown, or before any is ready, the one asked for. */
  get current(): UiLocale {
    return this.shown ?? this.#wanted;
  }

  get #wanted(): UiLocale {
    return resolveUiLocale(nearestLang(this.#host));
  }

  hostConnected() {
    this.#stopListening = onPageLangChange(() => this.#host.requestUpdate());
  }

  hostDisconnected() {
    this.#stopListening?.();
  }

  /** Before each render: show the wanted locale if it is ready, else load it; `msg()` answers in the shown one. */
  hostUpdate() {
    const wanted = this.#wanted;
    if (wanted !== this.shown) {
      if (isLocaleReady(wanted)) this.shown = wanted;
      else if (this.#failed.has(wanted)) this.shown ??= 'ar';
      else {
        loadLocale(wanted).then(
          () => this.#host.requestUpdate(),
          (error: unknown) => {
            console.warn(
              `<coop-chair-quiz> could not load the "${wanted}" translation; showing Arabic (${String(error)})`,
            );
            this.#failed.add(wanted);
            this.#host.requestUpdate();
          },
        );
      }
    }
    if (this.shown) useLocale(this.shown, this.#host.quiz?.noun);
  }
}
