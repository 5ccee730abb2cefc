/** Putting a quiz text in the page: as text (never HTML), marked with its own language where it is not the page's. */
import { html, nothing } from 'lit';
import { directionOf, type ShownText } from './text.js';

/** How a quiz text is put in the page: which element, with which class, part and id. */
export interface TextPlace {
  tag?: 'h2' | 'p' | 'span';
  cls?: string;
  part?: string;
  id?: string;
}

/** A quiz text as an element's content; `lang` and `dir` only when it is not in `locale` (see `pickText`). */
export function renderText(
  shown: ShownText | undefined,
  locale: string,
  { tag = 'span', cls = '', part = '', id = '' }: TextPlace = {},
) {
  if (!shown) return nothing;
  const other = shown.lang !== locale;
  const lang = other ? shown.lang : nothing;
  const dir = other ? directionOf(shown.lang) : nothing;
  switch (tag) {
    case 'h2':
      return html`<h2 class=${cls} part=${part || nothing} id=${id || nothing} lang=${lang} dir=${dir}>${shown.text}</h2>`;
    case 'p':
      return html`<p class=${cls} part=${part || nothing} id=${id || nothing} lang=${lang} dir=${dir}>${shown.text}</p>`;
    default:
      return html`<span class=${cls} part=${part || nothing} lang=${lang} dir=${dir}>${shown.text}</span>`;
  }
}
