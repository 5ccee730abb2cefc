/**
 * Sharing a result: the text people post, the result link, and reading a result link back.
 * Pure functions (the interface strings come through `msg()`, in the locale the caller set with `useLocale`).
 * Part of the main script (about 0.9 kB): a lazily loaded chunk would import from coop-chair-quiz.js by a URL
 * without the page's query string, and so load a second copy of the whole script on pages that version it.
 */
import { str } from '@lit/localize';
import { msg } from './localization.js';
import { ID_PATTERN } from './quiz/format.js';

/** The fragment key of result links: `#coop-chair-quiz=meeting-room:5`. */
export const FRAGMENT_KEY = 'coop-chair-quiz';

/** Share texts stay short enough for a WhatsApp preview or a post (the link comes on top). */
export const MAX_SHARE_TEXT = 200;

export interface ShareInput {
  /** The chair number as shown (already in the page's digits). */
  number: string;
  /** The chair's result title, in the visitor's language. */
  title: string;
  /** One line about the person (their leadership style), shortened to fit. */
  line: string;
}

/** Shortens `text` to at most `max` characters, at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s،,;:.!?؛-]+$/, '')}…`;
}

/**
 * اخترتُ الكرسي 5: روح الفريق — «تقود بالحماس…» وأنت، أيّ كرسي ستختار؟
 * At most MAX_SHARE_TEXT characters; the line is shortened first, the title never.
 */
export function shareText({ number, title, line }: ShareInput): string {
  const long = (l: string) =>
    msg(str`اخترتُ الكرسي ${number}: ${title} — «${l}» وأنت، أيّ كرسي ستختار؟`, {
      id: 'share-text',
      desc: 'Text posted when sharing a result: chair number, result title, one line about the person (quoted), and an invitation. Keep it short (200 characters in all).',
    });
  const short = () =>
    msg(str`اخترتُ الكرسي ${number}: ${title}. وأنت، أيّ كرسي ستختار؟`, {
      id: 'share-text-short',
      desc: 'Shorter share text, used when the long one does not fit: chair number, result title, invitation.',
    });
  const room = MAX_SHARE_TEXT - long('').length;
  return line.trim() && room >= 20 ? long(shorten(line, room)) : shorten(short(), MAX_SHARE_TEXT);
}

/** `https://site/page#coop-chair-quiz=meeting-room:5`: the page itself, with the result in the fragment. */
export function resultLink(pageUrl: string, quizId: string, chair: number): string {
  const url = new URL(pageUrl);
  url.hash = `${FRAGMENT_KEY}=${quizId}:${chair}`;
  return url.href;
}

/**
 * The result a link carries for `quizId`, or undefined. Anything odd — another quiz, a bad number, markup,
 * an over-long fragment — is ignored quietly: the quiz then starts as usual.
 */
export function readResultLink(hash: string, quizId: string, chairs: number): number | undefined {
  if (hash.length > 300) return undefined;
  let fragment: string;
  try {
    fragment = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  for (const part of fragment.split('&')) {
    const match = new RegExp(`^${FRAGMENT_KEY}=([^:]+):(\\d{1,4})$`).exec(part);
    if (!match || !ID_PATTERN.test(match[1]) || match[1] !== quizId) continue;
    const chair = Number(match[2]);
    if (Number.isInteger(chair) && chair >= 1 && chair <= chairs) return chair;
  }
  return undefined;
}

export const whatsappUrl = (text: string, link: string) =>
  `https://wa.me/?text=${encodeURIComponent(`${text}\n${link}`)}`;
export const facebookUrl = (link: string) => `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(link)}`;
