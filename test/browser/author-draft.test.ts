// The playground never loses work: the draft kept in this browser as the author types (texts and chairs in
// localStorage, the picture in IndexedDB), offered back after a reload, a crash or a discarded tab — in real
// engines, axe in each state. A "reload" here is a new <quiz-author> with the same draft key.
import { expect } from '@open-wc/testing';
import { fromStored } from '../../demo/author/draft-store.js';
import type { QuizAuthor } from '../../demo/author/quiz-author.js';
import {
  $,
  addAuthor,
  choosePicture,
  cleanUp,
  deepActiveElement,
  fill,
  markers,
  pictureReady,
  quizOf,
  roomSvg,
  text,
  until,
} from './author-helpers.js';

const stored = (key: string) => fromStored(localStorage.getItem(key));

/** The page goes away (reload, tab closed or discarded): `pagehide`, then the element leaves. */
function leave(el: QuizAuthor) {
  dispatchEvent(new PageTransitionEvent('pagehide'));
  el.parentElement!.remove();
}

async function writeSomething(el: QuizAuthor) {
  await fill(el, 'f-quiz-title-ar', 'في الحافلة… أين تجلس؟');
  await el.addChair({ x: 20, y: 40 });
  await el.addChair({ x: 70, y: 40 });
  await el.updateComplete;
}

describe('<quiz-author>: the draft kept in this browser', () => {
  afterEach(cleanUp);

  it('keeps the texts and chairs as the author types, and says where the draft lives', async () => {
    const el = await addAuthor();
    expect(text($(el, '#draft-line'))).to.contain('في هذا المتصفح وحده');
    await writeSomething(el);
    await until(() => stored(el.draftKey)?.draft.chairs.length === 2, 'the draft written');
    expect(stored(el.draftKey)!.draft.texts.title.ar).to.equal('في الحافلة… أين تجلس؟');
    expect(el.workAtRisk, 'kept, so nothing is at risk').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('writes the draft at once when the page is hidden, without waiting for a pause in typing', async () => {
    const el = await addAuthor();
    await fill(el, 'f-quiz-title-ar', 'كتبتُ للتوّ');
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(stored(el.draftKey)?.draft.texts.title.ar).to.equal('كتبتُ للتوّ');
  });

  it('writes the draft at once when a phone puts the page in the background (it may discard the tab later)', async () => {
    const el = await addAuthor();
    await fill(el, 'f-quiz-title-ar', 'قبل أن أغادر');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(stored(el.draftKey)?.draft.texts.title.ar).to.equal('قبل أن أغادر');
  });

  it('offers the draft after a reload, restores texts, chairs and the picture kept in IndexedDB, and gives focus to the quiz', async () => {
    const before = await addAuthor();
    await choosePicture(before, await roomSvg());
    await writeSomething(before);
    const json = before.quizJson;
    await until(() => stored(before.draftKey)?.picture?.kept, 'the picture kept');
    leave(before);

    const el = await addAuthor({ draftKey: before.draftKey });
    await until(() => $(el, '#restore-draft'), 'the offer');
    expect(text($(el, '#draft-offer-text'))).to.contain('مسودة');
    expect(markers(el), 'nothing restored unasked').to.have.length(0);
    await expect(el).to.be.accessible();
    $(el, '#restore-draft')!.click();
    await pictureReady(el);
    expect(el.quizJson, 'the same quiz file, picture included').to.equal(json);
    expect(markers(el)).to.have.length(2);
    expect($<HTMLInputElement>(el, '#f-quiz-title-ar')!.value).to.equal('في الحافلة… أين تجلس؟');
    expect(text($(el, '.notice-ok'))).to.equal('استُعيدت المسودة.');
    await until(() => deepActiveElement() === $(el, '#quiz-heading'), 'focus on the quiz');
    expect($(el, '#restore-draft')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('asks for the picture again by name when the browser could not keep it', async () => {
    const before = await addAuthor();
    await choosePicture(before, await roomSvg());
    await writeSomething(before);
    leave(before);
    // As after a private window or a full disk: the texts were kept, the picture's bytes were not.
    const kept = stored(before.draftKey)!;
    localStorage.setItem(before.draftKey, JSON.stringify({ ...kept, picture: { name: 'room.svg', kept: false } }));

    const el = await addAuthor({ draftKey: before.draftKey });
    await until(() => $(el, '#restore-draft'), 'the offer');
    $(el, '#restore-draft')!.click();
    await until(() => $(el, '.notice-warn'), 'the request for the picture');
    expect(text($(el, '.notice-warn'))).to.equal('هذا الاختبار يستعمل الصورة «room.svg». اختر ملفها من جهازك لتراها.');
    expect(markers(el)).to.have.length(2);
    await choosePicture(el, await roomSvg());
    expect(JSON.parse(el.quizJson).image.src).to.match(/^data:image\/svg\+xml;base64,/);
  });

  it('writes nothing over an offered draft until the author answers, and the page then guards the work', async () => {
    const before = await addAuthor();
    await writeSomething(before);
    leave(before);

    const el = await addAuthor({ draftKey: before.draftKey });
    await until(() => $(el, '#restore-draft'), 'the offer');
    await fill(el, 'f-quiz-title-ar', 'عمل جديد');
    await new Promise((r) => setTimeout(r, 400));
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(stored(el.draftKey)!.draft.texts.title.ar).to.equal('في الحافلة… أين تجلس؟');
    expect(el.workAtRisk, 'the new work is not kept yet: leaving asks first').to.equal(true);
  });

  it('discards the offered draft: an empty quiz, nothing kept, focus on the picture’s button', async () => {
    const before = await addAuthor();
    await writeSomething(before);
    leave(before);

    const el = await addAuthor({ draftKey: before.draftKey });
    await until(() => $(el, '#discard-offer'), 'the offer');
    $(el, '#discard-offer')!.click();
    await until(() => !$(el, '#discard-offer'), 'the offer gone');
    expect(localStorage.getItem(el.draftKey)).to.equal(null);
    expect(markers(el)).to.have.length(0);
    await until(() => deepActiveElement() === $(el, '#f-picture'), 'focus on the picture’s button');
    expect(text($(el, '#draft-line'))).to.contain('في هذا المتصفح وحده');
    await expect(el).to.be.accessible();
  });

  it('discards the draft being written after asking, and keeps it when the author says no', async () => {
    const el = await addAuthor();
    await writeSomething(el);
    el.keeper.save();
    const original = window.confirm;
    try {
      window.confirm = () => false;
      $(el, '#discard-draft')!.click();
      await el.updateComplete;
      expect(quizOf(el).chairs).to.have.length(2);
      window.confirm = () => true;
      $(el, '#discard-draft')!.click();
      await until(() => markers(el).length === 0, 'an empty quiz');
      expect(localStorage.getItem(el.draftKey)).to.equal(null);
    } finally {
      window.confirm = original;
    }
  });
});
