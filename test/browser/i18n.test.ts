import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  addQuiz,
  builtInQuiz,
  chair,
  cleanup,
  deepActiveElement,
  FIXTURES,
  record,
  waitForLocale,
} from './helpers.js';

const html = document.documentElement;

/** Until the element shows `locale` (translations load on demand). */
async function until(el: HTMLElement & { updateComplete: Promise<boolean> }, locale: string) {
  for (let i = 0; i < 100 && el.shadowRoot?.querySelector('.base')?.getAttribute('lang') !== locale; i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  await el.updateComplete;
}

describe('<coop-chair-quiz>: languages and direction', () => {
  afterEach(() => {
    cleanup();
    html.lang = 'ar';
    html.dir = 'rtl';
  });

  it('speaks French, left to right, on a French page (fr-MA)', async () => {
    html.lang = 'fr-MA';
    html.dir = 'ltr';
    const quiz = await builtInQuiz();
    const { el } = await addQuiz();
    await until(el, 'fr');
    const base = $(el, '.base')!;
    expect(base.getAttribute('dir')).to.equal('ltr');
    expect($(el, '.question')!.textContent).to.equal(quiz.question.fr);
    expect($(el, '.question')!.hasAttribute('lang')).to.equal(
      false,
      'French text on a French page needs no lang of its own',
    );
    expect($(el, '.hint')!.textContent).to.contain('10 chaises');
    expect(chair(el, 5).getAttribute('aria-label')).to.equal(`Chaise 5, ${quiz.chairs[4].place.fr}`);
    chair(el, 5).click();
    await el.updateComplete;
    expect($(el, '.result')!.textContent).to.contain('Votre façon de diriger');
    expect($(el, '.result-title')!.textContent).to.equal(quiz.chairs[4].title.fr);
    await expect(el).to.be.accessible();
  });

  it('speaks English on an English page', async () => {
    html.lang = 'en-GB';
    const { el } = await addQuiz();
    await until(el, 'en');
    expect($(el, '.hint')!.textContent).to.contain('10 chairs');
    expect($(el, '.disclaimer')!.textContent).to.match(/fun/i);
  });

  it('follows its own lang over the page: Arabic on a French page', async () => {
    html.lang = 'fr';
    const { el } = await addQuiz({ lang: 'ar' });
    await until(el, 'ar');
    expect($(el, '.base')!.getAttribute('dir')).to.equal('rtl');
    expect($(el, '.hint')!.textContent).to.contain('10 كراسٍ');
  });

  it('follows the nearest ancestor with lang', async () => {
    const section = document.createElement('section');
    section.lang = 'en';
    document.body.append(section);
    try {
      const { el } = await addQuiz({}, section);
      await until(el, 'en');
      expect($(el, '.hint')!.textContent).to.contain('10 chairs');
    } finally {
      section.remove();
    }
  });

  it('switches language at run time without loading the quiz again', async () => {
    const { el } = await addQuiz();
    const ready = record(el, 'coop-chair-quiz-ready');
    chair(el, 2).click();
    await el.updateComplete;
    html.lang = 'fr';
    await until(el, 'fr');
    expect($(el, '.result')!.textContent).to.contain('Votre façon de diriger');
    expect(el.chair).to.equal(2, 'the result stays');
    el.lang = 'en';
    await until(el, 'en');
    expect($(el, '.result')!.textContent).to.contain('How you lead');
    el.removeAttribute('lang');
    await until(el, 'fr');
    html.lang = 'ar';
    await until(el, 'ar');
    expect($(el, '.result')!.textContent).to.contain('أسلوبك في القيادة');
    expect(ready).to.have.length(0);
  });

  it('marks quiz text that has no French translation as Arabic, right to left', async () => {
    html.lang = 'fr';
    const { el } = await addQuiz({ src: `${FIXTURES}small.json` });
    await until(el, 'fr');
    const question = $(el, '.question')!;
    expect(question.getAttribute('lang')).to.equal('ar');
    expect(question.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(question).direction).to.equal('rtl');
    expect($(el, '.hint')!.textContent).to.contain('3 chaises');
    chair(el, 1).click();
    await el.updateComplete;
    expect($(el, '.result-title')!.getAttribute('lang')).to.equal('ar');
    await expect(el).to.be.accessible();
  });

  it('isolates numbers and text in the other direction (bidi)', async () => {
    html.lang = 'fr';
    const { el } = await addQuiz({ src: `${FIXTURES}small.json` });
    await until(el, 'fr');
    chair(el, 2).click();
    await el.updateComplete;
    // (A chair shows its number alone, so it needs no isolation; its name is an aria-label.)
    for (const selector of ['.question', '.result-title', '.badge']) {
      expect(getComputedStyle($(el, selector)!).unicodeBidi, selector).to.equal('isolate');
    }
  });

  it("uses a bilingual quiz file's French text on a French page", async () => {
    html.lang = 'fr';
    const { el } = await addQuiz({ src: `${FIXTURES}partly-french.json` });
    await until(el, 'fr');
    expect($(el, '.title')!.textContent).to.equal('Petite salle');
    expect($(el, '.title')!.hasAttribute('lang')).to.equal(false);
  });

  it('moves with Right to the next chair in left-to-right', async () => {
    html.lang = 'fr';
    html.dir = 'ltr';
    const { el } = await addQuiz();
    await until(el, 'fr');
    chair(el, 1).focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActiveElement()).to.equal(chair(el, 2));
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(deepActiveElement()).to.equal(chair(el, 10));
  });

  it('writes chair numbers in Arabic-Indic digits when asked', async () => {
    const { el } = await addQuiz({ digits: 'arab' });
    expect(chair(el, 5).textContent).to.equal('٥');
    expect(chair(el, 10).textContent).to.equal('١٠');
    expect(chair(el, 10).getAttribute('aria-label')).to.match(/^الكرسي ١٠، /);
    expect($(el, '.hint')!.textContent).to.contain('١٠ كراسٍ');
    el.digits = 'latn';
    await el.updateComplete;
    expect(chair(el, 10).textContent).to.equal('10');
  });

  it('keeps the picture unmirrored in both directions', async () => {
    html.lang = 'fr';
    const fr = await addQuiz();
    await until(fr.el, 'fr');
    const ar = await addQuiz({ lang: 'ar' });
    await waitForLocale(ar.el);
    const offset = (q: typeof fr) => {
      const frame = $(q.el, '.frame')!.getBoundingClientRect();
      const box = chair(q.el, 1).getBoundingClientRect();
      return (box.left + box.width / 2 - frame.left) / frame.width;
    };
    expect(offset(fr)).to.be.closeTo(offset(ar), 0.005);
    expect(offset(ar)).to.be.above(0.7, 'the head of the table is on the right in both');
  });
});
