/**
 * Interface strings for `msg()` calls written the @lit/localize way (extracted by `lit-localize extract`, translated
 * in `locales/*.xlf`, built into `src/generated/locales/`), answered by a `msg` of our own instead of the library's
 * global one. @lit/localize has one `msg` per page, configured once: a component that configured it at import would
 * make every app that localizes itself throw "lit-localize can only be configured once", and its ids ("share",
 * "retry") could meet the app's. Ours reads only our templates, in the locale of the element being rendered, so
 * several quizzes on one page may each speak another language (`<coop-chair-quiz lang="ar">` on a French page) and
 * the page's own @lit/localize setup, if any, is left alone. Arabic is the source locale and costs nothing; French
 * and English are separate chunks loaded only when an element needs them.
 */
import type { msg as litMsg, LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import type { NounSentences } from './noun-words.js';
import type { Noun } from './quiz/format.js';
import { baseLanguage } from './text.js';

export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];
export const UI_LOCALES: readonly UiLocale[] = [sourceLocale, ...targetLocales];

/** A static map of imports, so bundlers split each locale into its own file. */
const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  fr: () => import('./generated/locales/fr.js'),
  en: () => import('./generated/locales/en.js'),
};

const loaded = new Map<string, LocaleModule['templates']>();
const loading = new Map<string, Promise<void>>();
let renderingLocale: string = sourceLocale;
/** The seat and place sentences, once loaded (see `loadNoun`), and those of the quiz being rendered. */
let nounSentences: Partial<Record<Noun, NounSentences>> | undefined;
let renderingNoun: NounSentences | undefined;

type StrResult = { strTag: true; strings: readonly string[]; values: readonly unknown[] };
type Localized = string | { strTag: true; strings: readonly string[]; values: readonly number[] };

/**
 * `msg()` for this component's strings: the translation of `options.id` in the locale set by `useLocale`, else the
 * Arabic source; for a quiz of seats or places (`useLocale`'s `noun`), a sentence that names a chair gives way to
 * its seat or place sentence, itself a `msg()` with its own id and translations (noun-words.ts). Every call gives an
 * `id` (the extractor would otherwise hash the text) and a string or a `str` template; a translated `str` template names, by index, which source value goes in each of its gaps.
 * Typed as @lit/localize's `msg` so that `lit-localize extract` finds the calls.
 */
export const msg = ((template: string | StrResult, options?: { id?: string }) => {
  const id = options?.id ?? '';
  const other = renderingNoun?.[id]?.(template as StrResult);
  if (other) return other;
  const localized = loaded.get(renderingLocale)?.[id] as Localized | undefined;
  if (typeof template === 'string') return typeof localized === 'string' ? localized : template;
  const { strings, values } =
    localized && typeof localized !== 'string' ? localized : { ...template, values: undefined };
  return strings.reduce((out, part, i) => out + String(template.values[values ? values[i - 1] : i - 1]) + part);
}) as unknown as typeof litMsg;

/**
 * Makes `msg()` answer in `locale`, naming what the quiz's `noun` says, until the next call: an element calls it
 * before each render (UiLocaleController).
 */
export function useLocale(locale: UiLocale, noun?: Noun): void {
  renderingLocale = locale;
  // "chair", no noun, or sentences not (yet) loaded find nothing here: the chair sentences.
  renderingNoun = nounSentences?.[noun as Noun];
}

/**
 * Loads the seat and place sentences (about 0.8 kB) for a quiz that needs them; the main script has only the chair
 * ones. The file imports nothing (it gets `msg` as an argument), so the bundler makes it a standalone chunk, like
 * the translations. Never fails: if it does not load, the chair sentences stand in, with a warning.
 */
export async function loadNoun<Q extends { noun?: Noun }>(quiz: Q): Promise<Q> {
  if (quiz.noun && quiz.noun !== 'chair')
    try {
      nounSentences = (await import('./noun-words.js')).nounWords(msg);
    } catch (error) {
      // The browser's error names the file (coop-chair-quiz-noun-words-….js); a sentence of ours around it would
      // cost the script-tag file the 10 bytes that keep it within issue 17's +100 B.
      console.warn(error);
    }
  return quiz;
}

export const isLocaleReady = (locale: UiLocale): boolean => locale === sourceLocale || loaded.has(locale);

/** Loads a target locale's strings once; resolves at once for Arabic. */
export function loadLocale(locale: UiLocale): Promise<void> {
  if (isLocaleReady(locale)) return Promise.resolve();
  let promise = loading.get(locale);
  if (!promise) {
    promise = loaders[locale as keyof typeof loaders]().then(
      (module) => void loaded.set(locale, module.templates),
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
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return document.documentElement.getAttribute('lang') ?? '';
}
