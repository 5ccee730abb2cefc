/**
 * Interface strings through @lit/localize, runtime output, in its *reentrant* flavour: several quizzes on one
 * page may each speak another language (`<coop-chair-quiz lang="ar">` on a French page), so the active locale
 * is not one global but the locale of the element being rendered. Arabic is the source locale and costs
 * nothing; French and English are separate chunks loaded only when an element needs them.
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { baseLanguage } from './text.js';

export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];
export const UI_LOCALES: readonly UiLocale[] = [sourceLocale, ...targetLocales];

/** A static map of imports, so bundlers split each locale into its own file. */
const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  fr: () => import('./generated/locales/fr.js'),
  en: () => import('./generated/locales/en.js'),
};

const loaded = new Map<string, LocaleModule>();
const loading = new Map<string, Promise<void>>();
let renderingLocale: string = sourceLocale;

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => renderingLocale,
  loadLocaleSync: (locale) => loaded.get(locale),
});

/** Makes `msg()` answer in `locale` until the next call: an element calls it at the top of `render()`. */
export function useLocale(locale: UiLocale): void {
  renderingLocale = locale;
}

export const isLocaleReady = (locale: UiLocale): boolean => locale === sourceLocale || loaded.has(locale);

/** Loads a target locale's strings once; resolves at once for Arabic. */
export function loadLocale(locale: UiLocale): Promise<void> {
  if (isLocaleReady(locale)) return Promise.resolve();
  let promise = loading.get(locale);
  if (!promise) {
    promise = loaders[locale as keyof typeof loaders]().then(
      (module) => void loaded.set(locale, module),
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, promise);
  }
  return promise;
}

/**
 * The interface locale for a language tag: `fr-MA` → `fr`, `ar-MA` → `ar`, `en-GB` → `en`;
 * anything we do not speak → Arabic.
 */
export function resolveUiLocale(tag: string | null | undefined): UiLocale {
  const base = baseLanguage(tag ?? '');
  return (UI_LOCALES as readonly string[]).includes(base) ? (base as UiLocale) : sourceLocale;
}

/**
 * The nearest `lang` for an element: its own, else the nearest ancestor's (crossing shadow roots),
 * else `<html lang>`, else empty.
 */
export function nearestLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return document.documentElement.getAttribute('lang') ?? '';
}
