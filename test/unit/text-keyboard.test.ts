import { describe, expect, it } from 'vitest';
import { nextChairIndex } from '../../src/keyboard.js';
import { resolveUiLocale } from '../../src/localization.js';
import { baseLanguage, directionOf, pickText } from '../../src/text.js';
import { describeValue, formatPath } from '../../src/quiz/messages.js';

describe('pickText', () => {
  const t = { ar: 'القائد', fr: 'Le capitaine', en: 'The captain' };
  it.each([
    ['fr', { text: 'Le capitaine', lang: 'fr' }],
    ['fr-MA', { text: 'Le capitaine', lang: 'fr' }],
    ['en', { text: 'The captain', lang: 'en' }],
    ['ar', { text: 'القائد', lang: 'ar' }],
    ['es', { text: 'القائد', lang: 'ar' }],
  ])('for %s gives the translation, else the quiz language', (locale, expected) => {
    expect(pickText(t, locale, 'ar')).toEqual(expected);
  });
  it('falls back to the quiz language and says so when a translation is missing', () => {
    expect(pickText({ ar: 'القائد', en: 'The captain' }, 'fr', 'ar')).toEqual({ text: 'القائد', lang: 'ar' });
  });
  it('treats a plain string as the quiz language', () => {
    expect(pickText('Le capitaine', 'ar', 'fr')).toEqual({ text: 'Le capitaine', lang: 'fr' });
  });
  it('uses the first translation when neither locale nor quiz language is there', () => {
    expect(pickText({ zgh: 'ⴰⵎⵖⴰⵔ' }, 'fr', 'ar')).toEqual({ text: 'ⴰⵎⵖⴰⵔ', lang: 'zgh' });
  });
});

describe('languages', () => {
  it.each([
    ['fr-MA', 'fr'],
    ['ar-MA', 'ar'],
    ['EN-gb', 'en'],
    ['es', 'ar'],
    ['', 'ar'],
    [null, 'ar'],
    ['zgh', 'ar'],
  ])('resolveUiLocale(%s) → %s', (tag, locale) => expect(resolveUiLocale(tag)).toBe(locale));
  it('knows right-to-left languages', () => {
    expect(directionOf('ar-MA')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
    expect(baseLanguage('fr-MA')).toBe('fr');
  });
});

describe('nextChairIndex (APG radio group, direction-aware)', () => {
  it.each([
    ['ArrowDown', 'ltr', 0, 1],
    ['ArrowUp', 'ltr', 0, 9],
    ['ArrowRight', 'ltr', 3, 4],
    ['ArrowLeft', 'ltr', 3, 2],
    ['ArrowLeft', 'rtl', 3, 4],
    ['ArrowRight', 'rtl', 3, 2],
    ['ArrowLeft', 'rtl', 9, 0],
    ['Home', 'rtl', 5, 0],
    ['End', 'ltr', 5, 9],
  ] as const)('%s in %s from %i → %i', (key, dir, from, to) => expect(nextChairIndex(key, from, 10, dir)).toBe(to));
  it('ignores other keys', () => expect(nextChairIndex('a', 0, 10, 'ltr')).toBeUndefined());
});

describe('issue formatting', () => {
  it('writes paths as an author reads them', () => {
    expect(formatPath(['chairs', 3, 'x'])).toBe('chairs[3].x');
    expect(formatPath(['chairs', 0, 'scores', 'a b'])).toBe('chairs[0].scores["a b"]');
    expect(formatPath([])).toBe('(the whole file)');
  });
  it('shows values briefly', () => {
    expect(describeValue('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
    expect(describeValue({})).toBe('an object');
    expect(describeValue(undefined)).toBe('nothing');
  });
});
