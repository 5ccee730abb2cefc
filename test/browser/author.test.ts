// The quiz playground (demo/author.html's <quiz-author>) as a whole: placing chairs with the mouse and the keyboard,
// writing texts, live validation, the live preview, opening and downloading quiz files — in real engines. Its parts
// have their own files: author-picture-editor, author-preview, author-form, author-draft, author-focus.
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { DownloadDetail, QuizAuthor } from '../../demo/author/quiz-author.js';
import type { CoopChairQuiz } from '../../src/coop-chair-quiz.js';
import { parseQuiz } from '../../src/quiz/schema.js';
import {
  $,
  $$,
  addAuthor,
  announced,
  center,
  chooseFiles,
  choosePicture,
  cleanUp,
  deepActiveElement,
  drag,
  fileFrom,
  fill,
  FIXTURES,
  fraction,
  isWebKit,
  markers,
  onPicture,
  pictureReady,
  QUIZZES,
  quizOf,
  renderQuiz,
  roomSvg,
  text,
  until,
  type Point,
} from './author-helpers.js';

/** Three chairs placed by clicking on the picture, each said to screen readers; the points clicked. */
async function clickThreeChairs(el: QuizAuthor): Promise<Point[]> {
  $(el, '.frame')!.scrollIntoView({ block: 'center' });
  const clicks: Point[] = [onPicture(el, 0.25, 0.35), onPicture(el, 0.5, 0.65), onPicture(el, 0.75, 0.35)];
  for (const [i, point] of clicks.entries()) {
    await sendMouse({ type: 'click', position: point });
    await until(() => markers(el).length === i + 1, `chair ${i + 1}`);
    await el.updateComplete;
    await announced(el, `أُضيف الكرسي ${i + 1}.`);
  }
  return clicks;
}

/** Chair 2 dragged to 42 % × 80 % of the picture; where it was dropped. */
async function dragSecondChair(el: QuizAuthor): Promise<Point> {
  const dropped = onPicture(el, 0.42, 0.8);
  await drag(center(markers(el)[1]), dropped);
  await el.updateComplete;
  return dropped;
}

/** Chair 3 moved with the keyboard: Left twice, Down, Shift+Up. */
async function nudgeThirdChair(el: QuizAuthor) {
  markers(el)[2].focus();
  await sendKeys({ press: 'ArrowLeft' });
  await sendKeys({ press: 'ArrowLeft' });
  await sendKeys({ press: 'ArrowDown' });
  if (isWebKit) {
    markers(el)[2].dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowUp', shiftKey: true, bubbles: true, composed: true }),
    );
  } else {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Shift' });
  }
  await el.updateComplete;
}

/** Every text the fixture has: the file name typed with the keyboard, the rest filled in. */
async function writeTexts(el: QuizAuthor) {
  const id = $<HTMLInputElement>(el, '#f-id')!;
  id.focus();
  id.select();
  await sendKeys({ type: 'author-download' });
  await el.updateComplete;
  await fill(el, 'f-quiz-title-ar', 'غرفة الاختبار');
  await fill(el, 'f-quiz-question-ar', 'أيّ كرسي تختار في هذه الغرفة؟');
  await fill(el, 'f-alt-ar', 'غرفة صغيرة فيها طاولة وثلاثة كراسٍ: اثنان في الأعلى وواحد في الأسفل.');
  for (const i of [0, 1, 2]) {
    $(el, `#pick-${i}`)!.click();
    await el.updateComplete;
    expect(text($(el, '#chair-form-heading'))).to.equal(`الكرسي ${i + 1}`);
    await fill(el, `f-chair-${i}-place-ar`, ['قرب الباب', 'في الوسط', 'قرب النافذة'][i]);
    await fill(el, `f-chair-${i}-title-ar`, ['المبادر', 'الجسر', 'الحالم'][i]);
    await fill(el, `f-chair-${i}-description-ar`, `وصف الكرسي ${i + 1}.`);
    await fill(el, `f-chair-${i}-leadership-ar`, `قيادة الكرسي ${i + 1}.`);
    await fill(el, `f-chair-${i}-collaboration-ar`, `تعاون الكرسي ${i + 1}.`);
  }
  await fill(el, 'f-chair-2-tip-ar', 'خذ وقتك.');
  // On a narrow page the chair's form is a sheet over the picture: closed again, as an author would.
  el.sheet.close(false);
  await el.updateComplete;
}

describe('<quiz-author>: the quiz playground', () => {
  afterEach(async () => {
    await resetMouse();
    await cleanUp();
  });

  it('opens in Arabic, right to left, with nothing written yet and a checklist of what is missing', async () => {
    const el = await addAuthor();
    const app = $(el, '.app')!;
    expect(app.getAttribute('lang')).to.equal('ar');
    expect(app.getAttribute('dir')).to.equal('rtl');
    expect(text($(el, 'h1'))).to.equal('محرّر اختبار «أيّ كرسي تختارون؟»');
    expect(markers(el)).to.have.length(0);
    // A new quiz is not covered in red: empty fields wait until they are used; the checklist has them all.
    expect($$(el, '.problem')).to.have.length(0);
    expect(text($(el, '.status'))).to.equal('بقيت 5 أشياء قبل أن يصبح الاختبار جاهزًا');
    expect($$(el, '#summary li').map(text)).to.include('الصورة: اختر صورة للغرفة.');
    await expect(el).to.be.accessible();
  });

  it('places a chair where the picture is clicked, numbered in the order they are placed', async () => {
    const el = await addAuthor();
    await choosePicture(el, await roomSvg());
    expect(text($(el, '#picture-info'))).to.contain('400×300');
    const clicks = await clickThreeChairs(el);
    for (const [i, point] of clicks.entries()) {
      const [x, y] = center(markers(el)[i]);
      expect(Math.abs(x - point[0]), `chair ${i + 1} x`).to.be.at.most(1);
      expect(Math.abs(y - point[1]), `chair ${i + 1} y`).to.be.at.most(1);
      expect(text(markers(el)[i])).to.contain(String(i + 1));
    }
  });

  it('moves a chair dragged to a new spot, and adds none', async () => {
    const el = await addAuthor();
    await choosePicture(el, await roomSvg());
    await clickThreeChairs(el);
    const dropped = await dragSecondChair(el);
    expect(markers(el)).to.have.length(3);
    const [dx, dy] = center(markers(el)[1]);
    expect(Math.abs(dx - dropped[0])).to.be.at.most(1);
    expect(Math.abs(dy - dropped[1])).to.be.at.most(1);
    await announced(el, 'الكرسي 2:');
  });

  it('nudges the focused chair with the arrow keys, 1 % a press and 0.1 % with Shift, Left going left even right to left', async () => {
    const el = await addAuthor();
    await choosePicture(el, await roomSvg());
    await clickThreeChairs(el);
    const before = quizOf(el).chairs[2];
    await nudgeThirdChair(el);
    const after = quizOf(el).chairs[2];
    expect(after.x).to.be.closeTo(before.x - 2, 0.001);
    expect(after.y).to.be.closeTo(before.y + 0.9, 0.001);
    expect(deepActiveElement()).to.equal(markers(el)[2]);
    await announced(el, 'الكرسي 3:');
  });

  it('says at once that a chair dragged onto another is too close to tap apart, and stops saying it when dragged back', async () => {
    const el = await addAuthor();
    await choosePicture(el, await roomSvg());
    await clickThreeChairs(el);
    const home = center(markers(el)[2]);
    await drag(home, onPicture(el, 0.27, 0.37));
    await el.updateComplete;
    const positionProblem = () => $(el, '#f-chair-2-position-problem');
    await until(() => positionProblem(), 'the too-close message');
    expect(text(positionProblem())).to.contain('الكرسي 3 قريب جدًا من الكرسي 1');
    expect(markers(el)[2].classList.contains('invalid')).to.equal(true);
    expect(text($(el, `#${markers(el)[2].getAttribute('aria-describedby')!.split(' ')[0]}`))).to.contain('قريب جدًا');
    expect(
      $$(el, '#summary li')
        .map(text)
        .some((line) => line.startsWith('الكرسي 3 · الموضع على الصورة')),
    ).to.equal(true);
    await drag(center(markers(el)[2]), home);
    await el.updateComplete;
    expect(positionProblem()).to.equal(null);
    expect(markers(el)[2].classList.contains('invalid')).to.equal(false);
  });

  it('says next to a text emptied that it is empty, marks the field invalid, and is ready once it is written again', async () => {
    const el = await addAuthor();
    await choosePicture(el, await roomSvg());
    await clickThreeChairs(el);
    await writeTexts(el);
    expect(text($(el, '#id-help .file-name'))).to.equal('author-download.json');
    const title = () => $<HTMLInputElement>(el, '#f-chair-2-title-ar')!;
    await fill(el, 'f-chair-2-title-ar', '   ');
    const message = $(el, '#f-chair-2-title-ar-problem');
    expect(text(message)).to.equal('⚠ هذا النص فارغ.');
    expect(title().getAttribute('aria-invalid')).to.equal('true');
    expect(title().getAttribute('aria-describedby')!.split(' ')).to.include('f-chair-2-title-ar-problem');
    await expect(el).to.be.accessible();
    await fill(el, 'f-chair-2-title-ar', 'الحالم');
    expect($(el, '#f-chair-2-title-ar-problem')).to.equal(null);
    expect(title().getAttribute('aria-invalid')).to.equal('false');
    expect(text($(el, '.status'))).to.equal('الاختبار جاهز للنشر ✓');
    expect(el.problemLines).to.deep.equal([]);
  });

  it('downloads the file it shows and validates — test/fixtures/author-download.json — which renders the chairs where they were placed', async () => {
    const el = await addAuthor();
    await choosePicture(el, await roomSvg());
    const clicks = await clickThreeChairs(el);
    const dropped = await dragSecondChair(el);
    await nudgeThirdChair(el);
    await writeTexts(el);

    // Download: the page offers the file (intercepted here), the same text it shows and validates.
    const editorFrame = $(el, '.frame')!.getBoundingClientRect();
    const where = markers(el).map((m) => fraction(center(m), editorFrame));
    const downloads: DownloadDetail[] = [];
    el.addEventListener('quiz-author-download', (e) => {
      e.preventDefault();
      downloads.push(e.detail);
    });
    $(el, '#download')!.click();
    expect(downloads).to.have.length(1);
    expect(downloads[0].files.map((f) => f.name)).to.deep.equal(['author-download.json']);
    const json = await downloads[0].files[0].blob.text();
    expect(json).to.equal(el.quizJson);
    const data = JSON.parse(json);
    const result = parseQuiz(data);
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
    expect(data.image.src).to.match(/^data:image\/svg\+xml;base64,/);
    expect(data.image).to.include({ width: 400, height: 300 });
    expect(text($(el, '.notices'))).to.contain('author-download.json');

    // The file test/fixtures/author-download.json is what this test downloads (positions within half a percent:
    // the mouse lands on whole pixels); the unit tests run `npm run validate`'s checks on it.
    const fixture = await (await fetch(`${FIXTURES}author-download.json`)).json();
    const withoutPositions = (quiz: { chairs: Record<string, unknown>[] }) => ({
      ...quiz,
      chairs: quiz.chairs.map(({ x: _x, y: _y, ...rest }) => rest),
    });
    expect(withoutPositions(data)).to.deep.equal(withoutPositions(fixture));
    data.chairs.forEach((chair: { x: number; y: number }, i: number) => {
      expect(chair.x).to.be.closeTo(fixture.chairs[i].x, 0.5);
      expect(chair.y).to.be.closeTo(fixture.chairs[i].y, 0.5);
    });

    // The downloaded file in the real component: the same chairs at the same spots (within a pixel).
    const quiz = await renderQuiz(json, Math.round(editorFrame.width + 40));
    const quizFrame = quiz.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
    for (const [i, [fx, fy]] of where.entries()) {
      const chair = quiz.shadowRoot!.querySelector(`[data-number="${i + 1}"]`)!;
      const [x, y] = center(chair);
      expect(Math.abs(x - (quizFrame.left + fx * quizFrame.width)), `chair ${i + 1} x in the component`).to.be.at.most(
        1,
      );
      expect(Math.abs(y - (quizFrame.top + fy * quizFrame.height)), `chair ${i + 1} y in the component`).to.be.at.most(
        1,
      );
    }
    // And the first three chairs sit where they were clicked, dragged and nudged (as fractions of the picture).
    expect(Math.abs(where[0][0] * editorFrame.width - (clicks[0][0] - editorFrame.left))).to.be.at.most(1);
    expect(Math.abs(where[1][0] * editorFrame.width - (dropped[0] - editorFrame.left))).to.be.at.most(1);
  });

  it('works without a mouse: a button adds a chair at the centre, arrows move it, Delete removes it', async () => {
    const el = await addAuthor();
    const add = $<HTMLButtonElement>(el, '#f-chairs')!;
    add.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => markers(el).length === 1, 'a chair');
    await el.updateComplete;
    expect(quizOf(el).chairs[0]).to.include({ number: 1, x: 50, y: 50 });
    expect(deepActiveElement()).to.equal(markers(el)[0]);
    await announced(el, 'أُضيف الكرسي 1.');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(quizOf(el).chairs[0]).to.include({ x: 52, y: 49 });
    await announced(el, 'الكرسي 1: 52‎%‎ من اليسار');
    // Its name and where it is, for screen readers.
    const marker = markers(el)[0];
    expect(text(marker.querySelector('.visually-hidden'))).to.equal('الكرسي 1');
    expect(marker.getAttribute('aria-describedby')).to.contain('marker-help');
    await expect(el).to.be.accessible();

    add.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => markers(el).length === 2, 'a second chair');
    await el.updateComplete;
    // Two chairs on one spot: said at once, before any text is written.
    await until(() => $(el, '#summary'), 'the checklist');
    expect(
      $$(el, '#summary li')
        .map(text)
        .some((l) => l.includes('الكرسي 2 قريب جدًا من الكرسي 1')),
    ).to.equal(true);
    expect(markers(el)[1].classList.contains('invalid')).to.equal(true);

    await sendKeys({ press: 'Delete' });
    await until(() => markers(el).length === 1, 'the chair removed');
    await announced(el, 'حُذف الكرسي 2.');
    expect(deepActiveElement()).to.equal(markers(el)[0]);
    await sendKeys({ press: 'Delete' });
    await until(() => markers(el).length === 0, 'no chairs');
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(add);
    await announced(el, 'حُذف الكرسي 1.');
  });

  it('renumbers and deletes chairs from the form, texts following their chair', async () => {
    const el = await addAuthor();
    for (const [x, y] of [
      [20, 30],
      [50, 30],
      [80, 30],
    ])
      await el.addChair({ x, y });
    for (const i of [0, 1, 2]) {
      $(el, `#pick-${i}`)!.click();
      await el.updateComplete;
      await fill(el, `f-chair-${i}-title-ar`, `كرسي ${['أ', 'ب', 'ج'][i]}`);
    }
    $(el, '#pick-0')!.click();
    await el.updateComplete;
    const number = $<HTMLSelectElement>(el, '#f-chair-0-number')!;
    number.value = '3';
    number.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const chairs = quizOf(el).chairs as unknown as { number: number; x: number; title: string }[];
    expect(chairs.map((c) => [c.number, c.x, c.title])).to.deep.equal([
      [1, 50, 'كرسي ب'],
      [2, 80, 'كرسي ج'],
      [3, 20, 'كرسي أ'],
    ]);
    expect(text($(el, '#chair-form-heading'))).to.equal('الكرسي 3');
    await announced(el, 'صار الكرسي 1 هو الكرسي 3');
    $(el, '#delete-chair')!.click();
    await el.updateComplete;
    expect(quizOf(el).chairs.map((c) => (c as unknown as { title: string }).title)).to.deep.equal(['كرسي ب', 'كرسي ج']);
    await announced(el, 'حُذف الكرسي 3.');
  });

  it('shows the real component, updated live in the chosen language and width', async () => {
    const el = await addAuthor();
    await choosePicture(el, await fileFrom(`${FIXTURES}room.svg`, 'room.svg', 'image/svg+xml'));
    $(el, '#mode-preview')!.click();
    await el.updateComplete;
    const blocked = () => text($(el, '.preview-blocked'));
    await until(() => blocked().includes('ضع كرسيين على الأقل على الصورة.'), 'the preview saying why it waits');
    await el.addChair({ x: 30, y: 50 });
    await el.addChair({ x: 70, y: 50 });
    const preview = $<CoopChairQuiz>(el, 'coop-chair-quiz')!;
    const title = () => text(preview.shadowRoot?.querySelector('.title') ?? null);
    await until(() => title() === '…', 'the preview with placeholders');
    expect($(el, '.preview-blocked')).to.equal(null);
    expect(preview.shadowRoot!.querySelectorAll('[data-number]')).to.have.length(2);
    const firstUrl = preview.src;
    await fill(el, 'f-quiz-title-ar', 'غرفة حيّة');
    await until(() => title() === 'غرفة حيّة', 'the new title in the preview');
    // Each update is a new blob: URL, and the old one is let go.
    expect(preview.src).to.not.equal(firstUrl);
    expect(preview.src).to.match(/^blob:/);
    let oldUrlGone = false;
    await fetch(firstUrl).catch(() => (oldUrlGone = true));
    expect(oldUrlGone, 'the old preview URL is revoked').to.equal(true);

    // French: turn the language on, write the title, show the preview in French.
    $<HTMLInputElement>(el, '#lang-fr')!.click();
    await el.updateComplete;
    await fill(el, 'f-quiz-title-fr', 'Salle vivante');
    const select = $<HTMLSelectElement>(el, '#preview-lang')!;
    select.value = 'fr';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(
      () => title() === 'Salle vivante' && preview.shadowRoot?.querySelector('.base')?.getAttribute('dir') === 'ltr',
      'the French preview',
    );

    // Phone width: the component is laid out 360 px wide (scaled down if the panel is narrower).
    expect($(el, '.preview-stage')!.classList.contains('phone')).to.equal(true);
    expect(preview.offsetWidth).to.equal(360);
    $<HTMLInputElement>(el, 'input[name="preview-width"][value="desktop"]')!.click();
    await el.updateComplete;
    expect(preview.offsetWidth).to.be.above(900);
    await expect(el).to.be.accessible();
  });

  it('opens an existing quiz with its picture, and writes it back unchanged', async () => {
    const el = await addAuthor();
    const original = await (await fetch(`${QUIZZES}meeting-room.json`)).text();
    await chooseFiles($<HTMLInputElement>(el, '#open-file')!, [
      new File([original], 'meeting-room.json', { type: 'application/json' }),
    ]);
    await pictureReady(el);
    expect(markers(el)).to.have.length(10);
    expect(el.quizJson).to.equal(original);
    expect(text($(el, '.status'))).to.equal('الاختبار جاهز للنشر ✓');
    expect(text($(el, '.notices'))).to.contain('فُتح الاختبار meeting-room.json.');
    // Three languages: one field per language for every text.
    expect($<HTMLInputElement>(el, '#f-quiz-title-fr')!.value).to.equal('La salle de réunion');
    expect($<HTMLInputElement>(el, '#f-quiz-title-fr')!.getAttribute('dir')).to.equal('ltr');
    const frame = $(el, '.frame')!.getBoundingClientRect();
    const data = JSON.parse(original);
    for (const [i, chair] of data.chairs.entries()) {
      const [x, y] = center(markers(el)[i]);
      expect(x - frame.left).to.be.closeTo((chair.x / 100) * frame.width, 1);
      expect(y - frame.top).to.be.closeTo((chair.y / 100) * frame.height, 1);
    }
  });

  it('asks for an opened quiz’s picture when it is not on the site, and keeps the name the quiz gives it', async () => {
    const el = await addAuthor();
    await chooseFiles($<HTMLInputElement>(el, '#open-file')!, [
      await fileFrom(`${FIXTURES}small.json`, 'small.json', 'application/json'),
    ]);
    await until(() => text($(el, '.notices')).includes('room.svg'), 'the request for the picture');
    expect(text($(el, '.notice-warn'))).to.equal('هذا الاختبار يستعمل الصورة «room.svg». اختر ملفها من جهازك لتراها.');
    expect(markers(el)).to.have.length(3);
    await choosePicture(el, await fileFrom(`${FIXTURES}room.svg`, 'room.svg', 'image/svg+xml'));
    expect(JSON.parse(el.quizJson).image.src).to.equal('room.svg');
    expect(el.problemLines).to.deep.equal([]);
  });

  it('saves a large picture from the computer beside the quiz, under the name the quiz gives it', async () => {
    const el = await addAuthor();
    // Noise does not compress: a PNG well over the 100 kB that can be embedded.
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 360;
    const context = canvas.getContext('2d')!;
    const pixels = context.createImageData(480, 360);
    let seed = 12345;
    for (let i = 0; i < pixels.data.length; i++) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      pixels.data[i] = i % 4 === 3 ? 255 : seed >>> 24;
    }
    context.putImageData(pixels, 0, 0);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    expect(blob.size).to.be.above(100 * 1024);
    await choosePicture(el, new File([blob], 'Photo salle.png', { type: 'image/png' }));
    expect(text($(el, '#picture-info'))).to.contain('my-quiz.png');
    const downloads: DownloadDetail[] = [];
    el.addEventListener('quiz-author-download', (e) => {
      e.preventDefault();
      downloads.push(e.detail);
    });
    $(el, '#download')!.click();
    const [json, picture] = downloads[0].files;
    expect(downloads[0].files.map((f) => f.name)).to.deep.equal(['my-quiz.json', 'my-quiz.png']);
    expect(JSON.parse(await json.blob.text()).image).to.deep.equal({
      src: 'my-quiz.png',
      alt: '',
      width: 480,
      height: 360,
    });
    expect(picture.blob.size).to.equal(blob.size);
    // The quiz is not finished: the page says so, and shows the checklist.
    expect(text($(el, '.notices'))).to.contain('الاختبار لم يكتمل بعد');
    expect(($(el, '#summary') as HTMLDetailsElement).open).to.equal(true);
  });

  it('copies the quiz file’s text, with a visible confirmation', async () => {
    const el = await addAuthor();
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t: string) => void copied.push(t) },
    });
    try {
      $(el, '#copy-json')!.click();
      await until(() => copied.length === 1, 'the copy');
      expect(copied[0]).to.equal(el.quizJson);
      await el.updateComplete;
      expect(text($(el, '.notice-ok'))).to.contain('تم النسخ ✓');
      // No clipboard (a page not served over https): the text is shown, selected, to copy by hand.
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      $(el, '#copy-json')!.click();
      await until(() => $(el, '#json-text'), 'the file’s text');
      const area = $<HTMLTextAreaElement>(el, '#json-text')!;
      expect(area.value).to.equal(el.quizJson);
      expect(deepActiveElement()).to.equal(area);
      expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
      expect(text($(el, '.notice-warn'))).to.contain('تعذّر النسخ تلقائيًا');
      await expect(el).to.be.accessible();
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('takes a picture dropped on the picture area', async () => {
    const el = await addAuthor();
    const transfer = new DataTransfer();
    transfer.items.add(await fileFrom(`${FIXTURES}room.svg`, 'room.svg', 'image/svg+xml'));
    const frame = $(el, '.frame')!;
    frame.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(frame.classList.contains('dropping')).to.equal(true);
    frame.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await pictureReady(el);
    expect(text($(el, '#picture-info'))).to.contain('room.svg');
  });

  it('speaks French, left to right, when the author picks it', async () => {
    const el = await addAuthor();
    const changes: string[] = [];
    el.addEventListener('quiz-author-lang-change', (e) => changes.push(e.detail.lang));
    $<HTMLInputElement>(el, 'input[name="page-lang"][value="fr"]')!.click();
    await el.updateComplete;
    expect(changes).to.deep.equal(['fr']);
    expect($(el, '.app')!.getAttribute('dir')).to.equal('ltr');
    expect($(el, '.app')!.getAttribute('lang')).to.equal('fr');
    expect(text($(el, '#download'))).to.contain('Télécharger le quiz');
    expect(text($(el, '.status'))).to.equal('Encore 5 points avant que le quiz soit prêt');
    await el.addChair({ x: 50, y: 50 });
    await announced(el, 'Chaise 1 ajoutée.');
    await expect(el).to.be.accessible();
  });
});
