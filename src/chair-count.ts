/** "10 كراسٍ", "Deux chaises": how many chairs a quiz has, in words, with the Arabic plural forms. */
import { str } from '@lit/localize';
import { msg } from './localization.js';
import { formatChairNumber, pluralCategory, type Digits } from './numbers.js';

export function chairCount(n: number, locale: string, digits: Digits): string {
  const count = formatChairNumber(n, locale, digits);
  // One message per Arabic plural category (CLDR): French and English use "one" and "other" (and "many").
  switch (pluralCategory(n, locale)) {
    case 'zero':
      return msg('لا كراسي', { id: 'chairs-zero', desc: 'Chair count, plural category "zero" (Arabic only).' });
    case 'one':
      return msg('كرسي واحد', { id: 'chairs-one', desc: 'Chair count, plural category "one" (exactly one chair).' });
    case 'two':
      return msg('كرسيان', { id: 'chairs-two', desc: 'Chair count, plural category "two" (Arabic only).' });
    case 'few':
      return msg(str`${count} كراسٍ`, { id: 'chairs-few', desc: 'Chair count, plural category "few" (Arabic 3–10).' });
    case 'many':
      return msg(str`${count} كرسيًّا`, {
        id: 'chairs-many',
        desc: 'Chair count, plural category "many" (Arabic 11–99; French 1,000,000).',
      });
    default:
      return msg(str`${count} كرسي`, {
        id: 'chairs-other',
        desc: 'Chair count, plural category "other": shown before the instructions under the picture.',
      });
  }
}
