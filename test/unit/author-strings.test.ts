import { describe, expect, it } from 'vitest';
import { PAGE_LANGS, strings, type Strings } from '../../demo/author/strings.js';
import { problemWords } from '../../src/quiz/author-messages.js';
import { resolveUiLocale, UI_LOCALES } from '../../src/localization.js';
import { directionOf } from '../../src/text.js';

/** Every leaf string of a dictionary, functions called with sample values. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const call = value as (...a: unknown[]) => unknown;
    // Lists of names (downloaded files, dropped fields) take an array; the rest numbers and a name.
    const out = /^(list|downloaded|dropped)$/.test(path) ? call(['a.json', 'b.png']) : call(3, 2, 1, 4, 'x.png');
    return typeof out === 'string' ? [[path, out]] : [];
  }
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

describe('author page: its words in Arabic, French and English', () => {
  it('has the same strings in every language, none empty', () => {
    const keys = (s: Strings) =>
      leaves(s)
        .map(([k]) => k)
        .sort();
    for (const lang of PAGE_LANGS) {
      expect(keys(strings(lang))).toEqual(keys(strings('ar')));
      for (const [key, text] of leaves(strings(lang))) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('speaks the component’s languages, chosen and oriented by the component’s own rules', () => {
    expect(resolveUiLocale('fr-MA')).toBe('fr');
    expect(resolveUiLocale('EN')).toBe('en');
    expect(resolveUiLocale('de')).toBe('ar');
    expect(resolveUiLocale(null)).toBe('ar');
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
    expect([...PAGE_LANGS].sort()).toEqual([...UI_LOCALES].sort());
  });

  it('counts in Arabic with its plural forms, in Western digits', () => {
    const s = strings('ar');
    expect(s.problemsLeft(1)).toBe('بقي شيء واحد قبل أن يصبح الاختبار جاهزًا');
    expect(s.problemsLeft(2)).toBe('بقي شيئان قبل أن يصبح الاختبار جاهزًا');
    expect(s.problemsLeft(3)).toBe('بقيت 3 أشياء قبل أن يصبح الاختبار جاهزًا');
    expect(s.problemsLeft(11)).toBe('بقي 11 شيئًا قبل أن يصبح الاختبار جاهزًا');
    expect(s.problemsLeft(100)).toBe('بقي 100 شيء قبل أن يصبح الاختبار جاهزًا');
    expect(strings('fr').problemsLeft(1)).toBe('Encore 1 point avant que le quiz soit prêt');
    expect(strings('en').problemsLeft(4)).toBe('4 things left before the quiz is ready');
  });

  it('names languages as their speakers do, others in the page language', () => {
    expect(strings('fr').langName('ar')).toBe('العربية');
    expect(strings('ar').langName('fr')).toBe('Français');
    expect(strings('en').langName('zgh')).toMatch(/Tamazight/);
  });

  it('writes positions as percentages', () => {
    expect(strings('en').position(41.5, 50)).toBe('41.5% from the left, 50% from the top');
    // French puts a narrow no-break space before %.
    expect(strings('fr').position(41.5, 50).replace(/\s/g, ' ')).toBe('41,5 % depuis la gauche, 50 % depuis le haut');
    expect(strings('fr').langName('not a language')).toBe('not a language');
  });

  it('writes sizes in kilobytes of 1,000 bytes, as the validator does, so its 300 kB budget reads 300 kB in both', () => {
    expect(strings('en').kb(300_000)).toBe('300 kB');
    expect(strings('fr').kb(300_000)).toBe(
      problemWords('fr')
        .pictureHeavy({ size: 300_000, budget: 1 })
        .match(/\(([^;]+) ;/)![1],
    );
    expect(strings('en').problem.pictureHeavy({ size: 450_000, budget: 300_000 })).toMatch(
      /^A heavy picture \(450 kB; suggested budget 300 kB\)/,
    );
  });
});
