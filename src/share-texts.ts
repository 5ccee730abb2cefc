/**
 * The share texts: what people post (first person, the quiz's name, the chair, its line, the invitation in the
 * plural), and the comment game's line. Part of the share controls' file (share-controls.ts), which imports nothing
 * stateful: `msg` comes as an argument, as in noun-words.ts, so the texts speak the element's locale and the quiz's
 * noun (seat, place) through the main script's `msg()`. Typed as @lit/localize's own, so that `lit-localize extract`
 * finds the calls.
 */
import type { msg as litMsg, str as litStr } from '@lit/localize';

const str = ((strings: TemplateStringsArray, ...values: unknown[]) => ({
  strTag: true,
  strings,
  values,
})) as unknown as typeof litStr;

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

/** The texts, in the locale and noun `msg` answers in (see `useLocale`). */
export function shareTexts(msg: typeof litMsg) {
  /** Quote marks that a text carrying its own quotes must not get again (no «… «…»»). */
  const QUOTES = /["«»“”„‹›]/;

  /** `«text»` in the locale's quote marks, unless the text already quotes something. */
  const quoted = (text: string): string =>
    QUOTES.test(text)
      ? text
      : msg(str`«${text}»`, {
          id: 'share-quote',
          desc: 'Quote marks around a quiz text in the share text (the quiz name, the headline). French: « … » with non-breaking spaces; English: “…”.',
        });

  /** The invitation that ends every share text, on its own line, in the plural (a group is asked). */
  const shareInvitation = (): string =>
    msg('وأنتم، أيّ كرسي تختارون؟', {
      id: 'share-invite',
      desc: 'Last line of a shared result: asks the friends (plural) which chair they would pick.',
    });

  /**
   * The text people post, in lines: "I chose chair 5 in «quiz»: title", the chair's line quoted, the invitation.
   * Nothing is cut (headlines are at most 90 characters). The link is not in it: see `withLink`.
   */
  function shareText({ quiz, number, title, line }: ShareInput): string {
    const chosen = msg(str`اخترتُ الكرسي ${number} في ${quoted(quiz)}: ${title}`, {
      id: 'share-chosen',
      desc: 'First line of a shared result, first person: the chair number, the quiz name (already quoted) and the result title.',
    });
    const quote = line?.trim() ? quoted(line.trim()) : '';
    return [chosen, quote, shareInvitation()].filter(Boolean).join('\n');
  }

  /** The comment game's line: "🪑 الكرسي 5: روح الفريق" (page language, chosen digits). */
  const commentLine = (number: string, title: string): string =>
    msg(str`🪑 الكرسي ${number}: ${title}`, {
      id: 'comment-line',
      desc: "Copied for the comments under the page owner's post (the comment game): a chair emoji, the chair number and the result title.",
    });

  return { quoted, shareInvitation, shareText, commentLine };
}

/** For WhatsApp and "copy": the text, then the link last on its own line. */
export const withLink = (text: string, link: string): string => `${text}\n${link}`;

export const whatsappUrl = (text: string, link: string) =>
  `https://wa.me/?text=${encodeURIComponent(withLink(text, link))}`;
export const facebookUrl = (link: string) => `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(link)}`;
