/**
 * The result card, phone first: on one screen the chair's number and title, its headline, the share controls and
 * the tip set apart; the rest (where it sits, the description, leadership, collaboration, strength, traits) one tap
 * away in a disclosure. After a friend's link, the two results side by side. Templates only: the element decides
 * which result to show and handles the actions.
 */
import { html, nothing } from 'lit';
import { str } from '@lit/localize';
import { msg } from './localization.js';
import { formatChairNumber, type Digits } from './numbers.js';
import { renderText } from './quiz-text.js';
import type { Chair, Quiz, Text } from './quiz/schema.js';
import { renderTraits } from './trait-scales.js';
import { pickText, type ShownText } from './text.js';

/** Where a shown result comes from: the visitor now, a friend's link, their last visit, or the page's code. */
export type ResultOrigin = 'visitor' | 'shared' | 'remembered' | 'code';

/** A link the page owner puts under every result (their call to action, another quiz); http(s) or relative only. */
export interface OwnerLink {
  href: string;
  label: string;
}

/** An owner's link, when its address is http(s) (or relative to the page): never `javascript:` or another scheme. */
export function ownerLink(href: string | undefined, label: string | undefined): OwnerLink[] {
  try {
    return href && label && /^https?:$/.test(new URL(href, document.baseURI).protocol) ? [{ href, label }] : [];
  } catch {
    return [];
  }
}

export interface ResultCardInput {
  quiz: Quiz;
  chair: Chair;
  origin?: ResultOrigin;
  locale: string;
  digits: Digits;
  /** After a friend's link, the visitor's chair beside the friend's (friend-link.ts), or nothing. */
  comparison: unknown;
  /** The share controls, or nothing (under a friend's result). */
  share: unknown;
  onChooseAgain: () => void;
  /** The page owner's call to action and "try another quiz", when they give them. */
  links: OwnerLink[];
}

/** Read by screen readers before a result's title: "Chair 5:" (the badge beside it is hidden from them). */
export const chairPrefix = (number: string) =>
  msg(str`الكرسي ${number}:`, {
    id: 'result-chair',
    desc: 'Read by screen readers before the result title, e.g. "Chair 5: The mediator".',
  });

/** The headline for a chair: its own, or for a quiz without headlines its description (then not repeated below). */
export const headlineOf = (chair: Chair): Text => chair.headline ?? chair.description;

export function renderResultCard(card: ResultCardInput) {
  const { quiz, chair, origin, locale } = card;
  const text = (value: Text | undefined) => (value === undefined ? undefined : pickText(value, locale, quiz.lang));
  const number = formatChairNumber(chair.number, locale, card.digits);
  const section = (heading: string, body: ShownText | undefined) =>
    body ? html`<section><h4>${heading}</h4>${renderText(body, locale, { tag: 'p' })}</section>` : nothing;
  const shared = origin === 'shared';
  return html`<section class=${shared ? 'result shared' : 'result'} part="result" aria-labelledby="result-heading">
      ${
        shared
          ? html`<p class="note">${msg(str`نتيجة من أرسل إليك الرابط: الكرسي ${number}.`, { id: 'shared-note', desc: 'Above the result of the friend whose link opened the page (shown when the visitor asks for it). Neutral: we do not know who sent it.' })}</p>`
          : origin === 'remembered'
            ? html`<p class="note">${msg('اختيارك في زيارتك السابقة', { id: 'remembered-note', desc: "Above a result remembered from the visitor's last visit." })}</p>`
            : nothing
      }
      <div class="result-head">
        ${renderMinimap(quiz, chair)}
        <h3 class="result-heading" id="result-heading" tabindex="-1">
          <span class="badge" aria-hidden="true">${number}</span>
          <span class="visually-hidden">${chairPrefix(number)} </span>
          ${renderText(text(chair.title), locale, { cls: 'result-title' })}
        </h3>
      </div>
      ${renderText(text(headlineOf(chair)), locale, { tag: 'p', cls: 'headline', part: 'headline' })}
      ${shared ? nothing : card.comparison}
      <div class="actions">
        ${card.share}
        <button class="again" part="button" type="button" @click=${card.onChooseAgain}>
          ${
            shared
              ? msg('اختيار كرسيك', {
                  id: 'pick-own',
                  desc: "Button under a friend's result: go and choose your own chair. A verbal noun, gender-neutral.",
                })
              : msg('اختيار كرسي آخر', {
                  id: 'choose-again',
                  desc: 'Button under the result: back to the picture to choose again. A verbal noun, gender-neutral.',
                })
          }
        </button>
      </div>
      ${
        chair.tip
          ? html`<div class="tip" part="tip">
            <h4>${msg('نصيحة لك', { id: 'tip', desc: 'Result card: heading of the friendly tip, set apart as a call-out.' })}</h4>
            ${renderText(text(chair.tip), locale, { tag: 'p' })}
          </div>`
          : nothing
      }
      <details class="details" part="details">
        <summary>${msg('المزيد عن هذا الكرسي', { id: 'details', desc: 'Result card: the disclosure that shows the longer description, leadership, collaboration, strength and traits.' })}</summary>
        <div class="details-body">
          ${renderText(text(chair.place), locale, { tag: 'p', cls: 'place-line' })}
          ${chair.headline ? renderText(text(chair.description), locale, { tag: 'p' }) : nothing}
          <div class="styles">
            ${section(msg('أسلوبك في القيادة', { id: 'leadership', desc: 'Result card: heading of the leadership style.' }), text(chair.leadership))}
            ${section(msg('أسلوبك في التعاون', { id: 'collaboration', desc: 'Result card: heading of the collaboration style.' }), text(chair.collaboration))}
            ${section(msg('نقطة قوّتك', { id: 'strength', desc: 'Result card: heading of the strength.' }), text(chair.strength))}
          </div>
          ${renderTraits(quiz, chair, locale, card.digits)}
        </div>
      </details>
      <div class="owner-links">
        <slot name="action"></slot>
        ${card.links.map(({ href, label }) => html`<a class="owner-link" part="action" href=${href}>${label}</a>`)}
      </div>
    </section>`;
}

/** A small copy of the picture with the chosen chair ringed: where it sits in the room, for the eye only. */
function renderMinimap(quiz: Quiz, chair: Chair) {
  const { width = 4, height = 3 } = quiz.image;
  return html`<div class="minimap" aria-hidden="true" .style=${`--coop-ratio:${width}/${height}`}>
    <img src=${quiz.image.src} alt="" decoding="async" />
    <span class="minimap-dot" .style=${`--x:${chair.x};--y:${chair.y}`}></span>
  </div>`;
}
