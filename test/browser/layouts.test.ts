/**
 * The quiz in the layouts page builders make (issue 13): WordPress's Stack, Row, Columns and Cover blocks with the
 * block library's own CSS, Bootstrap 5 and Tailwind from npm, and the plain CSS ways of centring and shrink-wrapping.
 * In every one, at 240, 280 and 320 px and on a wide page: a whole quiz (never 0 wide, never wider than its box),
 * chairs on their spots, a real pick, and, for every chair of both quizzes in Arabic, French and English (also with
 * the WCAG 1.4.12 text-spacing override), no box or text past the quiz's edge and no sideways scroll of the page.
 */
import { expect } from '@open-wc/testing';
import type { CoopChairQuiz } from '../../src/coop-chair-quiz.js';
import { $, $$, addQuiz, chair, chairs, cleanup, deepActiveElement, nextFrame } from './helpers.js';

const QUIZZES = ['meeting-room', 'assembly-hall'].map(
  (id) => new URL(`../../quizzes/${id}.json`, import.meta.url).href,
);
const LOCALES = ['ar', 'fr', 'en'] as const;
const NARROW = [240, 280, 320];
/** A desktop content column: shrink-to-fit layouts give the quiz its comfortable width here, not 0. */
const WIDE = 1000;

/** WordPress's layout rules for a flex group, as `wp_get_layout_style()` (block-supports/layout.php) writes them. */
const WP_LAYOUT = `
  .is-layout-flex { display: flex; flex-wrap: wrap; align-items: center; }
  .is-layout-flex > * { margin: 0; }
  .wp-container-stack { flex-direction: column; align-items: flex-start; }
  .wp-container-stack-center { flex-direction: column; align-items: center; }
  .wp-container-row { justify-content: center; }
`;

interface Layout {
  name: string;
  /** Stylesheets (URLs) and a style sheet of its own the page needs. */
  links?: string[];
  css?: string;
  /** Markup around the quiz: `<slot-here>` marks where it goes. */
  markup: string;
  /** The page is this many quiz widths wide (two columns side by side need two, and their gap). */
  columns?: number;
  /** Waits until the framework's CSS applies (Tailwind builds its CSS in the page). */
  ready?: (root: HTMLElement) => Promise<void>;
}

const wpBlockLibrary = '/vendor/wordpress/css/dist/block-library/style.min.css';
const bootstrap = '/node_modules/bootstrap/dist/css/bootstrap.min.css';

const LAYOUTS: Layout[] = [
  { name: 'a plain block', markup: '<div><slot-here></slot-here></div>' },
  {
    name: "WordPress's Stack group (flex column, aligned to the start)",
    links: [wpBlockLibrary],
    css: WP_LAYOUT,
    markup:
      '<div class="wp-block-group is-vertical is-layout-flex wp-container-stack"><p>قبل</p><slot-here></slot-here></div>',
  },
  {
    name: "WordPress's Stack group, centred",
    links: [wpBlockLibrary],
    css: WP_LAYOUT,
    markup:
      '<div class="wp-block-group is-vertical is-layout-flex wp-container-stack-center"><slot-here></slot-here></div>',
  },
  {
    name: "WordPress's Row group (flex row, centred), beside a paragraph",
    links: [wpBlockLibrary],
    css: WP_LAYOUT,
    markup: '<div class="wp-block-group is-layout-flex wp-container-row"><slot-here></slot-here><p>بعد</p></div>',
  },
  {
    name: "WordPress's 50/50 Columns block",
    links: [wpBlockLibrary],
    columns: 2,
    markup:
      '<div class="wp-block-columns is-layout-flex"><div class="wp-block-column"><slot-here></slot-here></div><div class="wp-block-column"><p>نص بجانب الاختبار</p></div></div>',
  },
  {
    name: "WordPress's Cover block",
    links: [wpBlockLibrary],
    markup:
      '<div class="wp-block-cover"><span class="wp-block-cover__background has-background-dim"></span><div class="wp-block-cover__inner-container"><slot-here></slot-here></div></div>',
  },
  {
    name: 'a flex row, justify-content: center',
    css: '.l { display: flex; justify-content: center; }',
    markup: '<div class="l"><slot-here></slot-here></div>',
  },
  {
    name: 'a flex column, align-items: center',
    css: '.l { display: flex; flex-direction: column; align-items: center; }',
    markup: '<div class="l"><slot-here></slot-here></div>',
  },
  {
    name: 'a grid, place-items: center',
    css: '.l { display: grid; place-items: center; }',
    markup: '<div class="l"><slot-here></slot-here></div>',
  },
  {
    name: "Bootstrap's .d-flex .justify-content-center",
    links: [bootstrap],
    markup: '<div class="d-flex justify-content-center"><slot-here></slot-here></div>',
  },
  {
    name: "Bootstrap's card",
    links: [bootstrap],
    markup: '<div class="card"><div class="card-body"><slot-here></slot-here></div></div>',
  },
  {
    name: "Tailwind's flex flex-col items-center",
    markup: '<div class="flex flex-col items-center gap-4 p-4"><slot-here></slot-here></div>',
    ready: async (root) => {
      await loadTailwind();
      const box = root.querySelector('.flex')!;
      for (let i = 0; i < 200 && getComputedStyle(box).alignItems !== 'center'; i++)
        await new Promise((r) => setTimeout(r, 10));
      expect(getComputedStyle(box).alignItems, 'Tailwind built its CSS').to.equal('center');
    },
  },
  { name: 'an inline-block', markup: '<div style="display: inline-block"><slot-here></slot-here></div>' },
  {
    name: 'a float',
    markup: '<div style="float: inline-start"><slot-here></slot-here></div><p style="clear: both"></p>',
  },
  {
    name: 'a table cell',
    markup: '<div style="display: table"><div style="display: table-cell"><slot-here></slot-here></div></div>',
  },
  { name: 'width: fit-content', markup: '<div style="width: fit-content"><slot-here></slot-here></div>' },
  {
    name: 'an absolutely positioned box',
    markup:
      '<div style="position: relative; min-height: 40px"><div style="position: absolute; inset-block-start: 0; inset-inline-start: 0"><slot-here></slot-here></div></div>',
  },
  { name: 'an inline-flex box', markup: '<div style="display: inline-flex"><slot-here></slot-here></div>' },
];

let tailwind: Promise<void> | undefined;
function loadTailwind() {
  tailwind ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/@tailwindcss/browser/dist/index.global.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('Tailwind did not load'));
    document.head.append(script);
  });
  return tailwind;
}

const sheets = new Map<string, HTMLLinkElement>();
async function useStylesheet(href: string) {
  if (sheets.has(href)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve, reject) => {
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`${href} did not load (on Debian, the wordpress package provides it)`));
  });
  document.head.append(link);
  sheets.set(href, link);
  await loaded;
}

/** The page box at `width`, holding the layout, with the quiz in its place. */
async function place(layout: Layout, width: number, attrs: Record<string, string>) {
  for (const href of layout.links ?? []) await useStylesheet(href);
  const page = document.createElement('div');
  page.className = 'page';
  // Two columns with WordPress's default 2em gap between them.
  page.style.width = `${layout.columns ? layout.columns * width + (layout.columns - 1) * 32 : width}px`;
  if (layout.css) {
    const style = document.createElement('style');
    style.textContent = layout.css;
    page.append(style);
  }
  const holder = document.createElement('div');
  holder.innerHTML = layout.markup; // test markup of our own, no quiz data
  page.append(...holder.childNodes);
  document.body.append(page);
  await layout.ready?.(page);
  const slot = page.querySelector('slot-here')!;
  const parent = slot.parentElement!;
  slot.remove();
  const settled = await addQuiz(attrs, parent);
  // addQuiz wraps the element in a div; in these layouts the element itself must be the layout's child.
  const wrapper = settled.el.parentElement!;
  wrapper.replaceWith(settled.el);
  await nextFrame();
  return { el: settled.el, page, done: () => page.remove() };
}

const TEXT_SPACING = new CSSStyleSheet();
// WCAG 1.4.12's override, applied as a user style sheet would be: to every element, the shadow tree's included.
TEXT_SPACING.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`);

/**
 * Boxes and text lines in the quiz that run past its edge, described for the failure message. Text hidden for the eye
 * and kept for screen readers (`.visually-hidden`, the keyboard keys) is clipped to nothing and skipped: an element
 * is clipped away when it or an ancestor has `clip-path: inset(50%)`. The walk visits parents before their children,
 * so each element's answer comes from its parent's and one style read of its own (a read per ancestor made this test,
 * about 6,000 walks of the card, outlast its 300 s in CI).
 */
function spills(el: CoopChairQuiz): string[] {
  const host = el.getBoundingClientRect();
  const out: string[] = [];
  const check = (what: string, r: DOMRect) => {
    if (r.width === 0 && r.height === 0) return;
    if (r.left < host.left - 1 || r.right > host.right + 1) {
      out.push(
        `${what} spans ${Math.round(r.left - host.left)}…${Math.round(r.right - host.left)} px of a ${Math.round(host.width)} px quiz`,
      );
    }
  };
  const clipped = new Map<Node | null, boolean>();
  const clippedAway = (node: Element) => {
    let away = clipped.get(node);
    if (away === undefined) {
      away = !!clipped.get(node.parentNode) || getComputedStyle(node).clipPath.startsWith('inset(50%');
      clipped.set(node, away);
    }
    return away;
  };
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      if (clippedAway(node) || node.closest('.strut')) continue;
      check(`<${node.localName} class="${node.getAttribute('class') ?? ''}">`, node.getBoundingClientRect());
    } else if (node.textContent?.trim() && !clipped.get(node.parentNode)) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) check(`text "${node.textContent.trim().slice(0, 24)}…"`, r);
    }
  }
  return out;
}

/**
 * The width the layout offers the quiz: the page box less the padding and borders of the boxes around the quiz,
 * or, in a column of a columns block, that column's content box.
 */
function offered(el: HTMLElement, page: HTMLElement): number {
  let inset = 0;
  for (let box = el.parentElement; box; box = box === page ? null : box.parentElement) {
    const style = getComputedStyle(box);
    const sides = ['padding-left', 'padding-right', 'border-left-width', 'border-right-width'].map((p) =>
      parseFloat(style.getPropertyValue(p)),
    );
    if (box.classList.contains('wp-block-column'))
      return box.getBoundingClientRect().width - sides.reduce((a, b) => a + b, 0) - inset;
    inset += sides.reduce((a, b) => a + b, 0);
  }
  return page.getBoundingClientRect().width - inset;
}

function pageScrollsSideways() {
  const root = document.scrollingElement!;
  return root.scrollWidth > root.clientWidth + 1;
}

/** Picks a chair the way a pointer does: the element under its centre must be that chair. */
function pickByPoint(el: CoopChairQuiz, n: number) {
  const box = chair(el, n).getBoundingClientRect();
  const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  expect(hit, `chair ${n} is under its own centre`).to.equal(chair(el, n));
  (hit as HTMLElement).click();
}

function expectChairsOnSpots(el: CoopChairQuiz, quiz: { chairs: { number: number; x: number; y: number }[] }) {
  const frame = $(el, '.frame')!.getBoundingClientRect();
  expect(frame.width, 'picture width').to.be.above(100);
  for (const c of quiz.chairs) {
    const box = chair(el, c.number).getBoundingClientRect();
    expect(box.left + box.width / 2 - frame.left, `chair ${c.number} x`).to.be.closeTo((c.x / 100) * frame.width, 1.5);
    expect(box.top + box.height / 2 - frame.top, `chair ${c.number} y`).to.be.closeTo((c.y / 100) * frame.height, 1.5);
  }
}

/**
 * What the inside of a quiz takes from the layout around it: its width, and the text styles its shadow tree inherits
 * from the host (a theme's font, line height, spacing). Two layouts that give the same are the same to everything
 * inside, so the every-chair check for spills runs once for each (126 of the 324 placements in Chromium): walking every
 * chair's card in every placement took WebKit past the file's 300 s in CI.
 */
const INHERITED = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-stretch',
  'font-variant',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-indent',
  'text-align',
  'white-space',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'direction',
  'writing-mode',
  'tab-size',
];
function outsideOf(el: CoopChairQuiz): string {
  const style = getComputedStyle(el);
  return [el.getBoundingClientRect().width.toFixed(1), ...INHERITED.map((p) => style.getPropertyValue(p))].join('|');
}
/** The insides (`outsideOf`, quiz, locale) whose every chair was checked for spills and passed. */
const spillChecked = new Set<string>();

describe('<coop-chair-quiz> in page layouts', function () {
  this.timeout(300_000);
  const data = new Map<string, { chairs: { number: number; x: number; y: number }[] }>();
  before(async () => {
    for (const url of QUIZZES) data.set(url, await (await fetch(url)).json());
  });
  afterEach(cleanup);

  for (const layout of LAYOUTS) {
    it(`in ${layout.name}: whole, usable, and nothing spills at 240-320 px in ar/fr/en, every chair, with text spacing too`, async () => {
      for (const width of NARROW) {
        for (const src of QUIZZES) {
          for (const lang of LOCALES) {
            const { el, page, done } = await place(layout, width, { src, lang });
            try {
              const where = `${width} px, ${lang}, ${src.split('/').pop()}`;
              const host = el.getBoundingClientRect();
              const room = offered(el, page);
              expect(host.width, `quiz width (${where})`).to.be.at.least(Math.min(240, room) - 1);
              expect(host.width, `quiz width (${where})`).to.be.at.most(room + 0.5);
              expectChairsOnSpots(el, data.get(src)!);
              pickByPoint(el, 1);
              await el.updateComplete;
              expect($(el, '.result-heading'), `a pick shows a result (${where})`).to.exist;
              const inside = `${outsideOf(el)}|${src}|${lang}`;
              if (spillChecked.has(inside)) continue;
              for (const spacing of [false, true]) {
                if (spacing) el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, TEXT_SPACING];
                for (const c of chairs(el).map((_, i) => i + 1)) {
                  el.chair = c;
                  await el.updateComplete;
                  expect(spills(el), `chair ${c} (${where}${spacing ? ', text spacing' : ''})`).to.deep.equal([]);
                  expect(
                    pageScrollsSideways(),
                    `page scrolls sideways: chair ${c} (${where}${spacing ? ', text spacing' : ''})`,
                  ).to.equal(false);
                }
              }
              expect($$(el, '.result')).to.have.length(1);
              spillChecked.add(inside);
            } finally {
              done();
            }
          }
        }
      }
    });
  }

  for (const layout of LAYOUTS.filter((l) => l.name !== 'a plain block')) {
    it(`in ${layout.name} on a ${WIDE} px page: a quiz of sensible width, up to the box`, async () => {
      const { el, page, done } = await place(layout, WIDE, { src: QUIZZES[0] });
      try {
        const host = el.getBoundingClientRect();
        const room = offered(el, page);
        expect(host.width).to.be.at.least(Math.min(480, room - 1));
        expect(host.width).to.be.at.most(room + 0.5);
        expectChairsOnSpots(el, data.get(QUIZZES[0])!);
      } finally {
        done();
      }
    });
  }
});

describe("<coop-chair-quiz> under a theme's :focus rule", () => {
  afterEach(cleanup);

  it("never draws the theme's focus outline around the whole quiz, while focus inside stays visible", async () => {
    // Twenty Twenty-Five's global styles: `:where(.wp-site-blocks *:focus) { outline-width: 2px; outline-style: solid }`.
    const site = document.createElement('div');
    site.className = 'wp-site-blocks';
    const style = document.createElement('style');
    style.textContent = ':where(.wp-site-blocks *:focus) { outline-width: 2px; outline-style: solid; }';
    site.append(style);
    document.body.append(site);
    try {
      const { el } = await addQuiz({}, site);
      chair(el, 2).focus();
      expect(el.matches(':focus'), 'the host matches :focus while a chair has it').to.equal(true);
      expect(getComputedStyle(el).outlineStyle).to.equal('none');
      pickByPoint(el, 2);
      await el.updateComplete;
      expect(getComputedStyle(el).outlineStyle, 'after a pick').to.equal('none');
      // Focus is inside, on the result heading, which has its own ring (checked in a11y.test.ts).
      expect(deepActiveElement()).to.equal($(el, '.result-heading'));
    } finally {
      site.remove();
    }
  });
});
