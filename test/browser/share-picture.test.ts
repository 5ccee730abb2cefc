/**
 * The share picture and the comment game, in real engines: the PNG the share sheet gets (decoded here), the download
 * where files cannot be shared, the comment copy, a picture from another origin without CORS, and the built
 * picture maker on a strict CSP page with a versioned script.
 */
import { expect } from '@open-wc/testing';
import { $, $$, addQuiz, chair, cleanup } from './helpers.js';
import type { CoopChairQuiz } from '../../src/coop-chair-quiz.js';
import { makeSharePicture, type SharePictureInput } from '../../src/share-picture.js';

async function until(check: () => unknown, what: string, tries = 250) {
  for (let i = 0; i < tries && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check(), what).to.be.ok;
}

/** Replaces a navigator member for one test (on `nav`, the page's or a frame's). */
function stub(name: 'share' | 'canShare' | 'clipboard', value: unknown, nav: Navigator = navigator) {
  const own = Object.getOwnPropertyDescriptor(nav, name);
  Object.defineProperty(nav, name, { value, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(nav, name, own);
    else delete (nav as unknown as Record<string, unknown>)[name];
  };
}

/** The picture's pixels: its size, how many distinct colours a grid of samples finds, and one sampler. */
async function pixels(blob: Blob) {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const at = (x: number, y: number) => [...ctx.getImageData(x, y, 1, 1).data].join(',');
  const colours = new Set<string>();
  for (let y = 0; y < bitmap.height; y += 45) for (let x = 0; x < bitmap.width; x += 45) colours.add(at(x, y));
  return { width: bitmap.width, height: bitmap.height, colours: colours.size, at };
}

async function choose(el: CoopChairQuiz, n: number) {
  chair(el, n).click();
  await el.updateComplete;
  await until(() => $(el, '.share'), 'the share controls appear');
}

const BASE: SharePictureInput = {
  width: 1080,
  height: 1350,
  chairX: 50,
  chairY: 40,
  number: '5',
  title: 'روح الفريق',
  headline: 'تقود بالحماس، وتجمع الناس حول الهدف.',
  question: 'تدخل غرفة الاجتماع… أيّ كرسي تختار؟',
  quiz: 'غرفة الاجتماع',
  owner: 'تعاونية الأمل',
  dark: false,
  dir: 'rtl',
  lang: 'ar',
};
const ROOM = new URL('../../quizzes/meeting-room.svg', import.meta.url).href;

describe('the share picture', () => {
  let restore: (() => void)[] = [];
  afterEach(() => {
    restore.forEach((r) => r());
    restore = [];
    cleanup();
  });

  it('gives the share sheet a 1080 × 1350 PNG of the result, with the text and the link', async () => {
    const calls: ShareData[] = [];
    restore.push(stub('share', async (data: ShareData) => void calls.push(data)));
    restore.push(stub('canShare', (data: ShareData) => !!data.files?.every((f) => f.type === 'image/png')));
    const { el } = await addQuiz({ owner: 'تعاونية الأمل' });
    await choose(el, 5);
    expect($(el, '.save-picture'), 'no download where files can be shared').to.equal(null);
    const button = $(el, '.share-button') as HTMLButtonElement;
    button.click();
    await el.updateComplete;
    await until(() => calls.length, 'navigator.share called');
    const [data] = calls;
    expect(data.files).to.have.length(1);
    const [file] = data.files!;
    expect(file.type).to.equal('image/png');
    expect(file.name).to.equal('meeting-room-5.png');
    const picture = await pixels(file);
    expect([picture.width, picture.height]).to.deep.equal([1080, 1350]);
    expect(picture.colours, 'not blank: the room, the texts, the ring').to.be.above(20);
    expect(data.text).to.match(/^اخترتُ الكرسي 5 في «غرفة الاجتماع»: روح الفريق\n/);
    expect(data.url).to.match(/#coop-chair-quiz=meeting-room:5$/);
    expect(button.getAttribute('aria-busy')).to.equal('false', 'not busy once the picture is made');
    await expect(el).to.be.accessible();
  });

  it('shows a busy state while the picture is made, and the other buttons stay usable', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const calls: ShareData[] = [];
    restore.push(stub('share', async (data: ShareData) => void calls.push(data)));
    restore.push(stub('canShare', () => true));
    const copied: string[] = [];
    restore.push(stub('clipboard', { writeText: async (t: string) => void copied.push(t) }));
    // Fonts that take their time: the picture waits for them.
    const fonts = document.fonts;
    Object.defineProperty(fonts, 'ready', { configurable: true, get: () => held.then(() => fonts) });
    restore.push(() => void delete (fonts as unknown as Record<string, unknown>).ready);
    const { el } = await addQuiz();
    await choose(el, 3);
    ($(el, '.share-button') as HTMLButtonElement).click();
    await until(() => $(el, '.share-button')!.getAttribute('aria-busy') === 'true', 'busy');
    expect($(el, '.copy-status')!.textContent).to.contain('نُعِدّ الصورة');
    ($(el, '.comment-copy') as HTMLButtonElement).click();
    await until(() => copied.length, 'the comment copy works meanwhile');
    release();
    await until(() => calls.length, 'then the share sheet opens');
    expect(calls[0].files).to.have.length(1);
  });

  it('saves the picture where files cannot be shared, and keeps the link buttons', async () => {
    restore.push(stub('share', undefined));
    const { el } = await addQuiz({ lang: 'fr', digits: 'arab' });
    await choose(el, 8);
    expect($$(el, 'a.share-link'), 'WhatsApp and Facebook stay').to.have.length(2);
    expect($(el, '.copy')).to.exist;
    const downloads: HTMLAnchorElement[] = [];
    const onClick = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      if (a.localName === 'a' && a.download) {
        e.preventDefault(); // the test reads the file instead of downloading it
        downloads.push(a);
      }
    };
    el.shadowRoot!.addEventListener('click', onClick, true);
    const save = $(el, '.save-picture') as HTMLButtonElement;
    expect(save.textContent!.trim()).to.equal('Enregistrer l’image');
    save.click();
    await until(() => downloads.length, 'a download');
    expect(downloads[0].download).to.equal('meeting-room-8.png');
    expect(downloads[0].href).to.match(/^blob:/);
    const blob = await (await fetch(downloads[0].href)).blob();
    const picture = await pixels(blob);
    expect([picture.width, picture.height]).to.deep.equal([1080, 1350]);
    expect(picture.colours).to.be.above(20);
    await until(() => $(el, '.copy-status')!.textContent!.includes('Image enregistrée'), 'a confirmation');
    expect(downloads[0].isConnected, 'the download link does not stay in the page').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('copies the answer for the comments, in the chosen digits, and confirms it', async () => {
    const copied: string[] = [];
    restore.push(stub('clipboard', { writeText: async (t: string) => void copied.push(t) }));
    const { el } = await addQuiz({ digits: 'arab' });
    await choose(el, 5);
    const button = $(el, 'button.comment-copy') as HTMLButtonElement;
    expect(button.textContent!.trim()).to.equal('نسخ جوابك للتعليقات');
    button.click();
    await until(() => copied.length, 'copied');
    expect(copied).to.deep.equal(['🪑 الكرسي ٥: روح الفريق']);
    await until(() => $(el, '.copy-status')!.textContent!.includes('نُسخ جوابك'), 'a visible confirmation');
    expect($(el, '.copy-status')!.getAttribute('role')).to.equal('status');
  });

  it("with comment-url, the comment copy is a link to the owner's post in a new tab, named as such", async () => {
    const copied: string[] = [];
    restore.push(stub('clipboard', { writeText: async (t: string) => void copied.push(t) }));
    const post = 'https://www.facebook.com/coop.amal/posts/123';
    const { el } = await addQuiz({ lang: 'en', 'comment-url': post });
    await choose(el, 2);
    const link = $<HTMLAnchorElement>(el, 'a.comment-copy')!;
    expect(link.href).to.equal(post);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Copy my answer and open the post to comment (opens in a new tab)',
    );
    el.addEventListener('click', (e) => e.preventDefault(), { once: true }); // no new tab in the test
    link.click();
    await until(() => copied.length, 'copied');
    expect(copied[0]).to.match(/^🪑 Chair 2: /);
    await expect(el).to.be.accessible();
  });

  it('refuses a comment-url that is not a web address', async () => {
    const { el } = await addQuiz({ 'comment-url': 'javascript:alert(1)' });
    await choose(el, 2);
    expect($(el, 'a.comment-copy')).to.equal(null);
    expect($(el, 'button.comment-copy')).to.exist;
  });

  it('uses the share-url page as the link when given', async () => {
    const calls: ShareData[] = [];
    restore.push(stub('share', async (data: ShareData) => void calls.push(data)));
    const { el } = await addQuiz({ 'share-url': 'https://coop.example/quiz/r/{quiz}-{chair}.html' });
    await choose(el, 4);
    ($(el, '.share-button') as HTMLButtonElement).click();
    await until(() => calls.length, 'shared');
    expect(calls[0].url).to.equal('https://coop.example/quiz/r/meeting-room-4.html');
  });

  it('draws the room from this origin, and leaves it out for another origin without CORS', async () => {
    const same = await makeSharePicture({ ...BASE, picture: ROOM });
    expect(same.room).to.equal(true);
    // The test server sends no CORS headers: 127.0.0.1 and localhost are two origins.
    const other = new URL(ROOM);
    other.hostname = other.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const foreign = await makeSharePicture({ ...BASE, picture: other.href });
    expect(foreign.room).to.equal(false);
    const a = await pixels(same.blob);
    const b = await pixels(foreign.blob);
    expect([b.width, b.height]).to.deep.equal([1080, 1350]);
    expect(b.colours, 'still a card: texts and number').to.be.above(5);
    expect(a.at(540, 300), 'the room is where the picture would be').not.to.equal(b.at(540, 300));
  });

  it('draws right to left for Arabic and left to right for French, light and dark', async () => {
    const ar = await pixels((await makeSharePicture(BASE)).blob);
    const fr = await pixels(
      (await makeSharePicture({ ...BASE, title: 'L’esprit d’équipe', dir: 'ltr', lang: 'fr' })).blob,
    );
    const dark = await pixels((await makeSharePicture({ ...BASE, dark: true })).blob);
    // Without a room the title block starts near the top: its number badge is at the right in Arabic, left in French.
    const yellow = (p: typeof ar, x: number) => {
      for (let y = 80; y < 330; y += 6) if (p.at(x, y).startsWith('242,183,5')) return true;
      return false;
    };
    expect(yellow(ar, 1080 - 64 - 38), 'Arabic: the badge at the right').to.equal(true);
    expect(yellow(ar, 64 + 38), 'Arabic: nothing yellow at the left').to.equal(false);
    expect(yellow(fr, 64 + 38), 'French: the badge at the left').to.equal(true);
    expect(ar.at(5, 5)).to.equal('255,253,248,255');
    expect(dark.at(5, 5)).to.equal('31,35,33,255');
  });
});

describe('the built picture maker on a strict CSP page with a versioned script', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('loads as a file of its own beside the script, with its query string, and gives a PNG with no violation', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/e2e/french-versioned.html';
    frame.style.width = '600px';
    frame.style.height = '900px';
    frames.push(frame);
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const win = frame.contentWindow as Window & { __violations: string[]; __errors: string[] };
    const calls: ShareData[] = [];
    stub('share', async (data: ShareData) => void calls.push(data), win.navigator);
    stub('canShare', () => true, win.navigator);
    let quiz: CoopChairQuiz | null = null;
    await until(
      () =>
        (quiz = frame.contentDocument!.querySelector('coop-chair-quiz'))?.shadowRoot?.querySelector('[role="radio"]'),
      'the quiz',
    );
    quiz!.shadowRoot!.querySelector<HTMLElement>('[role="radio"][data-number="6"]')!.click();
    await until(() => quiz!.shadowRoot!.querySelector('.share-button'), 'the share button');
    quiz!.shadowRoot!.querySelector<HTMLButtonElement>('.share-button')!.click();
    await until(() => calls.length, 'shared');
    const picture = await pixels(calls[0].files![0]);
    expect([picture.width, picture.height]).to.deep.equal([1080, 1350]);
    const scripts = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name))
      .filter((u) => u.pathname.includes('coop-chair-quiz'));
    for (const file of ['coop-chair-quiz-share.js', 'coop-chair-quiz-share-picture.js']) {
      const loads = scripts.filter((u) => u.pathname.endsWith(`/${file}`));
      expect(
        loads.map((u) => u.search),
        file,
      ).to.deep.equal(['?ver=3.1']);
      const code = await (await fetch(`/dist/${file}`)).text();
      expect(code, `${file} imports nothing`).not.to.match(/\bimport\s*[\s{*("'`]|\bfrom\s*["'`]/);
    }
    expect(
      scripts.filter((u) => u.pathname.endsWith('/coop-chair-quiz.js')),
      'one copy of the script',
    ).to.have.length(1);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });
});
