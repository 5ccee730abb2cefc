import { expect } from '@open-wc/testing';
import { parseQuiz, type Quiz } from '../../src/quiz/schema.js';
import { resultPage, type KitOptions } from '../../scripts/share-kit/page.js';

// A share-kit page as each engine reads it: the generator's real output, parsed by the browser's HTML parser, then
// loaded as a document of its own (a blob: URL of the test's origin, so the test can read it) that must forward to
// the owner's page. The quiz is the hostile one: quotes, <, &, </title>, newlines, bidi overrides in its texts.

const landing = new URL('/test/fixtures/share-kit-landing.html?from=kit', location.href);

async function hostileQuiz(): Promise<Quiz> {
  const response = await fetch('/test/fixtures/share-kit-hostile.json');
  const result = parseQuiz(await response.json());
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.quiz;
}

const options = (quiz: Quiz, lang: KitOptions['lang']): KitOptions => ({
  quiz,
  page: landing,
  sharePattern: 'https://coop.example/quiz/r/{quiz}-{chair}.html',
  lang,
  digits: 'latn',
  owner: 'تعاونية "الأمل" <b>',
});

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

/** Loads `html` in an iframe; resolves with the frame once its first document has loaded. */
function frame(html: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  return new Promise((resolve) => {
    iframe.addEventListener('load', () => resolve(iframe), { once: true });
    iframe.src = url;
    document.body.append(iframe);
  });
}

async function until(check: () => unknown, what: string) {
  for (let i = 0; i < 250 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check(), what).to.be.ok;
}

describe('share-kit page in the browser', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('reads its hostile texts back as text in the title and every tag, with no script or extra element', async () => {
    const quiz = await hostileQuiz();
    const doc = parse(resultPage(options(quiz, 'ar'), quiz.chairs[0]));
    expect(doc.title).to.equal('اخترتُ الكرسي 1: </title><script>alert(3)</script>');
    expect(meta(doc, 'og:title')).to.equal(doc.title);
    expect(meta(doc, 'og:description')).to.equal('سطر جديد \u202eمعكوس\u202c و"اقتباس" & <i>');
    expect(meta(doc, 'og:site_name')).to.equal('تعاونية "الأمل" <b>');
    expect(meta(doc, 'og:image')).to.equal('https://coop.example/quiz/r/share-kit-hostile-1.png');
    expect(meta(doc, 'og:url')).to.equal('https://coop.example/quiz/r/share-kit-hostile-1.html');
    expect(meta(doc, 'twitter:card')).to.equal('summary_large_image');
    expect(doc.documentElement.lang).to.equal('ar');
    expect(doc.documentElement.dir).to.equal('rtl');
    expect(doc.querySelectorAll('script, i, b, iframe, link, object, embed, form')).to.have.length(0);
    expect(doc.querySelector('h1')?.textContent).to.equal(doc.title);
    expect(
      [...doc.querySelectorAll('[href], [src]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src')),
    ).to.deep.equal(['share-kit-hostile-1.png', `${landing.href}#coop-chair-quiz=share-kit-hostile:1`]);
  });

  it('forwards the visitor to the owner page on that result, by its refresh alone', async () => {
    const quiz = await hostileQuiz();
    const iframe = await frame(resultPage(options(quiz, 'fr'), quiz.chairs[1]));
    await until(() => {
      try {
        return iframe.contentWindow?.location.pathname === landing.pathname;
      } catch {
        return false;
      }
    }, 'the page forwards to the landing page');
    expect(iframe.contentWindow!.location.href).to.equal(`${landing.href}#coop-chair-quiz=share-kit-hostile:2`);
  });

  it('applies its own style under its own CSP, runs nothing, and offers the forward as a link', async () => {
    const quiz = await hostileQuiz();
    // The same page without its refresh, so that it stays to be looked at.
    const html = resultPage(options(quiz, 'ar'), quiz.chairs[0]).replace(/<meta http-equiv="refresh"[^>]*>/, '');
    const iframe = await frame(html);
    const doc = iframe.contentDocument!;
    expect(doc.title).to.equal('اخترتُ الكرسي 1: </title><script>alert(3)</script>');
    expect(doc.scripts).to.have.length(0);
    // 40rem of 16 px: the style's hash in the CSP matches the style, or the browser would have blocked it.
    expect(getComputedStyle(doc.body).maxWidth).to.equal('640px');
    const link = doc.querySelector('main a') as HTMLAnchorElement;
    expect(link.href).to.equal(`${landing.href}#coop-chair-quiz=share-kit-hostile:1`);
    expect(link.textContent).to.equal('اختر كرسيّك في الاختبار');
  });
});
