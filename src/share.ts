/**
 * Sharing a result: the text people post, the result link, and reading a result link back.
 * Pure functions (the interface strings come through `msg()`, in the locale the caller set with `useLocale`).
 * Part of the main script (about 1 kB): a lazily loaded chunk would import from coop-chair-quiz.js by a URL
 * without the page's query string, and so load a second copy of the whole script on pages that version it.
 */
import { str } from '@lit/localize';
import { msg } from './localization.js';
import { ID_PATTERN } from './quiz/format.js';

/** The fragment key of result links: `#coop-chair-quiz=meeting-room:5`. */
export const FRAGMENT_KEY = 'coop-chair-quiz';

export interface ShareInput {
  /** The quiz's title, in the visitor's language: the context in a WhatsApp group. */
  quiz: string;
  /** The chair number as shown (already in the page's digits). */
  number: string;
  /** The chair's result title, in the visitor's language. */
  title: string;
  /** The chair's `share` text, else its `headline` (at most 160 and 90 characters: never cut); may be empty. */
  line?: string;
}

/** Quote marks that a text carrying its own quotes must not get again (no «… «…»»). */
const QUOTES = /["«»“”„‹›]/;

/** `«text»` in the locale's quote marks, unless the text already quotes something. */
export const quoted = (text: string): string =>
  QUOTES.test(text)
    ? text
    : msg(str`«${text}»`, {
        id: 'share-quote',
        desc: 'Quote marks around a quiz text in the share text (the quiz name, the headline). French: « … » with non-breaking spaces; English: “…”.',
      });

/** The invitation that ends every share text, on its own line, in the plural (a group is asked). */
export const shareInvitation = (): string =>
  msg('وأنتم، أيّ كرسي تختارون؟', {
    id: 'share-invite',
    desc: 'Last line of a shared result: asks the friends (plural) which chair they would pick.',
  });

/**
 * The text people post, in lines: "I chose chair 5 in «quiz»: title", the chair's line quoted, the invitation.
 * Nothing is cut (headlines are at most 90 characters). The link is not in it: see `withLink`.
 */
export function shareText({ quiz, number, title, line }: ShareInput): string {
  const chosen = msg(str`اخترتُ الكرسي ${number} في ${quoted(quiz)}: ${title}`, {
    id: 'share-chosen',
    desc: 'First line of a shared result, first person: the chair number, the quiz name (already quoted) and the result title.',
  });
  const quote = line?.trim() ? quoted(line.trim()) : '';
  return [chosen, quote, shareInvitation()].filter(Boolean).join('\n');
}

/** For WhatsApp and "copy": the text, then the link last on its own line. */
export const withLink = (text: string, link: string): string => `${text}\n${link}`;

/** The comment game's line: "🪑 الكرسي 5: روح الفريق" (page language, chosen digits). */
export const commentLine = (number: string, title: string): string =>
  msg(str`🪑 الكرسي ${number}: ${title}`, {
    id: 'comment-line',
    desc: "Copied for the comments under the page owner's post (the comment game): a chair emoji, the chair number and the result title.",
  });

/**
 * A `share-url` pattern filled in: `https://coop.example/quiz/r/{quiz}-{chair}.html` → `…/r/meeting-room-5.html`.
 * Only http(s) patterns (no javascript:, data:…); each value through encodeURIComponent. Undefined when refused.
 */
export function fillShareUrl(pattern: string, quizId: string, chair: number): string | undefined {
  const filled = pattern
    .replaceAll('{quiz}', encodeURIComponent(quizId))
    .replaceAll('{chair}', encodeURIComponent(String(chair)));
  try {
    const url = new URL(filled);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
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
  `https://wa.me/?text=${encodeURIComponent(withLink(text, link))}`;
export const facebookUrl = (link: string) => `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(link)}`;
