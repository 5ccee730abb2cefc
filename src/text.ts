/** Picking a quiz text for the visitor's language, and knowing which language it really is in. */
import type { Text } from './quiz/schema.js';

export interface ShownText {
  /** The text to show, as text (never HTML). */
  text: string;
  /** The language it is really in: the visitor's when the quiz has that translation, else the quiz's own. */
  lang: string;
}

/** The primary subtag, lowercased: `fr-MA` → `fr`. */
export const baseLanguage = (tag: string): string => tag.toLowerCase().split('-')[0];

/** Right-to-left scripts among the languages a quiz may be written in. */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'ckb', 'yi', 'dv', 'sd', 'ug']);
export const directionOf = (lang: string): 'rtl' | 'ltr' => (RTL.has(baseLanguage(lang)) ? 'rtl' : 'ltr');

/**
 * The text for `locale`: the exact tag, then its base language, then the quiz's own language,
 * then whatever the object has first (the schema guarantees at least one).
 */
export function pickText(value: Text, locale: string, quizLang: string): ShownText {
  if (typeof value === 'string') return { text: value, lang: quizLang };
  const keys = Object.keys(value);
  const wanted = [locale, baseLanguage(locale), quizLang, baseLanguage(quizLang)];
  for (const want of wanted) {
    const key = keys.find((k) => k.toLowerCase() === want.toLowerCase());
    if (key) return { text: value[key], lang: key };
  }
  return { text: value[keys[0]], lang: keys[0] };
}
