import { expect } from '@open-wc/testing';
import { addQuiz, cleanup } from './helpers.js';

// The meeting room, with its picture at an address no other test uses: a picture already in the browser's memory cache
// (Firefox, after the other test files) is not fetched again, and Resource Timing would then count 0.
const quizUrl = new URL('../fixtures/preload-room.json', import.meta.url).href;
const pictureUrl = new URL('../../quizzes/meeting-room.svg?preload-test', import.meta.url).href;

/** A preload hint as the README's recommended snippet writes it; resolves once the browser has fetched it. */
function preload(href: string, as: string, crossOrigin?: string) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = as;
  link.href = href;
  if (crossOrigin !== undefined) link.crossOrigin = crossOrigin;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  links.push(link);
  return loaded;
}
const links: HTMLLinkElement[] = [];

/** How many times this page fetched a URL (a preload the component uses is one fetch; an unused one makes two). */
const fetches = (url: string) => performance.getEntriesByName(url, 'resource').length;

describe('<coop-chair-quiz>: the recommended snippet’s preload hints (issue 18)', () => {
  afterEach(() => {
    cleanup();
    links.splice(0).forEach((link) => link.remove());
  });

  it('uses the preloaded quiz file and picture: each is fetched once', async function () {
    // WebKit lists the quiz file twice in Resource Timing, with or without the Accept header: whether it fetches it
    // twice or only reports the preload and its use as two entries is not established yet (README, Performance).
    if (/AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent)) this.skip();
    await Promise.all([preload(quizUrl, 'fetch', ''), preload(pictureUrl, 'image')]);
    const { el } = await addQuiz({ src: quizUrl });
    const picture = el.shadowRoot!.querySelector<HTMLImageElement>('.picture')!;
    if (!picture.complete) await new Promise((resolve) => picture.addEventListener('load', resolve, { once: true }));
    expect(el.quiz?.id).to.equal('meeting-room');
    expect(fetches(quizUrl), 'the quiz file').to.equal(1);
    expect(fetches(pictureUrl), 'the picture').to.equal(1);
  });
});
