import { expect } from '@open-wc/testing';
import { addQuiz, cleanup } from './helpers.js';

// The meeting room, with its picture at an address no other test uses: a picture already in the browser's memory cache
// (Firefox, after the other test files) is not fetched again. `count` asks the test server to count the requests
// (scripts/wtr-e2e-server.mjs).
const quizUrl = new URL('../fixtures/preload-room.json?count', import.meta.url).href;
const pictureUrl = new URL('../../quizzes/meeting-room.svg?preload-test&count', import.meta.url).href;

/** A preload hint as the README's recommended snippet writes it; resolves once the browser has fetched it. */
function preload(href: string, as: string) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = as;
  link.href = href;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  links.push(link);
  return loaded;
}
const links: HTMLLinkElement[] = [];

/**
 * How many requests for a URL the server has received so far. A preload the component uses is one request; an unused
 * one makes two, unless the browser's HTTP cache answers the second (see the test). What the server receives is what
 * a visitor downloads, whatever a browser lists in Resource Timing.
 */
async function received(url: string) {
  const { pathname, search } = new URL(url);
  const answer = await fetch(`/test/e2e/server/received?url=${encodeURIComponent(pathname + search)}`);
  return ((await answer.json()) as { count: number }).count;
}

describe('<coop-chair-quiz>: the recommended snippet’s preload hints (issue 18)', () => {
  afterEach(() => {
    cleanup();
    links.splice(0).forEach((link) => link.remove());
  });

  it('uses the preloaded quiz file and picture: the server receives one request for each', async () => {
    // The hints as the README writes them for files of the page's own origin: neither has `crossorigin`.
    // One server for the three browsers, one after the other: count this browser's requests.
    const before = { quiz: await received(quizUrl), picture: await received(pictureUrl) };
    await Promise.all([preload(quizUrl, 'fetch'), preload(pictureUrl, 'image')]);
    const { el } = await addQuiz({ src: quizUrl });
    const picture = el.shadowRoot!.querySelector<HTMLImageElement>('.picture')!;
    if (!picture.complete) await new Promise((resolve) => picture.addEventListener('load', resolve, { once: true }));
    expect(el.quiz?.id).to.equal('meeting-room');
    expect(picture.currentSrc || picture.src).to.equal(pictureUrl);
    expect((await received(quizUrl)) - before.quiz, 'requests for the quiz file').to.equal(1);
    expect((await received(pictureUrl)) - before.picture, 'requests for the picture').to.equal(1);
    // A preload found but not used can still be one request to the server, when the browser's HTTP cache answers the
    // second fetch (Chromium does, for a hint whose credentials mode differs, and warns in the console). Resource
    // Timing lists each fetch: one entry when the preload is used.
    expect(performance.getEntriesByName(quizUrl, 'resource'), 'fetches of the quiz file').to.have.length(1);
  });
});
