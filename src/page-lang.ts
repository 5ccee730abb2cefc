/**
 * One observer for the whole page: every quiz that follows the page's language hears when a `lang` attribute
 * changes anywhere (on `<html>`, on an ancestor, on itself), through a single MutationObserver however many
 * quizzes the page has. It runs only while some quiz listens.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/** Calls `listener` after each `lang` change on the page, until the returned function is called. */
export function onPageLangChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
