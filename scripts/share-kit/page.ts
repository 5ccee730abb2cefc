/**
 * The share kit's pages, as strings: for each chair a small static HTML page with its own link-preview tags
 * (og:title, og:description, og:image…) that forwards a visitor to the owner's quiz page on that result, and the
 * README that says what to upload. Pure functions, no Node API: vitest checks them in Node and a browser test loads
 * their output in three engines. `npm run share-kit` (scripts/share-kit.mjs) writes them to files.
 *
 * Everything from the quiz file is text: it is escaped for the place it goes (element, attribute); URLs are built
 * only from the owner's `--page` and `--share-url` (http(s) only), the quiz id (its pattern) and the chair number.
 */
import { resultLink } from '../../src/share.js';
import { directionOf, pickText, type ShownText } from '../../src/text.js';
import { formatChairNumber, type Digits } from '../../src/numbers.js';
import { ID_PATTERN, type Chair, type Quiz } from '../../src/quiz/schema.js';
import { kitWords, OG_LOCALE, type KitLang } from './words.js';

/** The size link previews want: Facebook's and X's large card is 1.91:1, 1200 × 630 px. */
export const PICTURE_WIDTH = 1200;
export const PICTURE_HEIGHT = 630;

/** A wrong option or pattern: the command prints the message and writes nothing. */
export class KitError extends Error {}

/** Escapes text for an HTML element or a double-quoted attribute: it can never close the tag or open another. */
export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/**
 * A quiz text on one line, for a tag: white space (newlines included) collapsed to one space, and the control
 * characters HTML forbids removed. Bidi marks (U+200F…) are text and stay.
 */
export const oneLine = (text: string): string =>
  text
    // eslint-disable-next-line no-control-regex -- these are exactly the characters removed
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
    .replace(/[^\S\u00a0\u202f]+/g, ' ')
    .trim();

/** `value` as an absolute http(s) URL without user name or password (it will be published), or a KitError. */
export function httpUrl(value: string, option: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new KitError(`${option}: expected an absolute http(s) URL, got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new KitError(`${option}: only http and https URLs are allowed, got ${JSON.stringify(value)}`);
  if (url.username || url.password)
    throw new KitError(`${option}: a URL with a user name or password would be published in every page; remove it`);
  return url;
}

/** The name the kit gives a chair's page (`meeting-room-5.html`) and picture (`meeting-room-5.png`). */
export const chairFile = (quizId: string, chair: number, ext: 'html' | 'png') => `${quizId}-${chair}.${ext}`;
/** The picture of the question, for the owner's own page: `meeting-room.png`. */
export const questionFile = (quizId: string) => `${quizId}.png`;

/**
 * The share-url rule, the same as the element's `share-url` attribute: `{quiz}` becomes the quiz id and `{chair}`
 * the chair number (Western digits), every occurrence, nothing else changes. Both are URL-safe as they are.
 */
export const fillSharePattern = (pattern: string, quizId: string, chair: number): string =>
  pattern.replaceAll('{quiz}', quizId).replaceAll('{chair}', String(chair));

/**
 * Checks a `--share-url` pattern: it must end with `{quiz}-{chair}.html` (or `{quiz}-{chair}`, for hosts that serve
 * pages without the extension), so that each page is the file the kit wrote and its picture lies beside it; and the
 * filled URL must be http(s).
 */
export function checkSharePattern(pattern: string): string {
  const path = pattern.split(/[?#]/)[0];
  if (!/\{quiz\}-\{chair\}(\.html)?$/.test(path))
    throw new KitError(
      `--share-url: expected a URL ending with {quiz}-{chair}.html, such as https://coop.example/quiz/r/{quiz}-{chair}.html, got ${JSON.stringify(pattern)}`,
    );
  httpUrl(fillSharePattern(pattern, 'quiz', 1), '--share-url');
  return pattern;
}

/** Without `--share-url`: the pages beside the owner's quiz page (`https://coop.example/quiz/{quiz}-{chair}.html`). */
export function defaultSharePattern(page: URL): string {
  const folder = new URL('./', page);
  return `${folder.origin}${folder.pathname}{quiz}-{chair}.html`;
}

export interface KitOptions {
  quiz: Quiz;
  /** The owner's quiz page, where visitors are sent (http(s)). */
  page: URL;
  /** Where the pages will live, with `{quiz}` and `{chair}`. */
  sharePattern: string;
  lang: KitLang;
  digits: Digits;
  /** The page owner's name (a cooperative), for og:site_name and the pictures. */
  owner?: string;
}

/** A chair's texts for its page, each in the language it is really in. */
export interface ChairTexts {
  number: string;
  title: ShownText;
  /** The chair's one-line headline; without one, the quiz's question, which invites the reader to play. */
  description: ShownText;
  /** The page's title and og:title: "اخترتُ الكرسي 5: روح الفريق". */
  heading: string;
}

export function chairTexts(
  { quiz, lang, digits }: Pick<KitOptions, 'quiz' | 'lang' | 'digits'>,
  chair: Chair,
): ChairTexts {
  const pick = (value: Parameters<typeof pickText>[0]) => {
    const shown = pickText(value, lang, quiz.lang);
    return { text: oneLine(shown.text), lang: shown.lang };
  };
  const number = formatChairNumber(chair.number, lang, digits);
  const title = pick(chair.title);
  const description = pick(chair.headline ?? quiz.question);
  return { number, title, description, heading: kitWords(lang, quiz.noun).chose(number, title.text) };
}

/** The quiz page on this result: `<page>#coop-chair-quiz=<quiz>:<chair>`, from the validated id and number only. */
export function forwardUrl(page: URL, quizId: string, chair: number): string {
  if (!ID_PATTERN.test(quizId) || !Number.isInteger(chair) || chair < 1) throw new KitError('not a quiz id and chair');
  return resultLink(page.href, quizId, chair);
}

/**
 * The page's only style, allowed by its hash in the page's Content-Security-Policy (a unit test recomputes the
 * hash): the picture fits a phone's width, the text is readable at 16 px and above.
 */
export const STYLE =
  'body{margin:0 auto;max-width:40rem;padding:1rem;font:1.125rem/1.6 system-ui,"Noto Naskh Arabic","Noto Sans Arabic",sans-serif}img{display:block;width:100%;height:auto}a{font-weight:bold}';
export const STYLE_HASH = 'sha256-zVmapBsHK34K2CNCGWPm4mNkfVhJH0EbO5mrCwOMyyg=';

/**
 * What the page may load: its own picture, its one style; no script at all, no form, no base URL, no frame. The
 * refresh and the link still work (navigation is not a fetch).
 */
export const PAGE_CSP = `default-src 'none'; img-src 'self'; style-src '${STYLE_HASH}'; base-uri 'none'; form-action 'none'`;

/** `lang` and `dir` for an element whose text is in `textLang`, empty when the page's own language already says it. */
const langAttrs = (textLang: string, pageLang: string) =>
  textLang === pageLang ? '' : ` lang="${escapeHtml(textLang)}" dir="${directionOf(textLang)}"`;

/**
 * The heading as HTML: the page's words, and the chair's title isolated in a `<bdi>` (with its own `lang` and `dir`
 * when the quiz has no text in the page's language), so that a title in another script keeps its order and is read
 * in its language.
 */
function headingHtml(options: KitOptions, texts: ChairTexts): string {
  const [before, after] = kitWords(options.lang, options.quiz.noun).chose(texts.number, '\u0000').split('\u0000');
  const title = `<bdi${langAttrs(texts.title.lang, options.lang)}>${escapeHtml(texts.title.text)}</bdi>`;
  return `${escapeHtml(before)}${title}${escapeHtml(after ?? '')}`;
}

/** The static page of one chair: preview tags, then a page that forwards the visitor to the quiz on that result. */
export function resultPage(options: KitOptions, chair: Chair): string {
  const { quiz, page, sharePattern, lang, owner } = options;
  const words = kitWords(lang, quiz.noun);
  const texts = chairTexts(options, chair);
  const pageUrl = httpUrl(fillSharePattern(sharePattern, quiz.id, chair.number), '--share-url');
  const imageUrl = new URL(chairFile(quiz.id, chair.number, 'png'), pageUrl).href;
  const forward = forwardUrl(page, quiz.id, chair.number);
  const a = (text: string) => escapeHtml(oneLine(text));
  const meta = (kind: 'property' | 'name', key: string, value: string) =>
    `    <meta ${kind}="${key}" content="${a(value)}" />\n`;
  return `<!doctype html>
<html lang="${lang}" dir="${directionOf(lang)}">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>${a(texts.heading)}</title>
    <meta name="description" content="${a(texts.description.text)}" />
${meta('property', 'og:title', texts.heading)}${meta('property', 'og:description', texts.description.text)}${meta('property', 'og:image', imageUrl)}${meta('property', 'og:image:type', 'image/png')}${meta('property', 'og:image:width', String(PICTURE_WIDTH))}${meta('property', 'og:image:height', String(PICTURE_HEIGHT))}${meta('property', 'og:image:alt', `${texts.heading}. ${texts.description.text}`)}${meta('property', 'og:url', pageUrl.href)}${meta('property', 'og:type', 'website')}${meta('property', 'og:locale', OG_LOCALE[lang])}${owner ? meta('property', 'og:site_name', owner) : ''}${meta('name', 'twitter:card', 'summary_large_image')}    <meta http-equiv="refresh" content="0; url=${escapeHtml(forward)}" />
    <style>${STYLE}</style>
  </head>
  <body>
    <main>
      <img src="${chairFile(quiz.id, chair.number, 'png')}" width="${PICTURE_WIDTH}" height="${PICTURE_HEIGHT}" alt="" />
      <h1>${headingHtml(options, texts)}</h1>
      <p${langAttrs(texts.description.lang, lang)}>${escapeHtml(texts.description.text)}</p>
      <p>${escapeHtml(words.opening)} <a href="${escapeHtml(forward)}">${escapeHtml(words.pickYours)}</a></p>
    </main>
  </body>
</html>
`;
}

/** The files of a kit, by name, in the order the README lists them: each chair's page and picture, then the question's. */
export function kitFiles(quiz: Quiz): { pages: string[]; pictures: string[] } {
  const numbers = quiz.chairs.map((c) => c.number).sort((x, y) => x - y);
  return {
    pages: numbers.map((n) => chairFile(quiz.id, n, 'html')),
    pictures: [...numbers.map((n) => chairFile(quiz.id, n, 'png')), questionFile(quiz.id)],
  };
}

/** README.txt: what to upload where, the `share-url` to set, and the tags for the owner's own quiz page. */
export function kitReadme(options: KitOptions): string {
  const { quiz, page, sharePattern, lang } = options;
  const { pages, pictures } = kitFiles(quiz);
  const first = httpUrl(fillSharePattern(sharePattern, quiz.id, quiz.chairs[0].number), '--share-url');
  const folder = new URL('./', first).href;
  const title = oneLine(pickText(quiz.title, lang, quiz.lang).text);
  const question = oneLine(pickText(quiz.question, lang, quiz.lang).text);
  const tag = (key: string, value: string) => `  <meta property="${key}" content="${escapeHtml(value)}" />`;
  return `Share kit for the quiz ${JSON.stringify(title)} (${quiz.id}), made by npm run share-kit (coop-chair-quiz).

1. Upload every file of this folder (except this README) to ${folder}
   so that each chair's page is served at ${first.href} and so on:
${[...pages, ...pictures].map((f) => `     ${f}`).join('\n')}

2. On your quiz page, ${page.href}, give the quiz this share-url attribute, so that the share buttons post
   these pages (their previews show the chosen chair; a visitor lands on your page, on the question):

   <coop-chair-quiz share-url="${escapeHtml(sharePattern)}"></coop-chair-quiz>

3. Your quiz page's own preview: add these tags to its <head> (the picture of the question is ${questionFile(quiz.id)}):

${[
  tag('og:title', title),
  tag('og:description', question),
  tag('og:image', new URL(questionFile(quiz.id), first).href),
  tag('og:image:width', String(PICTURE_WIDTH)),
  tag('og:image:height', String(PICTURE_HEIGHT)),
  tag('og:url', page.href),
  tag('og:type', 'website'),
  tag('og:locale', OG_LOCALE[lang]),
  '  <meta name="twitter:card" content="summary_large_image" />',
].join('\n')}

Each page loads nothing but its own picture and runs no script: it forwards the visitor to
${page.href.replace(/#.*$/, '')}#coop-chair-quiz=${quiz.id}:<chair> with a refresh and a link.
After you change a quiz's texts, make the kit again and upload it again; Facebook keeps its previews for a while
(its Sharing Debugger fetches a page again).
`;
}

/**
 * What the picture maker (src/share-picture.ts) draws for a chair's preview: the room with the chair ringed, its
 * number and title, its headline, the question as the invitation, the owner's name. `picture` is filled in by the
 * command (a file of the quiz's folder).
 */
export function chairPicture(options: KitOptions, chair: Chair) {
  const { quiz, lang, owner } = options;
  const texts = chairTexts(options, chair);
  const headline = chair.headline && texts.description.text;
  return {
    width: PICTURE_WIDTH,
    height: PICTURE_HEIGHT,
    chairX: chair.x,
    chairY: chair.y,
    number: texts.number,
    title: texts.title.text,
    ...(headline ? { headline } : {}),
    question: oneLine(pickText(quiz.question, lang, quiz.lang).text),
    quiz: oneLine(pickText(quiz.title, lang, quiz.lang).text),
    ...(owner ? { owner } : {}),
    dark: false,
    dir: directionOf(lang),
    lang,
  };
}

/**
 * The question's picture, for the owner's own page: the room with no chair ringed, a "?" for the number, the quiz's
 * title and its question. The picture maker has no card without a chair (December 2026): its ring is put ten
 * pictures' widths off the card, where the canvas draws nothing.
 */
export function questionPicture(options: KitOptions) {
  const { quiz, lang, owner } = options;
  return {
    width: PICTURE_WIDTH,
    height: PICTURE_HEIGHT,
    chairX: -1000,
    chairY: -1000,
    number: lang === 'ar' ? '؟' : '?',
    title: oneLine(pickText(quiz.title, lang, quiz.lang).text),
    question: oneLine(pickText(quiz.question, lang, quiz.lang).text),
    ...(owner ? { owner } : {}),
    dark: false,
    dir: directionOf(lang),
    lang,
  };
}
