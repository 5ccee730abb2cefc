/**
 * A friend's result link (`#coop-chair-quiz=meeting-room:4`): the invitation above the picture (their chair, and
 * "pick yours first"), and after the visitor's own pick the two chairs side by side, with what each brings to the
 * other (the chair's `together` text, else its strength, else its headline).
 *
 * A file of its own in the script-tag build (`coop-chair-quiz-friend.js`, about 0.5 kB), loaded only when the page was
 * opened from such a link: it gets Lit's `html` and `nothing` and our `msg` as arguments and imports only stateless
 * helpers (copied into the file), so it never loads a second copy of the script or of Lit (see share-controls.ts).
 */
import type { msg as litMsg, str as litStr } from '@lit/localize';
import type { html as litHtml, nothing as litNothing } from 'lit';
import { formatChairNumber, type Digits } from './numbers.js';
import type { Chair, Quiz, Text } from './quiz/schema.js';
import { directionOf, pickText } from './text.js';

export interface FriendDeps {
  html: typeof litHtml;
  nothing: typeof litNothing;
  msg: typeof litMsg;
}

export interface FriendView {
  quiz: Quiz;
  locale: string;
  digits: Digits;
  /** The friend's chair. */
  friend: Chair;
  /** "Chair 5:" for screen readers, as the result card says it. */
  chairPrefix: (number: string) => string;
}

/** @lit/localize's one-line `str` tag, copied: this file imports nothing at run time. */
const str = ((strings: TemplateStringsArray, ...values: unknown[]) => ({
  strTag: true,
  strings,
  values,
})) as unknown as typeof litStr;

/**
 * The invitation's and the comparison's styles, here rather than in the main script's: adopted by the element's
 * shadow root with the file (a constructed style sheet, which a strict `style-src 'self'` allows).
 */
const STYLES = `.invite{display:flex;flex-wrap:wrap;align-items:center;gap:8px 12px;padding:10px 14px;\
border-radius:var(--_radius);border-inline-start:6px solid var(--_accent);background:var(--_panel);font-weight:600}\
.invite p{flex:1 1 14em}.compare,.pair{display:grid;gap:8px}.pair{margin:0;padding:0;list-style:none}\
@container (min-width:420px){.pair{grid-template-columns:1fr 1fr}}\
.pair li{display:grid;gap:4px;align-content:start;padding:8px 12px;border-radius:10px;background:var(--_surface)}\
.who{font-size:.85em;color:var(--_muted)}.pair-title{display:flex;align-items:center;gap:8px;font-weight:700}\
.compare h4{font-size:.95em;color:var(--_accent)}@media (forced-colors:active){.invite{border:1px solid CanvasText}}`;
let sheet: CSSStyleSheet | undefined;

export function friendLink({ html, nothing, msg }: FriendDeps, root: ShadowRoot) {
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(STYLES);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  /** A quiz text, marked with its own language where it is not the page's (as quiz-text.ts does). */
  const text = (view: FriendView, value: Text) => {
    const shown = pickText(value, view.locale, view.quiz.lang);
    const other = shown.lang !== view.locale;
    return html`<span lang=${other ? shown.lang : nothing} dir=${other ? directionOf(shown.lang) : nothing}
      >${shown.text}</span
    >`;
  };

  const side = (view: FriendView, chair: Chair, who: string) => {
    const number = formatChairNumber(chair.number, view.locale, view.digits);
    return html`<li>
      <span class="who">${who}</span>
      <span class="pair-title"
        ><span class="badge" aria-hidden="true">${number}</span>
        <span class="visually-hidden">${view.chairPrefix(number)} </span>${text(view, chair.title)}</span
      >
      <p>${text(view, chair.together ?? chair.strength ?? chair.headline ?? chair.description)}</p>
    </li>`;
  };

  return {
    /** Above the picture, until the visitor picks: their chair, and "show their result" one tap away. */
    invite(view: FriendView, showTheirs: () => void) {
      const number = formatChairNumber(view.friend.number, view.locale, view.digits);
      return html`<div class="invite" part="invite">
        <p>
          ${msg(str`من أرسل إليكم هذا الرابط اختار الكرسي ${number}. اختاروا كرسيكم أولًا، ثم قارنوا!`, {
            id: 'invite',
            desc: "Above the picture when a friend's result link opened the page: the chair they chose, and an invitation to pick one's own before seeing what it says. Plural, gender-neutral.",
          })}
        </p>
        <button class="show-friend" part="button" type="button" @click=${showTheirs}>
          ${msg('عرض نتيجة الرابط', {
            id: 'show-friend',
            desc: "Button in the invitation: show the friend's result now, before choosing.",
          })}
        </button>
      </div>`;
    },

    /** On the visitor's result: their chair beside their friend's. */
    comparison(view: FriendView, chair: Chair) {
      const same = view.friend.number === chair.number;
      return html`<section class="compare" part="compare" aria-labelledby="compare-heading">
        <h4 id="compare-heading">
          ${
            same
              ? msg('اخترت الكرسي نفسه الذي اختاره من أرسل إليك الرابط', {
                  id: 'compare-same',
                  desc: 'Heading of the comparison when the visitor chose the same chair as the friend whose link they opened.',
                })
              : msg('أنت ومن أرسل إليك الرابط: ما يجلبه كلٌّ منكما إلى الفريق', {
                  id: 'compare',
                  desc: "Heading of the comparison of the visitor's chair with the chair of the friend whose link they opened.",
                })
          }
        </h4>
        <ul class="pair">
          ${side(view, chair, msg('اختيارك', { id: 'compare-you', desc: "In the comparison: labels the visitor's own chair." }))}
          ${
            same
              ? nothing
              : side(
                  view,
                  view.friend,
                  msg('اختيار من أرسل الرابط', {
                    id: 'compare-friend',
                    desc: 'In the comparison: labels the chair of the friend who sent the link.',
                  }),
                )
          }
        </ul>
      </section>`;
    },
  };
}
