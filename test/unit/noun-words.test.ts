import { str } from '@lit/localize';
import { beforeAll, describe, expect, it } from 'vitest';
import { chairCount } from '../../src/chair-count.js';
import { loadLocale, loadNoun, msg, useLocale, type UiLocale } from '../../src/localization.js';
import type { Noun } from '../../src/quiz/format.js';
import { shareTexts } from '../../src/share-texts.js';

beforeAll(async () => {
  await Promise.all([loadLocale('fr'), loadLocale('en'), loadNoun({ noun: 'seat' })]);
});

/** A number in each plural category of the locale (CLDR): Arabic has six, French three, English two. */
const COUNTS: Record<UiLocale, Record<string, number>> = {
  ar: { zero: 0, one: 1, two: 2, few: 3, many: 11, other: 100 },
  fr: { one: 1, many: 1000000, other: 2 },
  en: { one: 1, other: 2 },
};

const EXPECTED_COUNTS: Record<Noun, Record<UiLocale, Record<string, string>>> = {
  chair: {
    ar: { zero: 'لا كراسي', one: 'كرسي واحد', two: 'كرسيان', few: '3 كراسٍ', many: '11 كرسيًّا', other: '100 كرسي' },
    fr: { one: 'Une chaise', many: '1000000 chaises', other: '2 chaises' },
    en: { one: 'One chair', other: '2 chairs' },
  },
  seat: {
    ar: { zero: 'لا مقاعد', one: 'مقعد واحد', two: 'مقعدان', few: '3 مقاعد', many: '11 مقعدًا', other: '100 مقعد' },
    fr: { one: 'Un siège', many: '1000000 sièges', other: '2 sièges' },
    en: { one: 'One seat', other: '2 seats' },
  },
  place: {
    ar: { zero: 'لا أماكن', one: 'مكان واحد', two: 'مكانان', few: '3 أماكن', many: '11 مكانًا', other: '100 مكان' },
    fr: { one: 'Une place', many: '1000000 places', other: '2 places' },
    en: { one: 'One place', other: '2 places' },
  },
};

describe('the count of what is picked', () => {
  for (const [noun, locales] of Object.entries(EXPECTED_COUNTS))
    for (const [locale, categories] of Object.entries(locales))
      for (const [category, expected] of Object.entries(categories))
        it(`says "${expected}" for a quiz of ${noun}s in ${locale} (plural category ${category})`, () => {
          useLocale(locale as UiLocale, noun as Noun);
          const n = COUNTS[locale as UiLocale][category];
          expect(new Intl.PluralRules(locale).select(n)).toBe(category);
          expect(chairCount(n, locale, 'latn')).toBe(expected);
        });

  it('says "chair" when the quiz names no noun', () => {
    useLocale('ar');
    expect(chairCount(3, 'ar', 'latn')).toBe('3 كراسٍ');
  });
});

const { commentLine, shareText } = shareTexts(msg);

// The element's sentences, called as it calls them (same ids, same values): msg() gives the quiz's noun.
const sentences = (number: string) => ({
  name: msg(str`الكرسي ${number}، ${'قرب النافذة'}`, { id: 'chair-name' }),
  result: msg(str`الكرسي ${number}:`, { id: 'result-chair' }),
  hint: msg('المس كرسيًّا', { id: 'hint' }),
  pictureMissing: msg('تعذّر', { id: 'picture-missing' }),
  chooseAgain: msg('اختر كرسيًّا آخر', { id: 'choose-again' }),
  pickOwn: msg('اختر كرسيك أنت', { id: 'pick-own' }),
  sharedNote: msg(str`الكرسي ${number}`, { id: 'shared-note' }),
  share: shareText({ quiz: 'الحافلة', number, title: 'الوسيط', line: 'يجمع الناس.' }),
  comment: commentLine(number, 'الوسيط'),
});

const EXPECTED: Record<Exclude<Noun, 'chair'>, Record<UiLocale, ReturnType<typeof sentences>>> = {
  seat: {
    ar: {
      name: 'المقعد 3، قرب النافذة',
      result: 'المقعد 3:',
      hint: 'اختاروا مقعدًا لتكتشفوا ما يقوله عنكم.',
      pictureMissing: 'تعذّر تحميل الصورة، لكن يمكن اختيار مقعد برقمه.',
      chooseAgain: 'اختيار مقعد آخر',
      pickOwn: 'اختيار مقعدك',
      sharedNote: 'نتيجة من أرسل إليك الرابط: المقعد 3.',
      share: 'اخترتُ المقعد 3 في «الحافلة»: الوسيط\n«يجمع الناس.»\nوأنتم، أيّ مقعد تختارون؟',
      comment: '🪑 المقعد 3: الوسيط',
    },
    fr: {
      name: 'Siège 3, قرب النافذة',
      result: 'Siège 3\u00a0:',
      hint: 'Choisissez un siège pour découvrir ce qu’il dit de vous.',
      pictureMissing: 'L’image n’a pas pu être chargée, mais vous pouvez choisir un siège par son numéro.',
      chooseAgain: 'Choisir un autre siège',
      pickOwn: 'Choisir mon siège',
      sharedNote: 'Le résultat de la personne qui vous a envoyé le lien\u00a0: le siège 3.',
      share:
        'J’ai choisi le siège 3 dans «\u00a0الحافلة\u00a0»\u00a0: الوسيط\n«\u00a0يجمع الناس.\u00a0»\nEt vous, quel siège choisiriez-vous\u00a0?',
      comment: '🪑 Siège 3\u00a0: الوسيط',
    },
    en: {
      name: 'Seat 3, قرب النافذة',
      result: 'Seat 3:',
      hint: 'Choose a seat to find out what it says about you.',
      pictureMissing: 'The picture could not be loaded, but you can still choose a seat by its number.',
      chooseAgain: 'Choose another seat',
      pickOwn: 'Choose my own seat',
      sharedNote: 'The result of the person who sent you the link: seat 3.',
      share: 'I picked seat 3 in “الحافلة”: الوسيط\n“يجمع الناس.”\nWhich seat would you pick?',
      comment: '🪑 Seat 3: الوسيط',
    },
  },
  place: {
    ar: {
      name: 'المكان 3، قرب النافذة',
      result: 'المكان 3:',
      hint: 'اختاروا مكانًا لتكتشفوا ما يقوله عنكم.',
      pictureMissing: 'تعذّر تحميل الصورة، لكن يمكن اختيار مكان برقمه.',
      chooseAgain: 'اختيار مكان آخر',
      pickOwn: 'اختيار مكانك',
      sharedNote: 'نتيجة من أرسل إليك الرابط: المكان 3.',
      share: 'اخترتُ المكان 3 في «الحافلة»: الوسيط\n«يجمع الناس.»\nوأنتم، أيّ مكان تختارون؟',
      comment: '🪑 المكان 3: الوسيط',
    },
    fr: {
      name: 'Place 3, قرب النافذة',
      result: 'Place 3\u00a0:',
      hint: 'Choisissez une place pour découvrir ce qu’elle dit de vous.',
      pictureMissing: 'L’image n’a pas pu être chargée, mais vous pouvez choisir une place par son numéro.',
      chooseAgain: 'Choisir une autre place',
      pickOwn: 'Choisir ma place',
      sharedNote: 'Le résultat de la personne qui vous a envoyé le lien\u00a0: la place 3.',
      share:
        'J’ai choisi la place 3 dans «\u00a0الحافلة\u00a0»\u00a0: الوسيط\n«\u00a0يجمع الناس.\u00a0»\nEt vous, quelle place choisiriez-vous\u00a0?',
      comment: '🪑 Place 3\u00a0: الوسيط',
    },
    en: {
      name: 'Place 3, قرب النافذة',
      result: 'Place 3:',
      hint: 'Choose a place to find out what it says about you.',
      pictureMissing: 'The picture could not be loaded, but you can still choose a place by its number.',
      chooseAgain: 'Choose another place',
      pickOwn: 'Choose my own place',
      sharedNote: 'The result of the person who sent you the link: place 3.',
      share: 'I picked place 3 in “الحافلة”: الوسيط\n“يجمع الناس.”\nWhich place would you pick?',
      comment: '🪑 Place 3: الوسيط',
    },
  },
};

describe('the sentences that name what is picked', () => {
  for (const [noun, locales] of Object.entries(EXPECTED))
    for (const [locale, expected] of Object.entries(locales))
      it(`name a ${noun} in ${locale}: its name, the result heading, the hint, the buttons, the share texts`, () => {
        useLocale(locale as UiLocale, noun as Noun);
        expect(sentences('3')).toEqual(expected);
      });

  it('stay the chair sentences for a quiz of chairs', () => {
    useLocale('en', 'chair');
    expect(sentences('3')).toMatchObject({
      name: 'Chair 3, قرب النافذة',
      result: 'Chair 3:',
      chooseAgain: 'Choose another chair',
    });
  });

  it('leave every other sentence alone', () => {
    useLocale('fr', 'seat');
    expect(msg('أعد المحاولة', { id: 'retry' })).toBe('Réessayer');
  });
});
