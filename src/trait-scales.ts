/**
 * A chair's traits on the result card. A trait with an `opposite` is a scale between two strengths (initiative ↔
 * listening): a dot between its two ends, with no number, so no position reads like a mark and no chair out-scores
 * another. A trait without one (older quizzes) has its label at the strong end, and its percentage for screen readers.
 */
import { html, nothing } from 'lit';
import { str } from '@lit/localize';
import { msg } from './localization.js';
import { numberFormat, type Digits } from './numbers.js';
import { renderText } from './quiz-text.js';
import type { Chair, Quiz, Trait } from './quiz/schema.js';
import { pickText } from './text.js';

/** Where a score sits on a scale, in words for screen readers: the visible dot says it to the eye. */
function scaleWords(score: number, label: string, opposite: string) {
  if (score > 60)
    return msg(str`أقرب إلى ${label} منه إلى ${opposite}`, {
      id: 'scale-near-label',
      desc: 'Screen-reader text of a trait scale whose dot is nearer its first end: "closer to initiative than to listening".',
    });
  if (score < 40)
    return msg(str`أقرب إلى ${opposite} منه إلى ${label}`, {
      id: 'scale-near-opposite',
      desc: 'Screen-reader text of a trait scale whose dot is nearer its second end: "closer to listening than to initiative".',
    });
  return msg(str`بين ${label} و${opposite}، في الوسط`, {
    id: 'scale-middle',
    desc: 'Screen-reader text of a trait scale whose dot is in the middle: "between initiative and listening, in the middle".',
  });
}

export function renderTraits(quiz: Quiz, chair: Chair, locale: string, digits: Digits) {
  const scores = chair.scores ?? {};
  const traits = (quiz.traits ?? []).filter((trait) => scores[trait.id] !== undefined);
  if (!traits.length) return nothing;
  const row = (trait: Trait) => {
    const score = scores[trait.id] ?? 0;
    const label = pickText(trait.label, locale, quiz.lang);
    const opposite = trait.opposite ? pickText(trait.opposite, locale, quiz.lang) : undefined;
    return html`<li>
      <span class="scale-ends" aria-hidden="true">${renderText(label, locale)}${renderText(opposite, locale)}</span>
      <span class="scale-track" aria-hidden="true"><span class="scale-dot" .style=${`--pos:${score}`}></span></span>
      <span class="visually-hidden"
        >${opposite ? scaleWords(score, label.text, opposite.text) : `${label.text}: ${numberFormat(locale, digits, 'percent').format(score / 100)}`}</span
      >
    </li>`;
  };
  return html`<section class="traits">
    <h4>${msg('سماتك', { id: 'traits', desc: 'Result card: heading of the traits, shown as scales between two strengths (initiative ↔ listening).' })}</h4>
    <ul>
      ${traits.map(row)}
    </ul>
  </section>`;
}
