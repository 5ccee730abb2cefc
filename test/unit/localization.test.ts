import { describe, expect, it } from 'vitest';
import { resolveUiLocale } from '../../src/localization.js';

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
});
