/**
 * WCAG 2.2 AA, point by point, in Arabic and in French: names and roles, keyboard, focus, target size,
 * contrast, reflow, forced colours and reduced motion. (Keyboard paths and names are also in quiz.test.ts.)
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { CoopChairQuiz } from '../../src/coop-chair-quiz.js';
import { $, $$, addQuiz, chair, chairs, cleanup, deepActiveElement, FIXTURES, nextFrame } from './helpers.js';

const html = document.documentElement;

/** sRGB relative luminance of a computed colour (`rgb(…)`/`rgba(…)`). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? [])
    .slice(0, 3)
    .map(Number)
    .map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
};
const grey = (l: number) => `rgb(${l}, ${l}, ${l})`;
/**
 * A two-colour indicator is visible on any background when, for every background, one of its colours has
 * 3:1 against it. Checked against every grey level and the picture's own main colours.
 */
function worstContrastOnAnyBackground(colors: string[]): number {
  const backgrounds = [
    ...Array.from({ length: 256 }, (_, l) => grey(l)),
    'rgb(232, 184, 92)',
    'rgb(196, 84, 58)',
    'rgb(120, 72, 40)',
    'rgb(240, 176, 48)',
    'rgb(58, 40, 34)',
  ];
  return Math.min(...backgrounds.map((bg) => Math.max(...colors.map((c) => contrast(c, bg)))));
}
const colorsIn = (value: string) => value.match(/rgba?\([^)]*\)/g) ?? [];

async function media(features: Record<string, string>): Promise<boolean> {
  return executeServerCommand<boolean, Record<string, string>>('emulate-media-features', features);
}

for (const lang of ['ar', 'fr'] as const) {
  describe(`accessibility (${lang})`, () => {
    beforeEach(() => {
      html.lang = lang;
      html.dir = lang === 'ar' ? 'rtl' : 'ltr';
    });
    afterEach(async () => {
      cleanup();
      html.lang = 'ar';
      html.dir = 'rtl';
      html.style.colorScheme = '';
      await media({ 'forced-colors': '', 'prefers-reduced-motion': '', 'prefers-color-scheme': '' });
    });

    async function ready(attrs: Record<string, string> = {}, width?: number) {
      const box = document.createElement('div');
      if (width) box.style.width = `${width}px`;
      document.body.append(box);
      const settled = await addQuiz(attrs, box);
      for (let i = 0; i < 100 && $(settled.el, '.base')?.getAttribute('lang') !== lang; i++)
        await new Promise((r) => setTimeout(r, 20));
      await settled.el.updateComplete;
      await nextFrame();
      return { ...settled, box };
    }

    it('passes axe in the question, result and error states', async () => {
      const { el } = await ready();
      await expect(el).to.be.accessible();
      chair(el, 9).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const original = console.error;
      console.error = () => {};
      try {
        const broken = await ready({ src: `${FIXTURES}invalid.json` });
        await expect(broken.el).to.be.accessible();
      } finally {
        console.error = original;
      }
    });

    it('gives the picture a text alternative and the group a description of how to choose', async () => {
      const { el } = await ready();
      const img = $(el, 'img')!;
      expect(img.getAttribute('alt')!.length).to.be.above(40);
      const group = $(el, '[role="radiogroup"]')!;
      const description = group
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => el.shadowRoot!.getElementById(id)!.textContent)
        .join(' ');
      expect(description).to.match(/Enter|Entrée/, 'the keyboard keys, read even while they are not shown');
      expect(description).to.match(/اختاروا كرسيًّا|Choisissez une chaise/, 'the invitation to choose');
    });

    it('moves focus to the result heading (read once) and never loses focus', async () => {
      const { el } = await ready();
      chair(el, 3).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const heading = $(el, '.result-heading')!;
      expect(deepActiveElement()).to.equal(heading);
      expect(heading.tabIndex).to.equal(-1, 'focusable by script only: no extra tab stop');
      const live = $$(el, '[aria-live], [role="status"]').filter((n) => !n.classList.contains('copy-status'));
      expect(live.length).to.equal(0, 'no live region repeating the result');
      expect($(el, '.copy-status')?.textContent?.trim() ?? '').to.equal(
        '',
        'the copy confirmation says nothing until a copy',
      );
      ($(el, '.again') as HTMLElement).click();
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(chair(el, 3));
    });

    it('has no keyboard trap: Tab leaves the quiz', async () => {
      const { el } = await ready();
      const after = document.createElement('button');
      after.textContent = 'after';
      document.body.append(after);
      try {
        chair(el, 1).focus();
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement).to.equal(after);
      } finally {
        after.remove();
      }
    });

    it('shows a focus indicator on chairs with 3:1 against any picture behind it', async () => {
      const { el } = await ready();
      chair(el, 1).focus();
      await sendKeys({ press: 'ArrowDown' }); // keyboard focus, so :focus-visible applies
      const focused = chair(el, 2);
      expect(deepActiveElement()).to.equal(focused);
      const style = getComputedStyle(focused);
      const ring = colorsIn(style.boxShadow);
      expect(ring.length, style.boxShadow).to.be.at.least(2);
      expect(worstContrastOnAnyBackground(ring)).to.be.at.least(3);
      expect(Number(style.zIndex)).to.be.at.least(2, 'drawn above the other chairs');
    });

    it('shows a focus indicator on the buttons', async () => {
      const { el } = await ready();
      chair(el, 1).focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      for (let i = 0; i < 6 && deepActiveElement() !== $(el, '.again'); i++) await sendKeys({ press: 'Tab' });
      const button = $(el, '.again')!;
      expect(deepActiveElement()).to.equal(button);
      const style = getComputedStyle(button);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      const card = getComputedStyle($(el, '.result')!).backgroundColor;
      expect(contrast(style.outlineColor, card)).to.be.at.least(3);
    });

    it('draws chair markers and the chosen chair with 3:1 against any picture, and 3:1 apart', async () => {
      const { el } = await ready();
      chair(el, 4).click();
      await el.updateComplete;
      const plain = getComputedStyle(chair(el, 1));
      const chosen = getComputedStyle(chair(el, 4));
      expect(worstContrastOnAnyBackground([plain.backgroundColor, plain.borderTopColor])).to.be.at.least(3);
      expect(
        worstContrastOnAnyBackground([chosen.borderTopColor, ...colorsIn(chosen.boxShadow).slice(0, 1)]),
      ).to.be.at.least(3);
      expect(contrast(plain.color, plain.backgroundColor)).to.be.at.least(4.5);
      expect(contrast(chosen.color, chosen.backgroundColor)).to.be.at.least(4.5);
      expect(contrast(chosen.backgroundColor, plain.backgroundColor)).to.be.at.least(
        3,
        'chosen differs from the others',
      );
    });

    it('keeps every chair a separate target of at least 24×24 px at 320 px wide, without horizontal scrolling', async () => {
      const { el } = await ready({}, 320);
      const boxes = chairs(el).map((c) => c.getBoundingClientRect());
      for (const box of boxes) {
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = 0; j < i; j++) {
          const a = boxes[i];
          const b = boxes[j];
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlap, `chairs ${i + 1} and ${j + 1} overlap`).to.equal(false);
        }
      }
      chair(el, 1).click();
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(320);
      for (const node of $$(el, '.base *').filter((n) => !n.closest('.visually-hidden'))) {
        expect(node.getBoundingClientRect().right, node.className).to.be.at.most(
          el.getBoundingClientRect().right + 0.5,
        );
      }
    });

    /**
     * Every text the card draws, measured against the colour behind it: axe leaves out most Arabic text (it cannot
     * tell the glyphs' size), so this is where its contrast is checked. Large text (24 px, or 18.7 px bold) needs 3:1.
     */
    const textContrasts = (el: CoopChairQuiz) => {
      const behind = (node: Element | null): string => {
        for (; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | null)) {
          const bg = getComputedStyle(node).backgroundColor;
          if (bg && !/rgba\(.*,\s*0\)|transparent/.test(bg)) return bg;
        }
        return 'rgb(255, 255, 255)';
      };
      const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
      const out: { text: string; ratio: number; needed: number }[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (!node.textContent!.trim() || parent.closest('.visually-hidden, [aria-hidden="true"], svg')) continue;
        if (getComputedStyle(parent).clipPath.startsWith('inset(50%')) continue;
        const style = getComputedStyle(parent);
        const size = parseFloat(style.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
        out.push({
          text: node.textContent!.trim().slice(0, 30),
          ratio: contrast(style.color, behind(parent)),
          needed: large ? 3 : 4.5,
        });
      }
      return out;
    };

    for (const scheme of ['light', 'dark'] as const) {
      it(`gives every text of the question and the result its contrast, measured (${scheme})`, async function () {
        if (scheme === 'dark') {
          html.style.colorScheme = 'light dark';
          if (!(await media({ 'prefers-color-scheme': 'dark' }))) this.skip(); // Chromium only
        }
        history.replaceState(null, '', '#coop-chair-quiz=meeting-room:2');
        try {
          const { el } = await ready({ 'action-href': '/join', 'action-label': 'انضموا' });
          const measured = [...textContrasts(el)];
          chair(el, 7).click();
          await el.updateComplete;
          ($(el, 'details') as HTMLDetailsElement).open = true;
          measured.push(...textContrasts(el));
          expect(measured.length).to.be.above(15);
          const poor = measured.filter((m) => m.ratio < m.needed).map((m) => `${m.text}: ${m.ratio.toFixed(2)}`);
          expect(poor).to.deep.equal([]);
        } finally {
          history.replaceState(null, '', location.pathname + location.search);
        }
      });
    }

    it('passes axe with the page in dark mode, with readable text', async function () {
      html.style.colorScheme = 'light dark';
      if (!(await media({ 'prefers-color-scheme': 'dark' }))) this.skip(); // Chromium only
      const { el } = await ready();
      expect(luminance(getComputedStyle($(el, '.base')!).backgroundColor)).to.be.below(0.1, 'dark card');
      chair(el, 2).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('keeps chairs, focus and the chosen chair visible in forced colours', async function () {
      if (!(await media({ 'forced-colors': 'active' }))) this.skip(); // Chromium only
      const { el } = await ready();
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      chair(el, 5).click();
      await el.updateComplete;
      const plain = getComputedStyle(chair(el, 1));
      const chosen = getComputedStyle(chair(el, 5));
      expect(plain.borderTopStyle).to.equal('solid');
      expect(parseFloat(plain.borderTopWidth)).to.be.at.least(2);
      expect(chosen.backgroundColor).not.to.equal(plain.backgroundColor);
      chair(el, 5).focus();
      await sendKeys({ press: 'ArrowDown' });
      const focused = getComputedStyle(chair(el, 6));
      expect(focused.outlineStyle).to.equal('solid');
      expect(parseFloat(focused.outlineWidth)).to.be.at.least(2);
    });

    it('turns animation off under prefers-reduced-motion', async function () {
      if (!(await media({ 'prefers-reduced-motion': 'reduce' }))) this.skip(); // Chromium only
      const { el } = await ready();
      chair(el, 1).click();
      await el.updateComplete;
      const style = getComputedStyle(chair(el, 1));
      expect(style.transitionDuration.split(',').every((d) => parseFloat(d) === 0)).to.equal(true);
      expect(style.scale === 'none' || style.scale === '1').to.equal(true);
      el.src = `${FIXTURES}small.json?slow`;
      await el.updateComplete;
      // While it loads again: nothing in the quiz animates (the placeholder is a still panel).
      const moving = $$(el, '.base *').filter((n) => getComputedStyle(n).animationName !== 'none');
      expect(moving.map((n) => n.className)).to.deep.equal([]);
    });
  });
}

describe('responsive: fits its container from 280 to 1200 px', () => {
  afterEach(cleanup);
  for (const width of [280, 480, 800, 1200]) {
    it(`at ${width} px: no overflow, chairs on their spots`, async () => {
      const box = document.createElement('div');
      box.style.width = `${width}px`;
      document.body.append(box);
      const { el } = await addQuiz({}, box);
      chair(el, 1).click();
      await el.updateComplete;
      await nextFrame();
      expect(el.getBoundingClientRect().width).to.be.closeTo(width, 0.5);
      expect(el.scrollWidth).to.be.at.most(width);
      const frame = $(el, '.frame')!.getBoundingClientRect();
      expect(frame.width / frame.height).to.be.closeTo(4 / 3, 0.01);
      const head = chair(el, 1).getBoundingClientRect();
      expect((head.left + head.width / 2 - frame.left) / frame.width).to.be.closeTo(0.8125, 0.01);
      expect(chair(el, 1).offsetWidth).to.be.within(24, 44.5);
      const card = $(el, '.result')!.getBoundingClientRect();
      if (width >= 800) expect(card.top).to.be.below(frame.bottom, 'the result sits beside the picture');
      else expect(card.top).to.be.at.least(frame.bottom, 'the result sits under the picture');
    });
  }
});
