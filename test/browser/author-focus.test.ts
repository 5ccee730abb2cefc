// The playground with the keyboard and a screen reader: the "open a quiz from the site" control, where focus goes
// after each action, ARIA references that resolve, the layout at 1280 × 900 and on a 390 px phone, and the
// picture's weight — in real engines, axe in each state.
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { WEIGHT_BUDGET } from '../../demo/author/picture.js';
import type { QuizAuthor } from '../../demo/author/quiz-author.js';
import {
  $,
  addAuthor,
  brokenAriaReferences,
  center,
  chooseFiles,
  choosePicture,
  cleanUp,
  deepActiveElement,
  FIXTURES,
  markers,
  photoLike,
  pictureReady,
  QUIZZES,
  quizOf,
  roomSvg,
  text,
  until,
} from './author-helpers.js';

const SITE = new URL('site/', FIXTURES).href;

/** Replaces `confirm` while `run` runs; resolves with the questions asked. */
async function answering<T>(answer: boolean, run: () => Promise<T>): Promise<string[]> {
  const asked: string[] = [];
  const original = window.confirm;
  window.confirm = (question?: string) => {
    asked.push(String(question));
    return answer;
  };
  try {
    await run();
  } finally {
    window.confirm = original;
  }
  return asked;
}

const expectNoBrokenReferences = (el: QuizAuthor, state: string) =>
  expect(brokenAriaReferences(el.shadowRoot!), state).to.deep.equal([]);

describe('<quiz-author>: keyboard, focus and layout', () => {
  afterEach(async () => {
    await resetMouse();
    await cleanUp();
  });

  it('opens a quiz from the site only with its "open" button: arrow keys in the list load nothing, unsaved edits are asked about once', async () => {
    const el = await addAuthor({ quizzesBase: SITE });
    await until(() => $(el, '#site-quiz'), 'the site’s quizzes');
    el.setDraft({ ...el.draft, texts: { ...el.draft.texts, title: { ar: 'عمل لم يُنزَّل' } } });
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, '#site-quiz')!;
    const open = $<HTMLButtonElement>(el, '#open-site-quiz')!;
    expect(open.disabled, 'nothing chosen yet').to.equal(true);
    const asked = await answering(true, async () => {
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      // An engine that opens a pop-up list on arrow keys instead: choose as its list would.
      if (!select.value) {
        await sendKeys({ press: 'Escape' });
        select.value = select.options[2].value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 300));
      expect(markers(el), 'choosing loads nothing').to.have.length(0);
      expect($<HTMLInputElement>(el, '#f-quiz-title-ar')!.value).to.equal('عمل لم يُنزَّل');
      expect(select.value).to.contain('assembly-hall.json');
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement(), 'Tab goes from the list to its button').to.equal(open);
      await sendKeys({ press: 'Enter' });
      await until(() => markers(el).length === 10, 'the assembly hall’s chairs');
    });
    expect(asked, 'asked once, by the button').to.have.length(1);
    expect(quizOf(el).id).to.equal('assembly-hall');
    await until(() => deepActiveElement() === $(el, '#quiz-heading'), 'focus on the opened quiz');
    await expect(el).to.be.accessible();
  });

  it('keeps the edits when the author says no to opening over them', async () => {
    const el = await addAuthor({ quizzesBase: SITE });
    await until(() => $(el, '#site-quiz'), 'the site’s quizzes');
    await el.addChair({ x: 30, y: 30 });
    el.siteChoice = '../../../quizzes/meeting-room.json';
    await el.updateComplete;
    const asked = await answering(false, async () => {
      $(el, '#open-site-quiz')!.click();
      await new Promise((r) => setTimeout(r, 300));
    });
    expect(asked).to.have.length(1);
    expect(markers(el)).to.have.length(1);
  });

  it('gives focus to the picture’s button, which names the picture, after "try the sample picture"', async () => {
    const el = await addAuthor();
    $(el, '#sample-picture')!.focus();
    await sendKeys({ press: 'Enter' });
    await pictureReady(el);
    await until(() => deepActiveElement() === $(el, '#f-picture'), 'focus on the picture’s button');
    const described = $(el, '#f-picture')!.getAttribute('aria-describedby')!.split(' ');
    expect(described).to.include('picture-info');
    expect(text($(el, '#picture-info'))).to.contain('meeting-room.svg');
    expect($(el, '#sample-picture')).to.equal(null);
  });

  it('gives focus to the quiz’s heading after a quiz file is opened', async () => {
    const el = await addAuthor();
    const original = await (await fetch(`${QUIZZES}meeting-room.json`)).text();
    await chooseFiles($<HTMLInputElement>(el, '#open-file')!, [
      new File([original], 'meeting-room.json', { type: 'application/json' }),
    ]);
    await until(() => deepActiveElement() === $(el, '#quiz-heading'), 'focus on the quiz heading');
    expect(text(deepActiveElement())).to.equal('الاختبار');
  });

  it('after a chair is removed from its form, gives focus to the form of the chair that took its place, then to the chairs’ heading', async () => {
    const el = await addAuthor({ width: 1100 });
    await el.addChair({ x: 20, y: 30 });
    await el.addChair({ x: 70, y: 30 });
    $(el, '#pick-0')!.click();
    await el.updateComplete;
    $(el, '#delete-chair')!.click();
    await until(() => markers(el).length === 1, 'one chair left');
    await until(() => deepActiveElement() === $(el, '#chair-form-heading'), 'focus on the next chair’s form');
    expect(text($(el, '#chair-form-heading'))).to.equal('الكرسي 1');
    $(el, '#delete-chair')!.click();
    await until(() => markers(el).length === 0, 'no chair left');
    await until(() => deepActiveElement() === $(el, '#chairs-heading'), 'focus on the chairs’ heading');
  });

  it('points every aria-describedby and aria-labelledby at an id that exists, in every state', async () => {
    const el = await addAuthor();
    expectNoBrokenReferences(el, 'empty');
    await choosePicture(el, await roomSvg());
    await el.addChair({ x: 50, y: 50 });
    await el.addChair({ x: 50, y: 50 });
    await el.updateComplete;
    expectNoBrokenReferences(el, 'two chairs too close');
    el.touched = new Set(['picture', 'chairs', 'id', 'quiz:title:ar', 'chair:1:title:ar']);
    await el.updateComplete;
    expectNoBrokenReferences(el, 'fields touched');
    $(el, '#pick-1')!.click();
    await el.updateComplete;
    expectNoBrokenReferences(el, 'a chair’s sheet open');
    el.sheet.close(false);
    const original = await (await fetch(`${QUIZZES}meeting-room.json`)).text();
    await el.files.openFiles([new File([original], 'meeting-room.json', { type: 'application/json' })]);
    await pictureReady(el);
    expectNoBrokenReferences(el, 'a quiz in three languages');
    $(el, '#mode-preview')!.click();
    await el.updateComplete;
    expectNoBrokenReferences(el, 'the preview');
  });

  it('shows the whole picture in the first screen at 1280 × 900, beside the form', async () => {
    const before = { width: innerWidth, height: innerHeight };
    // A real 1280 × 900 window where the runner can set one (Chromium, Firefox); WebKit's WebDriver cannot, and
    // there the page's own geometry is measured (the layout depends on the width only).
    const sized = await setViewport({ width: 1280, height: 900 }).then(
      () => true,
      () => false,
    );
    try {
      const el = await addAuthor({ width: 1280 });
      await choosePicture(el, await roomSvg());
      scrollTo(0, 0);
      const top = el.getBoundingClientRect().top + scrollY;
      const frame = $(el, '.frame')!.getBoundingClientRect();
      expect(frame.top - top, 'the picture starts in the first screen').to.be.below(900);
      expect(frame.bottom - top, 'and ends in it').to.be.at.most(900);
      if (sized) expect(frame.bottom, 'in the window itself').to.be.at.most(innerHeight);
      expect(frame.width, 'at a useful size').to.be.above(500);
      const form = $(el, '.form-column')!.getBoundingClientRect();
      expect(form.left > frame.right || form.right < frame.left, 'the form beside the picture').to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      if (sized) await setViewport(before);
    }
  });

  it('on a 390 px phone, opens a chair’s form in a sheet over the picture, and gives focus back to the chair when it closes', async () => {
    const el = await addAuthor({ width: 390 });
    await choosePicture(el, await roomSvg());
    await el.addChair({ x: 40, y: 50 });
    await el.updateComplete;
    markers(el)[0].scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'click', position: center(markers(el)[0]).map(Math.round) as [number, number] });
    const sheet = () => $<HTMLDialogElement>(el, '#chair-sheet')!;
    await until(() => sheet()?.open, 'the chair’s sheet');
    expect(sheet().matches(':modal')).to.equal(true);
    await until(() => deepActiveElement() === $(el, '#chair-form-heading'), 'focus on the chair’s form');
    const heading = $(el, '#chair-form-heading')!.getBoundingClientRect();
    const marker = markers(el)[0].getBoundingClientRect();
    // Both on the screen at once: the form is over the picture, not 1,750 px below it.
    expect(heading.top).to.be.at.least(0);
    expect(heading.bottom).to.be.at.most(innerHeight);
    expect(marker.top).to.be.at.least(0);
    expect(marker.bottom).to.be.at.most(innerHeight);
    expect(Math.abs(heading.top - marker.top)).to.be.below(innerHeight);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !sheet().open, 'the sheet closed');
    await until(() => deepActiveElement() === markers(el)[0], 'focus back on the chair');
  });

  it('warns of a picture over 300 kB with its weight, and shrinks it in the browser, keeping its aspect ratio and the chairs', async function () {
    // Drawing, encoding and re-encoding a 1800 × 1350 picture takes WebKit several seconds on two busy cores.
    this.timeout(60_000);
    const el = await addAuthor();
    const photo = await photoLike(1800, 1350);
    expect(photo.size, 'the test picture is heavy').to.be.above(WEIGHT_BUDGET);
    await choosePicture(el, photo);
    await el.addChair({ x: 25, y: 40 });
    const warning = $(el, '#picture-weight')!;
    expect(text(warning)).to.contain(el.s.kb(photo.size));
    expect(text(warning)).to.contain(el.s.kb(WEIGHT_BUDGET));
    expect($(el, '#f-picture')!.getAttribute('aria-describedby')!.split(' ')).to.include('picture-weight');
    await expect(el).to.be.accessible();
    $(el, '#shrink-picture')!.click();
    await until(() => !$(el, '#picture-weight') && el.picture.state === 'ready', 'the lighter picture', 45_000);
    await pictureReady(el);
    const quiz = quizOf(el) as unknown as {
      image: { width: number; height: number; src: string };
      chairs: { x: number; y: number }[];
    };
    expect(quiz.image.width).to.equal(1600);
    expect(quiz.image.height).to.equal(1200);
    expect(quiz.chairs[0]).to.include({ x: 25, y: 40 });
    expect(el.picture.blob!.size).to.be.at.most(WEIGHT_BUDGET);
    expect(['image/webp', 'image/jpeg']).to.include(el.picture.blob!.type);
    // Light enough now to go inside the quiz file, or saved beside it under the quiz's name.
    expect(
      /^data:image\/(webp|jpeg);base64,|^my-quiz\.(webp|jpg)$/.test(quiz.image.src),
      quiz.image.src.slice(0, 40),
    ).to.equal(true);
    expect(text($(el, '.notice-ok'))).to.contain(el.s.kb(el.picture.blob!.size));
    expect(deepActiveElement()).to.equal($(el, '#f-picture'));
  });

  it('refuses a picture in a format quizzes do not use (GIF), saying which ones they do', async () => {
    const el = await addAuthor();
    const gif = Uint8Array.from(atob('R0lGODlhAQABAAAAACw='), (c) => c.charCodeAt(0));
    await chooseFiles($<HTMLInputElement>(el, '#f-picture-file')!, [
      new File([gif], 'salle.gif', { type: 'image/gif' }),
    ]);
    await until(() => $(el, '.notice-warn'), 'the refusal');
    expect(text($(el, '.notice-warn'))).to.contain('PNG أو JPEG أو WebP أو AVIF أو SVG');
    expect(el.draft.picture.kind).to.equal('none');
    expect($<HTMLInputElement>(el, '#f-picture-file')!.accept).to.contain('.avif');
  });
});
