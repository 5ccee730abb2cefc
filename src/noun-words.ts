/**
 * The interface sentences for a quiz of seats (مقعد، مقاعد — a bus, a theatre) or places (مكان، أماكن): for every
 * sentence of the main script that names a chair (by its id: `chair-name`, `chairs-few`…), the same sentence with
 * the other noun, whole, so that translators and Arabic grammar see the sentence (the word changes form with its
 * place in it: المقعد، مقعدًا، مقعدك، مقاعد; French changes the article: le siège, la place). Loaded only for a
 * quiz whose `noun` is `seat` or `place` (`loadNoun` in localization.ts); `msg()` then answers the chair ids with these.
 *
 * It imports nothing at run time: `msg` comes as an argument and `str` is a local copy of @lit/localize's one-line
 * tag. Typed as @lit/localize's own, so that `lit-localize extract` finds the calls and their translations.
 */
import type { msg as litMsg, str as litStr } from '@lit/localize';

/**
 * Each function gets the chair sentence (its `str` template: the values in its order, `chair-name`'s the number, then
 * the place) and gives the same sentence for this noun.
 */
export type NounSentences = Record<string, (chair: { values: readonly unknown[] }) => string>;

const str = ((strings: TemplateStringsArray, ...values: unknown[]) => ({
  strTag: true,
  strings,
  values,
})) as unknown as typeof litStr;

export function nounWords(msg: typeof litMsg): { seat: NounSentences; place: NounSentences } {
  const seat: NounSentences = {
    'chair-name': ({ values: [number, place] }) =>
      msg(str`المقعد ${number}، ${place}`, {
        id: 'seat-name',
        desc: 'A seat\'s name for screen readers (a quiz of seats, e.g. in a bus): its number, then where it is ("Seat 5, by the window").',
      }),
    'result-chair': ({ values: [number] }) =>
      msg(str`المقعد ${number}:`, {
        id: 'seat-result',
        desc: 'Read by screen readers before the result title in a quiz of seats, e.g. "Seat 5: The mediator".',
      }),
    'chairs-zero': () =>
      msg('لا مقاعد', { id: 'seats-zero', desc: 'Seat count, plural category "zero" (Arabic only).' }),
    'chairs-one': () =>
      msg('مقعد واحد', { id: 'seats-one', desc: 'Seat count, plural category "one" (exactly one seat).' }),
    'chairs-two': () => msg('مقعدان', { id: 'seats-two', desc: 'Seat count, plural category "two" (Arabic only).' }),
    'chairs-few': ({ values: [count] }) =>
      msg(str`${count} مقاعد`, { id: 'seats-few', desc: 'Seat count, plural category "few" (Arabic 3–10).' }),
    'chairs-many': ({ values: [count] }) =>
      msg(str`${count} مقعدًا`, {
        id: 'seats-many',
        desc: 'Seat count, plural category "many" (Arabic 11–99; French 1,000,000).',
      }),
    'chairs-other': ({ values: [count] }) =>
      msg(str`${count} مقعد`, {
        id: 'seats-other',
        desc: 'Seat count, plural category "other": shown before the instructions under the picture.',
      }),
    hint: () =>
      msg('اختاروا مقعدًا لتكتشفوا ما يقوله عنكم.', {
        id: 'seat-hint',
        desc: 'Instructions under the picture of a quiz of seats. "Enter" is the key name; keep it as it appears on keyboards.',
      }),
    'picture-missing': () =>
      msg('تعذّر تحميل الصورة، لكن يمكن اختيار مقعد برقمه.', {
        id: 'seat-picture-missing',
        desc: 'Shown over the empty picture area when the picture of a quiz of seats fails to load.',
      }),
    'choose-again': () =>
      msg('اختيار مقعد آخر', {
        id: 'seat-choose-again',
        desc: 'Button under the result of a quiz of seats: back to the picture to choose again.',
      }),
    'pick-own': () =>
      msg('اختيار مقعدك', {
        id: 'seat-pick-own',
        desc: 'Button under a result opened from a shared link, in a quiz of seats: go and choose your own seat.',
      }),
    'shared-note': ({ values: [number] }) =>
      msg(str`نتيجة من أرسل إليك الرابط: المقعد ${number}.`, {
        id: 'seat-shared-note',
        desc: "Above a result opened from a shared link, in a quiz of seats: it is someone else's result, and an invitation to choose.",
      }),
    invite: ({ values: [number] }) =>
      msg(str`من أرسل إليكم هذا الرابط اختار المقعد ${number}. اختاروا مقعدكم أولًا، ثم قارنوا!`, {
        id: 'seat-invite',
        desc: "Above the picture when a friend's result link opened the page, in a quiz of seats: the seat they chose, and an invitation to pick one's own first. Plural, gender-neutral.",
      }),
    'compare-same': () =>
      msg('اخترت المقعد نفسه الذي اختاره من أرسل إليك الرابط', {
        id: 'seat-compare-same',
        desc: 'Heading of the comparison when the visitor chose the same seat as the friend whose link they opened.',
      }),
    details: () =>
      msg('المزيد عن هذا المقعد', {
        id: 'seat-details',
        desc: 'Result card, in a quiz of seats: the disclosure that shows the longer description, leadership, collaboration, strength and traits.',
      }),
    'share-chosen': ({ values: [number, quiz, title] }) =>
      msg(str`اخترتُ المقعد ${number} في ${quiz}: ${title}`, {
        id: 'seat-share-chosen',
        desc: 'First line of a shared result of a quiz of seats, first person: the seat number, the quiz name (already quoted) and the result title.',
      }),
    'share-invite': () =>
      msg('وأنتم، أيّ مقعد تختارون؟', {
        id: 'seat-share-invite',
        desc: 'Last line of a shared result of a quiz of seats: asks the friends (plural) which seat they would pick.',
      }),
    'comment-line': ({ values: [number, title] }) =>
      msg(str`🪑 المقعد ${number}: ${title}`, {
        id: 'seat-comment-line',
        desc: "Copied for the comments under the page owner's post, in a quiz of seats: a chair emoji, the seat number and the result title.",
      }),
  };
  const place: NounSentences = {
    'chair-name': ({ values: [number, where] }) =>
      msg(str`المكان ${number}، ${where}`, {
        id: 'place-name',
        desc: 'A place\'s name for screen readers (a quiz of places to stand or sit): its number, then where it is ("Place 5, by the window").',
      }),
    'result-chair': ({ values: [number] }) =>
      msg(str`المكان ${number}:`, {
        id: 'place-result',
        desc: 'Read by screen readers before the result title in a quiz of places, e.g. "Place 5: The mediator".',
      }),
    'chairs-zero': () =>
      msg('لا أماكن', { id: 'places-zero', desc: 'Place count, plural category "zero" (Arabic only).' }),
    'chairs-one': () =>
      msg('مكان واحد', { id: 'places-one', desc: 'Place count, plural category "one" (exactly one place).' }),
    'chairs-two': () => msg('مكانان', { id: 'places-two', desc: 'Place count, plural category "two" (Arabic only).' }),
    'chairs-few': ({ values: [count] }) =>
      msg(str`${count} أماكن`, { id: 'places-few', desc: 'Place count, plural category "few" (Arabic 3–10).' }),
    'chairs-many': ({ values: [count] }) =>
      msg(str`${count} مكانًا`, {
        id: 'places-many',
        desc: 'Place count, plural category "many" (Arabic 11–99; French 1,000,000).',
      }),
    'chairs-other': ({ values: [count] }) =>
      msg(str`${count} مكان`, {
        id: 'places-other',
        desc: 'Place count, plural category "other": shown before the instructions under the picture.',
      }),
    hint: () =>
      msg('اختاروا مكانًا لتكتشفوا ما يقوله عنكم.', {
        id: 'place-hint',
        desc: 'Instructions under the picture of a quiz of places. "Enter" is the key name; keep it as it appears on keyboards.',
      }),
    'picture-missing': () =>
      msg('تعذّر تحميل الصورة، لكن يمكن اختيار مكان برقمه.', {
        id: 'place-picture-missing',
        desc: 'Shown over the empty picture area when the picture of a quiz of places fails to load.',
      }),
    'choose-again': () =>
      msg('اختيار مكان آخر', {
        id: 'place-choose-again',
        desc: 'Button under the result of a quiz of places: back to the picture to choose again.',
      }),
    'pick-own': () =>
      msg('اختيار مكانك', {
        id: 'place-pick-own',
        desc: 'Button under a result opened from a shared link, in a quiz of places: go and choose your own place.',
      }),
    'shared-note': ({ values: [number] }) =>
      msg(str`نتيجة من أرسل إليك الرابط: المكان ${number}.`, {
        id: 'place-shared-note',
        desc: "Above a result opened from a shared link, in a quiz of places: it is someone else's result, and an invitation to choose.",
      }),
    invite: ({ values: [number] }) =>
      msg(str`من أرسل إليكم هذا الرابط اختار المكان ${number}. اختاروا مكانكم أولًا، ثم قارنوا!`, {
        id: 'place-invite',
        desc: "Above the picture when a friend's result link opened the page, in a quiz of places: the place they chose, and an invitation to pick one's own first. Plural, gender-neutral.",
      }),
    'compare-same': () =>
      msg('اخترت المكان نفسه الذي اختاره من أرسل إليك الرابط', {
        id: 'place-compare-same',
        desc: 'Heading of the comparison when the visitor chose the same place as the friend whose link they opened.',
      }),
    details: () =>
      msg('المزيد عن هذا المكان', {
        id: 'place-details',
        desc: 'Result card, in a quiz of places: the disclosure that shows the longer description, leadership, collaboration, strength and traits.',
      }),
    'share-chosen': ({ values: [number, quiz, title] }) =>
      msg(str`اخترتُ المكان ${number} في ${quiz}: ${title}`, {
        id: 'place-share-chosen',
        desc: 'First line of a shared result of a quiz of places, first person: the place number, the quiz name (already quoted) and the result title.',
      }),
    'share-invite': () =>
      msg('وأنتم، أيّ مكان تختارون؟', {
        id: 'place-share-invite',
        desc: 'Last line of a shared result of a quiz of places: asks the friends (plural) which place they would pick.',
      }),
    'comment-line': ({ values: [number, title] }) =>
      msg(str`🪑 المكان ${number}: ${title}`, {
        id: 'place-comment-line',
        desc: "Copied for the comments under the page owner's post, in a quiz of places: a chair emoji, the place number and the result title.",
      }),
  };
  return { seat, place };
}
