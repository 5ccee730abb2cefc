import { expect } from '@open-wc/testing';
import { $, $$, addQuiz, chair, cleanup } from './helpers.js';
import type { CoopChairQuiz } from '../../src/coop-chair-quiz.js';

const html = document.documentElement;
const KEY = 'coop-chair-quiz:meeting-room';

async function until(check: () => unknown, what: string) {
  for (let i = 0; i < 150 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check(), what).to.be.ok;
}

/** Replaces a navigator member for one test. */
function stubNavigator(name: 'share' | 'clipboard', value: unknown) {
  const own = Object.getOwnPropertyDescriptor(navigator, name);
  Object.defineProperty(navigator, name, { value, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(navigator, name, own);
    else delete (navigator as unknown as Record<string, unknown>)[name];
  };
}

async function chooseAndWaitForShare(el: CoopChairQuiz, n: number) {
  chair(el, n).click();
  await el.updateComplete;
  await until(() => $(el, '.share'), 'the share buttons appear');
}

describe('<coop-chair-quiz>: the result card and sharing', () => {
  let restore: (() => void)[] = [];
  afterEach(() => {
    restore.forEach((r) => r());
    restore = [];
    cleanup();
    history.replaceState(null, '', location.pathname + location.search);
    localStorage.removeItem(KEY);
    html.lang = 'ar';
  });

  it('opens the system share sheet with a ready text and the result link', async () => {
    const calls: ShareData[] = [];
    restore.push(stubNavigator('share', async (data: ShareData) => void calls.push(data)));
    const { el } = await addQuiz();
    await chooseAndWaitForShare(el, 5);
    expect($$(el, '.share-link')).to.have.length(0, 'no fallback buttons when the share sheet exists');
    ($(el, '.share-button') as HTMLButtonElement).click();
    await until(() => calls.length, 'navigator.share called');
    expect(calls[0].title).to.equal('غرفة الاجتماع');
    expect(calls[0].text).to.match(/^اخترتُ الكرسي 5 في «غرفة الاجتماع»: روح الفريق\n(«.+»\n)?وأنتم، أيّ كرسي تختارون؟$/);
    expect(calls[0].files, 'no picture where the browser cannot share files').to.equal(undefined);
    expect(calls[0].url).to.equal(
      `${location.origin}${location.pathname}${location.search}#coop-chair-quiz=meeting-room:5`,
    );
    await expect(el).to.be.accessible();
  });

  it('ignores a cancelled share sheet', async () => {
    restore.push(stubNavigator('share', () => Promise.reject(new DOMException('cancelled', 'AbortError'))));
    const { el } = await addQuiz();
    await chooseAndWaitForShare(el, 2);
    ($(el, '.share-button') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 50));
    expect($(el, '.result')).to.exist;
  });

  it('offers WhatsApp, Facebook and "copy text and link" where there is no share sheet, and confirms the copy', async () => {
    restore.push(stubNavigator('share', undefined));
    const copied: string[] = [];
    restore.push(stubNavigator('clipboard', { writeText: async (text: string) => void copied.push(text) }));
    const { el } = await addQuiz();
    await chooseAndWaitForShare(el, 6);
    const [whatsapp, facebook] = $$<HTMLAnchorElement>(el, 'a.share-link');
    const link = `${location.origin}${location.pathname}${location.search}#coop-chair-quiz=meeting-room:6`;
    expect(whatsapp.href).to.match(/^https:\/\/wa\.me\/\?text=/);
    expect(decodeURIComponent(whatsapp.href.split('text=')[1]))
      .to.contain('اخترتُ الكرسي 6')
      .and.contain(link);
    expect(facebook.href).to.equal(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(link)}`);
    expect(whatsapp.target).to.equal('_blank');
    expect(whatsapp.rel).to.contain('noopener');
    ($(el, '.copy') as HTMLButtonElement).click();
    await until(() => $(el, '.copy-status')!.textContent!.trim(), 'a visible confirmation');
    expect(copied).to.have.length(1);
    expect(copied[0]).to.match(/^اخترتُ الكرسي 6 في «غرفة الاجتماع»: /);
    expect(copied[0].split('\n').at(-1), 'the link last, on its own line').to.equal(link);
    expect($(el, '.copy-status')!.textContent).to.contain('نُسخ النص والرابط');
    expect($(el, '.copy-status')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    restore.push(stubNavigator('share', undefined));
    restore.push(stubNavigator('clipboard', { writeText: () => Promise.reject(new Error('denied')) }));
    const { el } = await addQuiz();
    await chooseAndWaitForShare(el, 1);
    ($(el, '.copy') as HTMLButtonElement).click();
    await until(() => $(el, '.link-field'), 'the link field');
    expect(($(el, '.link-field') as HTMLInputElement).value).to.contain('#coop-chair-quiz=meeting-room:1');
  });

  for (const hash of [
    '#coop-chair-quiz=meeting-room:44',
    '#coop-chair-quiz=meeting-room:4<img src=x onerror=window.__pwned=1>',
    '#coop-chair-quiz=other-quiz:4',
    '#coop-chair-quiz=meeting-room:%E0%A4%A',
  ]) {
    it(`ignores a bad result link quietly: ${hash}`, async () => {
      history.replaceState(null, '', hash);
      const { el } = await addQuiz();
      await new Promise((r) => setTimeout(r, 150));
      expect(el.chair).to.equal(undefined);
      expect($(el, '.result')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  }

  it('remembers the last answer only when asked, in this browser, and forgets it on "choose again"', async () => {
    const first = await addQuiz();
    chair(first.el, 3).click();
    await first.el.updateComplete;
    expect(localStorage.getItem(KEY)).to.equal(null, 'nothing stored without the remember attribute');
    cleanup();

    const second = await addQuiz({ remember: '' });
    chair(second.el, 7).click();
    await second.el.updateComplete;
    expect(localStorage.getItem(KEY)).to.equal('7');
    cleanup();

    const third = await addQuiz({ remember: '' });
    await until(() => third.el.chair === 7, 'the last answer is back');
    await third.el.updateComplete;
    expect($(third.el, '.note')!.textContent).to.equal('اختيارك في زيارتك السابقة');
    await expect(third.el).to.be.accessible();
    ($(third.el, '.again') as HTMLButtonElement).click();
    await third.el.updateComplete;
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('ignores a stored answer that is not a chair', async () => {
    localStorage.setItem(KEY, '<b>99</b>');
    const { el } = await addQuiz({ remember: '' });
    await new Promise((r) => setTimeout(r, 100));
    expect(el.chair).to.equal(undefined);
  });
});
