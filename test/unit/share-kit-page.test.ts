import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQuiz, type Quiz } from '../../src/quiz/schema.js';
import {
  checkSharePattern,
  defaultSharePattern,
  escapeHtml,
  fillSharePattern,
  forwardUrl,
  httpUrl,
  KitError,
  kitReadme,
  oneLine,
  resultPage,
  STYLE,
  STYLE_HASH,
  type KitOptions,
} from '../../scripts/share-kit/page.js';

const load = (path: string): Quiz => {
  const result = parseQuiz(JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.quiz;
};
const hostile = load('../fixtures/share-kit-hostile.json');
const room = load('../../quizzes/meeting-room.json');

const options = (quiz: Quiz, more: Partial<KitOptions> = {}): KitOptions => ({
  quiz,
  page: new URL('https://coop.example/quiz/'),
  sharePattern: 'https://coop.example/quiz/r/{quiz}-{chair}.html',
  lang: 'ar',
  digits: 'latn',
  ...more,
});

/** The value of every `<meta property|name="key" content="…">`, unescaped, by key. */
function metaTags(html: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const [, key, value] of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)" \/>/g))
    tags[key] = value
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return tags;
}

describe('share-kit page', () => {
  it('gives a chair of the meeting room its own title, preview tags and a forward to the owner page on that result', () => {
    const html = resultPage(options(room), room.chairs[4]);
    const tags = metaTags(html);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<title>اخترتُ الكرسي 5: روح الفريق</title>');
    expect(tags['og:title']).toBe('اخترتُ الكرسي 5: روح الفريق');
    expect(tags['og:description']).toBe('طاقة معدية تجعل الاجتماع موعدًا يُنتظَر.'); // the chair's headline
    expect(tags['og:image']).toBe('https://coop.example/quiz/r/meeting-room-5.png');
    expect(tags['og:image:width']).toBe('1200');
    expect(tags['og:image:height']).toBe('630');
    expect(tags['og:url']).toBe('https://coop.example/quiz/r/meeting-room-5.html');
    expect(tags['og:type']).toBe('website');
    expect(tags['og:locale']).toBe('ar_AR');
    expect(tags['twitter:card']).toBe('summary_large_image');
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=https://coop.example/quiz/#coop-chair-quiz=meeting-room:5" />',
    );
    expect(html).toContain('<a href="https://coop.example/quiz/#coop-chair-quiz=meeting-room:5">');
  });

  it('uses the chair headline for og:description when the quiz has one, in the language it is written in', () => {
    const chair = { ...room.chairs[4], headline: { ar: '\u200fتقود بالحماس.' } };
    const html = resultPage(options(room, { lang: 'fr' }), chair);
    expect(metaTags(html)['og:description']).toBe('\u200fتقود بالحماس.');
    expect(html).toContain('<p lang="ar" dir="rtl">\u200fتقود بالحماس.</p>');
  });

  it('writes a French page left to right, with French words, Arabic digits when asked, the owner as site name', () => {
    const html = resultPage(
      options(room, { lang: 'fr', digits: 'arab', owner: 'Coopérative "Atlas" & fils' }),
      room.chairs[4],
    );
    const tags = metaTags(html);
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(tags['og:title']).toBe('J’ai choisi la chaise ٥\u00a0: L’esprit d’équipe');
    expect(tags['og:locale']).toBe('fr_FR');
    expect(tags['og:site_name']).toBe('Coopérative "Atlas" & fils');
    expect(html).toContain('content="Coopérative &quot;Atlas&quot; &amp; fils"');
    // The forward keeps Western digits: the component reads the number, not the text.
    expect(html).toContain('#coop-chair-quiz=meeting-room:5"');
  });

  it('isolates the chair title in the heading, marked with its own language when the quiz lacks the page language', () => {
    expect(resultPage(options(room), room.chairs[4])).toContain('<h1>اخترتُ الكرسي 5: <bdi>روح الفريق</bdi></h1>');
    const arabicOnly = { ...room.chairs[4], title: 'روح الفريق' };
    expect(resultPage(options(room, { lang: 'fr' }), arabicOnly)).toContain(
      '<h1>J’ai choisi la chaise 5\u00a0: <bdi lang="ar" dir="rtl">روح الفريق</bdi></h1>',
    );
  });

  it('says seat in a quiz of seats', () => {
    const html = resultPage(options({ ...room, noun: 'seat' }, { lang: 'en' }), room.chairs[0]);
    expect(metaTags(html)['og:title']).toBe('I picked seat 1: The Captain');
  });

  it('keeps hostile quiz texts as text: no tag, no script, no closed title, one line each', () => {
    for (const lang of ['ar', 'fr'] as const) {
      for (const chair of hostile.chairs) {
        const html = resultPage(options(hostile, { lang }), chair);
        expect(html).not.toMatch(/<script|<\/title>[^]*<\/title>|<i>|<b>/i);
        expect(html.match(/<title>/g)).toHaveLength(1);
        expect(html.match(/<meta /g)).toHaveLength(17);
        for (const value of Object.values(metaTags(html))) expect(value).not.toMatch(/[\n\r]/);
      }
    }
    const html = resultPage(options(hostile), hostile.chairs[0]);
    expect(html).toContain('<title>اخترتُ الكرسي 1: &lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt;</title>');
    expect(metaTags(html)['og:description']).toBe('سطر جديد \u202eمعكوس\u202c و"اقتباس" & <i>');
  });

  it('never takes a link from quiz text: a chair titled javascript: is only a title', () => {
    const html = resultPage(options(hostile), hostile.chairs[2]);
    const hrefs = [...html.matchAll(/(?:href="|url=)([^"\s]+)/g)].map((m) => m[1]);
    expect(hrefs).toEqual([
      'https://coop.example/quiz/#coop-chair-quiz=share-kit-hostile:3',
      'https://coop.example/quiz/#coop-chair-quiz=share-kit-hostile:3',
    ]);
  });

  it('escapes the owner page URL in the refresh and the link: a query with & and a quote stays one URL', () => {
    const page = new URL("https://coop.example/quiz/?lang=ar&from='kit'");
    const html = resultPage(options(room, { page }), room.chairs[0]);
    const forward = 'https://coop.example/quiz/?lang=ar&amp;from=%27kit%27#coop-chair-quiz=meeting-room:1';
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${forward}" />`);
    expect(html).toContain(`<a href="${forward}">`);
  });

  it('loads nothing but its own picture: one img, no script, link or iframe, a CSP that allows only self images', () => {
    const html = resultPage(options(room), room.chairs[0]);
    expect(html.match(/<img /g)).toHaveLength(1);
    expect(html).toContain('<img src="meeting-room-1.png"');
    expect(html).not.toMatch(/<(script|link|iframe|object|embed|form)\b/);
    expect(html).toContain(
      `content="default-src 'none'; img-src 'self'; style-src '${STYLE_HASH}'; base-uri 'none'; form-action 'none'"`,
    );
  });

  it('allows its one style by the hash of its exact text', () => {
    expect(STYLE_HASH).toBe(`sha256-${createHash('sha256').update(STYLE).digest('base64')}`);
  });
});

describe('share-kit escaping', () => {
  it.each([
    ['"><script>alert(1)</script>', '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
    ["it's & <b>", 'it&#39;s &amp; &lt;b&gt;'],
    ['&amp;', '&amp;amp;'],
    ['روح الفريق', 'روح الفريق'],
  ])('escapes %j as %j', (text, escaped) => expect(escapeHtml(text)).toBe(escaped));

  it('puts a text on one line, without control characters, keeping bidi marks', () => {
    expect(oneLine(' a\n\tb\r\n c\u0000\u0007 \u200f\u202e ')).toBe('a b c \u200f\u202e');
  });
});

describe('share-kit URLs', () => {
  it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://x/', '/quiz/', 'coop.example'])(
    'refuses %j as the page',
    (value) => expect(() => httpUrl(value, '--page')).toThrow(KitError),
  );

  it('refuses a page URL with a password, which every page would publish', () => {
    expect(() => httpUrl('https://me:secret@coop.example/', '--page')).toThrow(/user name or password/);
  });

  it('fills every {quiz} and {chair} of the pattern and nothing else', () => {
    expect(fillSharePattern('https://x/{quiz}/{quiz}-{chair}.html?c={chair}&{other}', 'room', 12)).toBe(
      'https://x/room/room-12.html?c=12&{other}',
    );
  });

  it.each([
    'https://coop.example/r/{quiz}-{chair}.html',
    'https://coop.example/r/{quiz}-{chair}',
    'http://coop.example/{quiz}-{chair}.html?v=2',
  ])('accepts the pattern %j', (pattern) => expect(checkSharePattern(pattern)).toBe(pattern));

  it.each([
    'javascript:{quiz}-{chair}.html',
    'https://coop.example/r/{chair}.html',
    'https://coop.example/r/{quiz}/{chair}.html',
    'https://coop.example/r/page.html',
    '//coop.example/{quiz}-{chair}.html',
  ])('refuses the pattern %j', (pattern) => expect(() => checkSharePattern(pattern)).toThrow(KitError));

  it('puts the pages beside the owner page by default', () => {
    expect(defaultSharePattern(new URL('https://coop.example/quiz/play.html?x=1#top'))).toBe(
      'https://coop.example/quiz/{quiz}-{chair}.html',
    );
  });

  it('forwards to the page with the result fragment in place of its own', () => {
    expect(forwardUrl(new URL('https://coop.example/q?lang=fr#top'), 'meeting-room', 3)).toBe(
      'https://coop.example/q?lang=fr#coop-chair-quiz=meeting-room:3',
    );
    expect(() => forwardUrl(new URL('https://coop.example/'), 'bad id', 3)).toThrow(KitError);
  });
});

describe('share-kit README', () => {
  it('lists every file, the share-url to set and the question tags for the owner page, escaped', () => {
    const readme = kitReadme(options(hostile, { lang: 'fr' }));
    for (const file of ['share-kit-hostile-1.html', 'share-kit-hostile-3.png', 'share-kit-hostile.png'])
      expect(readme).toContain(`     ${file}\n`);
    expect(readme).toContain('share-url="https://coop.example/quiz/r/{quiz}-{chair}.html"');
    expect(readme).toContain(
      '<meta property="og:image" content="https://coop.example/quiz/r/share-kit-hostile.png" />',
    );
    expect(readme).toContain('<meta property="og:title" content="L’équipe &amp; « nous »" />');
    expect(readme).toContain('content="Quelle chaise\u00a0? &quot;quoted&quot; &amp; &lt;b&gt;"');
  });
});
