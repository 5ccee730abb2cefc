/**
 * The first result, paid for before the visitor picks (issue 18). The first result card a page shows costs far more
 * than the next ones: in a trace of a click right when the chairs appear (bench/, 2-core machine), the click spent
 * about 35 ms preparing and rendering the card's templates, 38 ms in a forced layout, half of it asking the system
 * for the bold and semi-bold Arabic faces (FontCache::GetFontPlatformData, 2 to 4 ms each), and more in style and
 * paint; a click 1.5 s later pays none of that again. So, when the browser is idle after the quiz is shown, one
 * card is rendered out of sight and laid out, then removed: the templates stay prepared (Lit caches them by
 * template), the faces loaded, the formatters made (the traits' percent formatter among them).
 *
 * The card goes into a shadow root of its own, inside the element's, with the element's styles: the page and the
 * element's own queries never see it, and its box is invisible and out of the flow (no layout shift, nothing read).
 */
import { adoptStyles, html, render, type CSSResultOrNative } from 'lit';
import { renderResultCard, type ResultCardInput } from './result-card.js';

export function warmUpResultCard(root: ShadowRoot, styles: CSSResultOrNative[], card: ResultCardInput) {
  const box = document.createElement('div');
  // The CSSOM, not a style attribute: allowed under a strict Content-Security-Policy (see #renderFrame).
  box.style.cssText = 'position:absolute;width:360px;visibility:hidden';
  const shadow = box.attachShadow({ mode: 'open' });
  adoptStyles(shadow, styles);
  render(html`<div class="base" lang=${card.locale}>${renderResultCard(card)}</div>`, shadow);
  root.append(box);
  box.getBoundingClientRect(); // style and layout now, at idle: the faces are looked up and the text shaped
  box.remove();
}
