/** A quiz of seats (`"noun": "seat"`): the interface says seat — مقعد, siège, seat — wherever it named a chair. */
import { expect } from '@open-wc/testing';
import type { CoopChairQuiz } from '../../src/coop-chair-quiz.js';
import { $, addQuiz, chair, cleanup, FIXTURES, waitForLocale } from './helpers.js';

const SEATS = `${FIXTURES}seats.json`;
const html = document.documentElement;

async function chooseThird(el: CoopChairQuiz) {
  chair(el, 3).click();
  await el.updateComplete;
}

const text = (el: CoopChairQuiz, selector: string) =>
  $(el, selector)!
    .textContent!.replace(/[ \t\n]+/g, ' ')
    .trim();

describe('<coop-chair-quiz>: a quiz that names its seats', () => {
  afterEach(() => {
    cleanup();
    html.lang = 'ar';
    html.dir = 'rtl';
  });

  // First in the file: the seat sentences load once per page, for the first quiz of seats.
  it('never shows the quiz with chair words while the seat sentences load', async () => {
    const el = document.createElement('coop-chair-quiz') as CoopChairQuiz;
    el.src = SEATS;
    const hints: string[] = [];
    const ready = new Promise((resolve) => el.addEventListener('coop-chair-quiz-ready', resolve, { once: true }));
    document.body.append(el);
    const observer = new MutationObserver(() => {
      // The shown quiz's hint (article.card); the loading placeholder's lines (div.card) hold no text.
      const hint = el.shadowRoot!.querySelector('article .hint');
      if (hint) hints.push(hint.textContent!);
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    try {
      await ready;
      await el.updateComplete;
    } finally {
      observer.disconnect();
      el.remove();
    }
    expect(hints.length).to.be.above(0);
    for (const hint of hints) expect(hint).to.contain('3 مقاعد').and.not.contain('كرسي');
  });

  it('says المقعد in Arabic: the seat names, the count, the result heading, the button', async () => {
    const { el } = await addQuiz({ src: SEATS });
    expect(chair(el, 3).getAttribute('aria-label')).to.equal('المقعد 3، المكان 3');
    expect(text(el, '.hint')).to.contain('3 مقاعد.');
    expect(text(el, '.prompt')).to.equal('اختاروا مقعدًا لتكتشفوا ما يقوله عنكم.');
    await chooseThird(el);
    expect(text(el, '.result-heading .visually-hidden')).to.equal('المقعد 3:');
    expect(text(el, '.again')).to.equal('اختيار مقعد آخر');
    expect(text(el, '.details summary')).to.equal('المزيد عن هذا المقعد');
    await expect(el).to.be.accessible();
  });

  it('says siège in French', async () => {
    html.lang = 'fr';
    html.dir = 'ltr';
    const { el } = await addQuiz({ src: SEATS });
    await waitForLocale(el);
    expect(chair(el, 3).getAttribute('aria-label')).to.equal('Siège 3, المكان 3');
    expect(text(el, '.hint')).to.contain('3 sièges.');
    expect(text(el, '.prompt')).to.equal('Choisissez un siège pour découvrir ce qu’il dit de vous.');
    await chooseThird(el);
    expect(text(el, '.result-heading .visually-hidden')).to.equal('Siège 3\u00a0:');
    expect(text(el, '.again')).to.equal('Choisir un autre siège');
  });

  it('says seat in English', async () => {
    const { el } = await addQuiz({ src: SEATS, lang: 'en' });
    expect(chair(el, 3).getAttribute('aria-label')).to.equal('Seat 3, المكان 3');
    expect(text(el, '.hint')).to.contain('3 seats.');
    expect(text(el, '.prompt')).to.equal('Choose a seat to find out what it says about you.');
    await chooseThird(el);
    expect(text(el, '.result-heading .visually-hidden')).to.equal('Seat 3:');
    expect(text(el, '.again')).to.equal('Choose another seat');
  });

  it('still says chair for a quiz of chairs on the same page', async () => {
    await addQuiz({ src: SEATS });
    const { el } = await addQuiz({ src: `${FIXTURES}small.json` });
    expect(chair(el, 3).getAttribute('aria-label')).to.equal('الكرسي 3، المكان 3');
    expect(text(el, '.hint')).to.contain('3 كراسٍ');
  });
});
