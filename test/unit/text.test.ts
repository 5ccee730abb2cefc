import { describe, expect, it } from 'vitest';
import { baseLanguage, directionOf, pickText } from '../../src/text.js';

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
  it('knows right-to-left languages', () => {
    expect(directionOf('ar-MA')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
    expect(baseLanguage('fr-MA')).toBe('fr');
  });
});
