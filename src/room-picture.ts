/**
 * The room: the picture's box at the picture's aspect ratio, the chairs placed on it, and the quiz's boxes while its
 * file loads. Function templates, like result-card.ts; the element keeps the events and the state.
 *
 * Arguments are positional rather than one options object: the script-tag build cannot shorten an object's keys, and
 * these templates sit on issue 18's 18 kB budget.
 */
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { str } from '@lit/localize';
import { CHAIR_BATCH } from './controllers/chair-drawing.js';
import { msg } from './localization.js';
import { formatChairNumber, type Digits } from './numbers.js';
import type { Chair, Quiz } from './quiz/schema.js';
import { pickText } from './text.js';

/**
 * The picture's box, at the picture's aspect ratio from the start, so nothing below it jumps.
 *
 * Positions and ratios are custom properties set through the `.style` *property* (`style.cssText`, the CSSOM), never
 * a `style` attribute: a strict Content-Security-Policy (`style-src 'self'`) blocks inline style attributes, and Lit's
 * `styleMap` writes one on first render (lit/lit#4719). The CSSOM is allowed.
 */
export function renderFrame(quiz: Quiz | undefined, content: unknown, busy = false) {
  const { width = 4, height = 3 } = quiz?.image ?? {};
  return html`<div class="frame" part="picture" aria-busy=${busy ? 'true' : 'false'} .style=${`--coop-ratio:${width}/${height}`}>
    ${content}
  </div>`;
}

/**
 * While the quiz file loads: the loaded quiz's boxes, empty, one line for each text (title, question, introduction,
 * keyboard hint, invitation, disclaimer) around the picture's box, in the same columns. The text around the quiz then
 * does not move when it arrives, for a quiz whose texts fit one line each where the page is that wide (the meeting
 * room on a desktop; on a phone the quiz is taller than the screen). Issue 18: CLS 0 for the quiz. The status line
 * for screen readers only once the interface language is known.
 */
export function renderLoading(announce: boolean) {
  const line = (cls: string) => html`<p class=${cls}>&nbsp;</p>`;
  return html`<div class="card" aria-hidden="true">
      <div class="head">${line('title')}${line('question')}${line('intro')}</div>
      <div class="stage">
        <div class="picture-column">${renderFrame(undefined, nothing, true)} ${line('hint')}</div>
        <div class="side">${line('prompt')}</div>
      </div>
      ${line('disclaimer')}
    </div>
    ${
      announce
        ? html`<p class="visually-hidden" role="status">${msg('جارٍ تحميل الاختبار…', { id: 'loading', desc: 'Read by screen readers while the quiz file loads.' })}</p>`
        : nothing
    }`;
}

/**
 * The chairs drawn so far (see ChairDrawingController), in batches of `CHAIR_BATCH`, each in its own box and rendered
 * again only when something it shows changes: with a thousand chairs, a click re-renders the one or two batches
 * holding the old and the new choice, and drawing a new batch leaves the ones already drawn alone, in script, style
 * and layout. What a batch shows is all in `shows`: a new per-chair input goes there.
 *
 * Each chair is its number on the picture, named "Chair 5, by the window" for screen readers. The name is an
 * `aria-label`, not hidden text, so that a chair is one element: with a thousand chairs, the hidden spans were most of
 * the time spent on style and layout. `checked` and `focused` are chair indexes (-1 for none); the focused chair
 * holds the group's tab stop (roving tabindex).
 */
export function renderChairs(
  quiz: Quiz,
  drawn: number,
  checked: number,
  focused: number,
  locale: string,
  digits: Digits,
) {
  const renderChair = (chair: Chair, index: number) => {
    const number = formatChairNumber(chair.number, locale, digits);
    const place = pickText(chair.place, locale, quiz.lang).text;
    const on = index === checked;
    return html`<div
      role="radio"
      class="chair"
      part=${on ? 'chair chair-checked' : 'chair'}
      aria-checked=${on ? 'true' : 'false'}
      aria-label=${msg(str`الكرسي ${number}، ${place}`, {
        id: 'chair-name',
        desc: 'A chair\'s name for screen readers: its number, then where it is in the room ("Chair 5, by the window").',
      })}
      tabindex=${index === focused ? '0' : '-1'}
      data-number=${chair.number}
      .style=${`--x:${chair.x};--y:${chair.y}`}
    >${number}</div>`;
  };
  const batches: unknown[] = [];
  for (let start = 0; start < drawn; start += CHAIR_BATCH) {
    const inBatch = (index: number) => (index >= start && index < start + CHAIR_BATCH ? index : -1);
    const shows = [quiz, locale, digits, inBatch(checked), inBatch(focused)];
    batches.push(
      guard(
        shows,
        () =>
          html`<div class="batch">${quiz.chairs.slice(start, start + CHAIR_BATCH).map((chair, i) => renderChair(chair, start + i))}</div>`,
      ),
    );
  }
  return batches;
}
