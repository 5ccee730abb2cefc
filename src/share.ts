/**
 * Sharing a result, the part in the main script: the result link, reading a result link back, and a `share-url`
 * pattern filled in. Pure functions. The share texts are in share-texts.ts, loaded with the share controls.
 */
import { ID_PATTERN } from './quiz/format.js';

/** The fragment key of result links: `#coop-chair-quiz=meeting-room:5`. */
export const FRAGMENT_KEY = 'coop-chair-quiz';

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
