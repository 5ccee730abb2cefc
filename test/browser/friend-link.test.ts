import { expect } from '@open-wc/testing';
import { $, $$, addQuiz, chair, cleanup, deepActiveElement, record, waitForLocale } from './helpers.js';

const html = document.documentElement;

async function until(check: () => unknown, what: string) {
  for (let i = 0; i < 150 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check(), what).to.be.ok;
}

describe("<coop-chair-quiz>: a friend's result link", () => {
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', location.pathname + location.search);
    html.lang = 'ar';
  });

  it('opens on the question, nothing chosen, with an invitation naming their chair', async () => {
    history.replaceState(null, '', '#coop-chair-quiz=meeting-room:4');
    const { el } = await addQuiz();
    await until(() => $(el, '.invite'), 'the invitation');
    expect(el.chair).to.equal(undefined);
    expect($(el, '.result')).to.equal(null);
    expect($$(el, '[aria-checked="true"]')).to.have.length(0, 'their chair is not marked on the picture');
    expect($(el, '.invite p')!.textContent).to.contain('الكرسي 4').and.contain('اختاروا');
    const invite = $(el, '.invite')!.getBoundingClientRect();
    expect(invite.bottom, 'above the picture').to.be.at.most($(el, '.frame')!.getBoundingClientRect().top);
    await expect(el).to.be.accessible();
  });

  it('compares after the visitor picks: both chairs, titles and what each brings', async () => {
    history.replaceState(null, '', '#coop-chair-quiz=meeting-room:4');
    const { el } = await addQuiz();
    const chosen = record(el, 'coop-chair-quiz-choose');
    await until(() => $(el, '.invite'), 'the invitation');
    chair(el, 9).click();
    await el.updateComplete;
    expect(chosen).to.have.length(1);
    expect($(el, '.invite')).to.equal(null, 'the invitation has done its job');
    const quiz = el.quiz!;
    const sides = $$(el, '.compare li');
    expect(sides).to.have.length(2);
    const title = (n: number) => (quiz.chairs[n - 1].title as Record<string, string>).ar;
    expect(sides[0].textContent).to.contain(title(9)).and.contain('اختيارك');
    expect(sides[1].textContent).to.contain(title(4));
    for (const side of sides) expect(side.querySelector('p')!.textContent!.trim()).to.not.equal('');
    await until(() => $(el, '.share'), 'the visitor can share their own result (the share controls come at idle)');
    expect(deepActiveElement()).to.equal($(el, '.result-heading'));
    await expect(el).to.be.accessible();
  });

  it('says so when both chose the same chair', async () => {
    history.replaceState(null, '', '#coop-chair-quiz=meeting-room:2');
    const { el } = await addQuiz();
    await until(() => $(el, '.invite'), 'the invitation');
    chair(el, 2).click();
    await el.updateComplete;
    expect($(el, '.compare h4')!.textContent).to.contain('الكرسي نفسه');
    expect($$(el, '.compare li')).to.have.length(1);
  });

  it('shows their result one tap away, without the share buttons, and back to the question', async () => {
    history.replaceState(null, '', '#coop-chair-quiz=meeting-room:4');
    const { el } = await addQuiz();
    const chosen = record(el, 'coop-chair-quiz-choose');
    await until(() => $(el, '.show-friend'), 'the button');
    ($(el, '.show-friend') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.chair).to.equal(4);
    expect($(el, '.result.shared .note')!.textContent).to.contain('الكرسي 4');
    expect($(el, '.share')).to.equal(null, "someone else's result is not re-shared from here");
    expect($(el, '.compare')).to.equal(null);
    expect(chosen).to.have.length(0);
    await expect(el).to.be.accessible();
    ($(el, '.again') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, '.result')).to.equal(null);
    expect($(el, '.invite'), 'invited again').to.exist;
    expect(deepActiveElement()).to.equal(chair(el, 4));
  });

  it('invites in the page language', async () => {
    html.lang = 'fr';
    history.replaceState(null, '', '#coop-chair-quiz=meeting-room:8');
    const { el } = await addQuiz();
    await waitForLocale(el);
    await until(() => $(el, '.invite p')?.textContent?.includes('la chaise 8'), 'French invitation');
    expect($(el, '.show-friend')!.textContent!.trim()).to.equal('Voir son résultat');
  });

  it('with remember on, shows the last answer compared with the friend', async () => {
    localStorage.setItem('coop-chair-quiz:meeting-room', '3');
    history.replaceState(null, '', '#coop-chair-quiz=meeting-room:5');
    try {
      const { el } = await addQuiz({ remember: '' });
      await until(() => el.chair === 3, 'the remembered answer');
      await until(() => $$(el, '.compare li').length === 2, 'compared with the friend, once the file has come');
    } finally {
      localStorage.removeItem('coop-chair-quiz:meeting-room');
    }
  });
});
