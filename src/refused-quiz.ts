/**
 * What stands in for the quiz when the page's Trusted Types policy refuses it every policy (see trusted-types.ts):
 * a short message in the page's language instead of an empty hole, and the fix for the page owner in the console.
 * Plain DOM, no Lit (Lit cannot render there).
 */
import { isLocaleReady, loadLocale, msg, nearestLang, resolveUiLocale, useLocale } from './localization.js';
import { directionOf } from './text.js';

const FIX =
  "<coop-chair-quiz>: this page's CSP allows one Trusted Types policy lit-html, and another script made it. Fix: " +
  "trusted-types lit-html 'allow-duplicates' (or add coop-chair-quiz to it).";
let told = false;

/** The stand-in element's class, made only when needed (it extends HTMLElement, which servers have none of). */
export const refusedQuiz = () =>
  class RefusedQuiz extends HTMLElement {
    async connectedCallback() {
      if (!told) console.error(FIX);
      told = true;
      const locale = resolveUiLocale(nearestLang(this));
      await loadLocale(locale).catch(() => undefined);
      const shown = isLocaleReady(locale) ? locale : 'ar';
      useLocale(shown);
      const note = document.createElement('p');
      note.setAttribute('role', 'alert');
      note.lang = shown;
      note.dir = directionOf(shown);
      note.textContent = msg('تعذّر عرض هذا الاختبار.', {
        id: 'error-title',
        desc: 'First line of every error message in the quiz box.',
      });
      (this.shadowRoot ?? this.attachShadow({ mode: 'open' })).replaceChildren(note);
    }
  };
