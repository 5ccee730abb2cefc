import { expect } from '@open-wc/testing';
import type { CoopChairQuiz } from '../../src/coop-chair-quiz.js';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  addQuiz,
  builtInQuiz,
  BUILT_IN,
  chair,
  chairs,
  cleanup,
  deepActiveElement,
  FIXTURES,
  nextFrame,
  record,
} from './helpers.js';

describe('<coop-chair-quiz>: the built-in quiz', () => {
  afterEach(cleanup);

  it('shows the built-in meeting-room quiz when there is no src', async () => {
    const { el, event } = await addQuiz();
    expect(event.type).to.equal('coop-chair-quiz-ready');
    expect(event.detail).to.deep.equal({ quizId: 'meeting-room', url: BUILT_IN, chairs: 10 });
    expect(el.quiz?.id).to.equal('meeting-room');
    await expect(el).to.be.accessible();
  });

  it('renders every chair from the file at its position on the picture', async () => {
    const quiz = await builtInQuiz();
    const { el } = await addQuiz({ src: BUILT_IN });
    await nextFrame();
    const frame = $(el, '.frame')!.getBoundingClientRect();
    expect(chairs(el)).to.have.length(quiz.chairs.length);
    for (const c of quiz.chairs) {
      const box = chair(el, c.number).getBoundingClientRect();
      expect(box.left + box.width / 2 - frame.left, `chair ${c.number} x`).to.be.closeTo(
        (c.x / 100) * frame.width,
        1.5,
      );
      expect(box.top + box.height / 2 - frame.top, `chair ${c.number} y`).to.be.closeTo(
        (c.y / 100) * frame.height,
        1.5,
      );
      expect(chair(el, c.number).textContent).to.contain(String(c.number));
    }
  });

  it('exposes the chairs as one radio group named by the question, each named with its number and place', async () => {
    const quiz = await builtInQuiz();
    const { el } = await addQuiz();
    const group = $(el, '[role="radiogroup"]')!;
    expect($$(el, '[role="radiogroup"]')).to.have.length(1);
    expect(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal(
      quiz.question.ar,
    );
    for (const c of quiz.chairs) {
      expect(chair(el, c.number).getAttribute('aria-label')).to.equal(`الكرسي ${c.number}، ${c.place.ar}`);
      expect(chair(el, c.number).textContent!.trim()).to.equal(String(c.number), 'the number shows on the chair');
      expect(chair(el, c.number).getAttribute('aria-checked')).to.equal('false');
    }
    expect($(el, 'img')!.getAttribute('alt')).to.have.length.above(20);
  });

  it('shows each chair its own Arabic result, right to left, and tells the page', async () => {
    const quiz = await builtInQuiz();
    const { el } = await addQuiz();
    const chosen = record(el, 'coop-chair-quiz-choose');
    for (const c of quiz.chairs) {
      chair(el, c.number).click();
      await el.updateComplete;
      const heading = $(el, '.result-heading')!;
      expect(heading.textContent).to.contain(c.title.ar);
      expect(heading.textContent).to.contain(String(c.number));
      expect(chair(el, c.number).getAttribute('aria-checked')).to.equal('true');
      expect($$(el, '[aria-checked="true"]')).to.have.length(1);
      expect(deepActiveElement()).to.equal(heading);
    }
    expect(chosen.map((e) => e.detail)).to.deep.equal(
      quiz.chairs.map((c) => ({ quizId: 'meeting-room', chair: c.number })),
    );
    expect($(el, '.base')!.getAttribute('dir')).to.equal('rtl');
    expect($(el, '.base')!.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle($(el, '.headline')!).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('chooses again: back to the question with focus on the chair that was chosen', async () => {
    const { el } = await addQuiz();
    const resets = record(el, 'coop-chair-quiz-reset');
    chair(el, 4).click();
    await el.updateComplete;
    ($(el, '.again') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, '.result')).to.equal(null);
    expect(el.chair).to.equal(undefined);
    expect(chair(el, 4).getAttribute('aria-checked')).to.equal('false');
    expect(deepActiveElement()).to.equal(chair(el, 4));
    expect(resets).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('works with the keyboard alone, from Tab to the result and back', async () => {
    const before = document.createElement('button');
    before.textContent = 'قبل';
    document.body.prepend(before);
    try {
      const { el } = await addQuiz();
      const chosen = record(el, 'coop-chair-quiz-choose');
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(chair(el, 1));
      // Right to left: Left goes to the next chair, as the reader sees it.
      await sendKeys({ press: 'ArrowLeft' });
      expect(deepActiveElement()).to.equal(chair(el, 2));
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActiveElement()).to.equal(chair(el, 3));
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActiveElement()).to.equal(chair(el, 2));
      await sendKeys({ press: 'End' });
      expect(deepActiveElement()).to.equal(chair(el, 10));
      await sendKeys({ press: 'ArrowLeft' });
      expect(deepActiveElement()).to.equal(chair(el, 1), 'wraps around');
      // Moving does not reveal a result (no spoilers); Space does.
      expect(chosen).to.have.length(0);
      expect($(el, '.result')).to.equal(null);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(chosen.map((e) => e.detail.chair)).to.deep.equal([1]);
      expect(deepActiveElement()).to.equal($(el, '.result-heading'));
      // Tab goes through the share buttons, in order, to "choose again"; Enter on it goes back to the chairs.
      const stops: Element[] = [];
      for (let i = 0; i < 6 && deepActiveElement() !== $(el, '.again'); i++) {
        await sendKeys({ press: 'Tab' });
        stops.push(deepActiveElement()!);
      }
      const shareStops = $$(el, '.share a, .share button, .share-button');
      expect(stops).to.deep.equal([...shareStops, $(el, '.again')]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(chair(el, 1));
      // Enter chooses too; only one chair is in the tab order.
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.chair).to.equal(2);
      expect(chairs(el).filter((c) => c.tabIndex === 0)).to.have.length(1);
    } finally {
      before.remove();
    }
  });

  it('shows a result set from code without firing the visitor event', async () => {
    const { el } = await addQuiz();
    const chosen = record(el, 'coop-chair-quiz-choose');
    el.chair = 6;
    await el.updateComplete;
    expect($(el, '.result-heading')!.textContent).to.contain('6');
    expect(chair(el, 6).getAttribute('aria-checked')).to.equal('true');
    expect(chair(el, 6).tabIndex).to.equal(0);
    expect(chosen).to.have.length(0);
  });

  it('shows the disclaimer', async () => {
    const { el } = await addQuiz();
    expect($(el, '.disclaimer')!.textContent!.trim()).to.have.length.above(10);
  });
});

describe('<coop-chair-quiz>: bad input', () => {
  afterEach(cleanup);

  it('reserves the picture space while loading, and is accessible then', async () => {
    const el = document.createElement('coop-chair-quiz');
    el.style.width = '400px';
    document.body.append(el);
    try {
      await el.updateComplete;
      const frame = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
      expect(frame.width).to.be.above(300);
      expect(frame.height).to.be.closeTo((frame.width * 3) / 4, 1);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  for (const width of [1000, 380]) {
    it(`holds the height of the loaded quiz while it loads (the meeting room, Arabic, ${width} px wide: nothing below moves)`, async () => {
      const el = document.createElement('coop-chair-quiz') as CoopChairQuiz;
      el.style.width = `${width}px`;
      el.setAttribute('lang', 'ar');
      const ready = new Promise((resolve) => el.addEventListener('coop-chair-quiz-ready', resolve, { once: true }));
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(el.quiz, 'still loading').to.equal(undefined);
        const loading = el.getBoundingClientRect().height;
        await ready;
        await el.updateComplete;
        expect(el.getBoundingClientRect().height).to.be.closeTo(loading, 1);
      } finally {
        el.remove();
      }
    });
  }

  it('explains a missing file (404) in Arabic, and reports the detail in an event and the console', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const src = `${FIXTURES}does-not-exist.json`;
      const { el, event } = await addQuiz({ src });
      expect(event.type).to.equal('coop-chair-quiz-error');
      expect(event.detail).to.include({ kind: 'http', status: 404, url: src });
      expect($(el, '[role="alert"]')!.textContent).to.contain('لم يُعثر على ملف الاختبار');
      expect(String(errors[0]?.[0])).to.contain(src);
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('names the field and the reason for an invalid file', async () => {
    const original = console.error;
    const errors: string[] = [];
    console.error = (message: string) => errors.push(message);
    try {
      const { el, event } = await addQuiz({ src: `${FIXTURES}invalid.json` });
      expect(event.detail.kind).to.equal('invalid');
      expect(event.detail.problems).to.deep.equal(['chairs[2].x: expected a number from 0 to 100, got 140']);
      expect(errors.join('\n')).to.contain('chairs[2].x: expected a number from 0 to 100, got 140');
      expect($(el, '[role="alert"]')!.textContent).to.contain('ملف الاختبار يحتوي على أخطاء');
      expect($(el, '.retry')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('explains a file that is not JSON', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const { event } = await addQuiz({ src: `${FIXTURES}not-json.json` });
      expect(event.detail.kind).to.equal('not-json');
    } finally {
      console.error = original;
    }
  });

  it('offers to try again after a network failure, and recovers', async () => {
    const original = console.error;
    console.error = () => {};
    const realFetch = window.fetch;
    let fail = true;
    window.fetch = (input, init) => (fail ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init));
    try {
      const { el, event } = await addQuiz({ src: `${FIXTURES}small.json` });
      expect(event.detail.kind).to.equal('network');
      expect($(el, '[role="alert"]')!.textContent).to.contain('تحقّق من اتصالك');
      fail = false;
      const ready = new Promise((r) => el.addEventListener('coop-chair-quiz-ready', r, { once: true }));
      ($(el, '.retry') as HTMLButtonElement).click();
      await ready;
      await el.updateComplete;
      expect(chairs(el)).to.have.length(3);
    } finally {
      window.fetch = realFetch;
      console.error = original;
    }
  });

  it('keeps the other quizzes on the page working when one is broken', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const [broken, good] = await Promise.all([
        addQuiz({ src: `${FIXTURES}invalid.json` }),
        addQuiz({ src: `${FIXTURES}small.json` }),
      ]);
      expect(broken.event.type).to.equal('coop-chair-quiz-error');
      expect(good.event.type).to.equal('coop-chair-quiz-ready');
      chair(good.el, 2).click();
      await good.el.updateComplete;
      expect($(good.el, '.result-heading')!.textContent).to.contain('العنوان 2');
    } finally {
      console.error = original;
    }
  });

  it('shows hostile quiz text literally and runs none of it', async () => {
    const win = window as unknown as { __pwned?: number };
    const { el } = await addQuiz({ src: `${FIXTURES}hostile.json` });
    chair(el, 1).click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__pwned).to.equal(undefined);
    expect($(el, '.title')!.textContent).to.equal('<img src=x onerror="window.__pwned=1">');
    expect($(el, '.result-title')!.textContent).to.equal('<b onmouseover=alert(1)>bold</b>');
    expect($$(el, 'script, b, .title img')).to.have.length(0);
    expect($(el, '.picture')!.getAttribute('alt')).to.equal('" onerror="window.__pwned=5');
  });

  it('says so when the picture is missing, and the chairs still work', async () => {
    const { el } = await addQuiz({ src: `${FIXTURES}no-picture.json` });
    for (let i = 0; i < 50 && !$(el, '.picture-missing'); i++) await new Promise((r) => setTimeout(r, 20));
    expect($(el, '.picture-missing')!.textContent).to.contain('تعذّر تحميل الصورة');
    chair(el, 3).click();
    await el.updateComplete;
    expect($(el, '.result-heading')!.textContent).to.contain('العنوان 3');
    await expect(el).to.be.accessible();
  });
});

describe('<coop-chair-quiz>: loading', () => {
  afterEach(cleanup);

  it('loads what src names, also when src changed while it was off the page; reload() off the page waits for its return', async () => {
    // A timeout that is not a number falls back to the default instead of giving up at once.
    const { el } = await addQuiz({ timeout: 'soon' });
    expect(el.quiz?.id).to.equal('meeting-room');
    const wrapper = el.parentElement!;
    const nextReady = () => new Promise((r) => el.addEventListener('coop-chair-quiz-ready', r, { once: true }));
    el.remove();
    el.src = `${FIXTURES}small.json`;
    await el.updateComplete;
    let ready = nextReady();
    wrapper.append(el);
    await ready;
    expect(el.quiz?.id).to.equal('small');
    el.remove();
    el.reload();
    expect(el.quiz).to.equal(undefined, 'nothing loads off the page');
    ready = nextReady();
    wrapper.append(el);
    await ready;
    expect(el.quiz?.id).to.equal('small');
  });
});

describe('<coop-chair-quiz>: a very large quiz', () => {
  afterEach(cleanup);

  it('draws 1,000 chairs in batches, all of them in the end, and they work', async () => {
    const chairsList = Array.from({ length: 1000 }, (_, i) => ({
      number: i + 1,
      x: 1 + (i % 40) * 2.5,
      y: 2 + Math.floor(i / 40) * 3.9,
      place: `المكان ${i + 1}`,
      title: `العنوان ${i + 1}`,
      description: 'وصف قصير.',
      leadership: 'قيادة.',
      collaboration: 'تعاون.',
    }));
    const quiz = {
      version: 1,
      id: 'big',
      title: 'قاعة كبيرة',
      question: 'أيّ كرسي تختار؟',
      image: {
        src: new URL('../../quizzes/meeting-room.svg', import.meta.url).href,
        alt: 'قاعة فيها ألف كرسي',
        width: 800,
        height: 600,
      },
      chairs: chairsList,
    };
    const src = URL.createObjectURL(new Blob([JSON.stringify(quiz)], { type: 'application/json' }));
    try {
      const { el, event } = await addQuiz({ src });
      expect(event.type).to.equal('coop-chair-quiz-ready');
      expect(chairs(el).length).to.be.below(1000, 'not all in the first frame');
      for (let i = 0; i < 200 && chairs(el).length < 1000; i++) await nextFrame();
      await el.updateComplete;
      expect(chairs(el)).to.have.length(1000);
      // Each batch of chairs covers the whole picture: a pointer still reaches a chair of the first batch (below
      // all the others) and of the last one, at a point of it that no chair drawn later covers, inside the picture.
      const frame = $(el, '.frame')!;
      // (Chairs away from the picture's rounded corners, which clip the pointer too.)
      for (const n of [22, 980]) {
        chair(el, n).scrollIntoView({ block: 'center' });
        const box = chair(el, n).getBoundingClientRect();
        const within = (r: DOMRect, x: number, y: number) =>
          Math.hypot(x - (r.x + r.width / 2), y - (r.y + r.height / 2)) < r.width / 2;
        const later = chairs(el)
          .slice(n)
          .map((c) => c.getBoundingClientRect());
        const pictureBox = frame.getBoundingClientRect();
        const points = [0.3, 0.5, 0.7].flatMap((fx) =>
          [0.3, 0.5, 0.7].map((fy) => [box.x + box.width * fx, box.y + box.height * fy]),
        );
        const free = points.find(
          ([x, y]) =>
            within(box, x, y) && y > pictureBox.top && y < pictureBox.bottom && !later.some((r) => within(r, x, y)),
        );
        expect(free, `a point of chair ${n} that no later chair covers`).to.exist;
        const hit = el.shadowRoot!.elementFromPoint(free![0], free![1]);
        // Compared by name: a failing comparison of two DOM nodes prints (and diffs) their whole HTML.
        expect(
          hit?.getAttribute('aria-label') ?? hit?.className ?? String(hit),
          `under the pointer at chair ${n}`,
        ).to.equal(chair(el, n).getAttribute('aria-label'));
      }
      chair(el, 999).click();
      await el.updateComplete;
      expect($(el, '.result-heading')!.textContent).to.contain('999');
    } finally {
      URL.revokeObjectURL(src);
    }
  });
});
