/**
 * The few sentences of a share-kit page, in Arabic, French and English, for a quiz of chairs, seats or places.
 * They are written into static files by `npm run share-kit` (Node), not shown by the component, so they are not in
 * the component's @lit/localize catalogue: the script-tag build never carries them. Each sentence is written whole
 * per noun, as in src/noun-words.ts, because the word changes form with its place (كرسيّك، مقعدك; la chaise, le siège).
 */
import type { Noun } from '../../src/quiz/format.js';

export const KIT_LANGS = ['ar', 'fr', 'en'] as const;
export type KitLang = (typeof KIT_LANGS)[number];

export interface KitWords {
  /** The page's title and og:title: "اخترتُ الكرسي 5: روح الفريق". */
  chose(number: string, title: string): string;
  /** The visible link to the quiz, for a visitor whose browser does not follow the refresh. */
  pickYours: string;
  /** Said while the refresh takes the visitor to the quiz. */
  opening: string;
}

const WORDS: Record<KitLang, Record<Noun, KitWords>> = {
  ar: {
    chair: {
      chose: (n, t) => `اخترتُ الكرسي ${n}: ${t}`,
      pickYours: 'اختر كرسيّك في الاختبار',
      opening: 'جارٍ فتح الاختبار…',
    },
    seat: {
      chose: (n, t) => `اخترتُ المقعد ${n}: ${t}`,
      pickYours: 'اختر مقعدك في الاختبار',
      opening: 'جارٍ فتح الاختبار…',
    },
    place: {
      chose: (n, t) => `اخترتُ المكان ${n}: ${t}`,
      pickYours: 'اختر مكانك في الاختبار',
      opening: 'جارٍ فتح الاختبار…',
    },
  },
  fr: {
    chair: {
      chose: (n, t) => `J’ai choisi la chaise ${n}\u00a0: ${t}`,
      pickYours: 'Choisissez votre chaise dans le quiz',
      opening: 'Ouverture du quiz…',
    },
    seat: {
      chose: (n, t) => `J’ai choisi le siège ${n}\u00a0: ${t}`,
      pickYours: 'Choisissez votre siège dans le quiz',
      opening: 'Ouverture du quiz…',
    },
    place: {
      chose: (n, t) => `J’ai choisi la place ${n}\u00a0: ${t}`,
      pickYours: 'Choisissez votre place dans le quiz',
      opening: 'Ouverture du quiz…',
    },
  },
  en: {
    chair: {
      chose: (n, t) => `I picked chair ${n}: ${t}`,
      pickYours: 'Pick your own chair in the quiz',
      opening: 'Opening the quiz…',
    },
    seat: {
      chose: (n, t) => `I picked seat ${n}: ${t}`,
      pickYours: 'Pick your own seat in the quiz',
      opening: 'Opening the quiz…',
    },
    place: {
      chose: (n, t) => `I picked place ${n}: ${t}`,
      pickYours: 'Pick your own place in the quiz',
      opening: 'Opening the quiz…',
    },
  },
};

export const kitWords = (lang: KitLang, noun: Noun = 'chair'): KitWords => WORDS[lang][noun];

/**
 * Open Graph locales as Facebook lists them (it has one Arabic locale, ar_AR, and no fr_MA): the language of the
 * preview, which Facebook uses to pick among translated previews.
 */
export const OG_LOCALE: Record<KitLang, string> = { ar: 'ar_AR', fr: 'fr_FR', en: 'en_US' };
