/**
 * Numbers as the visitor reads them: chair numbers in the page's digits, percentages, plural categories.
 * Formatters and plural rules are made once per locale and kind: making one per chair per render is slow (the first
 * percent formatter of a page costs about 14 ms in Chromium, for its locale data).
 */
export type Digits = 'latn' | 'arab';

const formats = new Map<string, Intl.NumberFormat>();
const plurals = new Map<string, Intl.PluralRules>();

/** The digit system a `digits` attribute asks for: anything but `arab` means Western digits (1, 2, 3). */
export const digitSystem = (digits: string | undefined): Digits => (digits === 'arab' ? 'arab' : 'latn');

export function numberFormat(
  locale: string,
  digits: Digits,
  style: 'decimal' | 'percent' = 'decimal',
): Intl.NumberFormat {
  const key = `${locale}|${digits}|${style}`;
  let format = formats.get(key);
  if (!format)
    formats.set(key, (format = new Intl.NumberFormat(locale, { numberingSystem: digits, style, useGrouping: false })));
  return format;
}

/** A chair number as shown: Western digits as they are, Arabic-Indic (١٢) through a cached formatter. */
export const formatChairNumber = (n: number, locale: string, digits: Digits): string =>
  digits === 'arab' ? numberFormat(locale, 'arab').format(n) : String(n);

/** The CLDR plural category of `n` in `locale`: Arabic has six (zero, one, two, few, many, other). */
export function pluralCategory(n: number, locale: string): Intl.LDMLPluralRule {
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}
