#!/usr/bin/env node
// npm run share-kit -- <quiz.json> --page <owner's quiz page URL> --out <folder> [--share-url <pattern>]
//   [--lang ar|fr|en] [--digits latn|arab] [--owner "<name>"]
// Writes a share kit for a quiz (docs/share-kit.md): for each chair a static page <quiz>-<chair>.html with its own
// link-preview tags and a 1200 × 630 picture <quiz>-<chair>.png, which forwards visitors to the owner's quiz page on
// that result; <quiz>.png, the question, for the owner's own page; README.txt, what to upload and the share-url to
// set. The quiz is checked first with the validator of `npm run validate`; a quiz with problems is refused with
// them listed, and nothing is written. Exit status 1 for a quiz with problems, 2 for a wrong command line.
// Runs the TypeScript sources through Vite's module runner (no build step) and draws the pictures in Debian's
// headless Chromium (CHROME_PATH to override).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { startPictureMaker } from './share-kit/pictures.mjs';

const root = new URL('..', import.meta.url).pathname;
const load = (file) => runnerImport(join(root, file), { logLevel: 'silent', configFile: false }).then((r) => r.module);
const [kit, { checkQuizFile }, { chooseLang, reportLines }, { parseQuiz }] = await Promise.all([
  load('scripts/share-kit/page.ts'),
  load('scripts/validate-quiz.ts'),
  load('scripts/validate-report.ts'),
  load('src/quiz/schema.ts'),
]);

const USAGE =
  'usage: npm run share-kit -- <quiz.json> --page <quiz page URL> --out <folder> [--share-url <pattern>] [--lang ar|fr|en] [--digits latn|arab] [--owner "<name>"]';

function fail(message) {
  console.error(`share-kit: ${message}\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      page: { type: 'string' },
      out: { type: 'string' },
      'share-url': { type: 'string' },
      lang: { type: 'string' },
      digits: { type: 'string' },
      owner: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(error.message);
}
const { values, positionals } = args;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail(`expected one quiz file, got ${positionals.length}`);
if (!values.page) fail('--page is required: the address of your page that shows the quiz');
if (!values.out) fail('--out is required: the folder to write the kit to');
if (values.lang !== undefined && !['ar', 'fr', 'en'].includes(values.lang))
  fail(`--lang: expected ar, fr or en, got ${JSON.stringify(values.lang)}`);
if (values.digits !== undefined && !['latn', 'arab'].includes(values.digits))
  fail(`--digits: expected latn or arab, got ${JSON.stringify(values.digits)}`);
const owner = values.owner === undefined ? undefined : kit.oneLine(values.owner);
if (values.owner !== undefined && !owner) fail('--owner: expected a name');

let page;
let sharePattern;
try {
  page = kit.httpUrl(values.page, '--page');
  sharePattern = values['share-url'] ? kit.checkSharePattern(values['share-url']) : kit.defaultSharePattern(page);
} catch (error) {
  if (error instanceof kit.KitError) fail(error.message);
  throw error;
}

// Paths from the folder the command was run in (npm runs scripts from the project root and says where in INIT_CWD).
const cwd = process.env.INIT_CWD || process.cwd();
const file = resolve(cwd, positionals[0]);
const out = resolve(cwd, values.out);
const shown = (path) => (relative(cwd, path).startsWith('..') ? path : relative(cwd, path) || '.');
const problems = await checkQuizFile(file, { cwd });
if (problems.some((p) => !p.warning)) {
  for (const line of reportLines(shown(file), problems, chooseLang(values.lang))) console.error(line);
  console.error(`share-kit: ${shown(file)} has problems (see docs/authoring.md); nothing was written`);
  process.exit(1);
}
const parsed = parseQuiz(JSON.parse(await readFile(file, 'utf8')));
if (!parsed.ok) {
  for (const line of parsed.problems) console.error(line);
  process.exit(1);
}
const { quiz } = parsed;
const lang = values.lang ?? (['ar', 'fr', 'en'].includes(quiz.lang.split('-')[0]) ? quiz.lang.split('-')[0] : 'ar');
const options = { quiz, page, sharePattern, lang, digits: values.digits ?? 'latn', owner };
// A quiz without texts in the kit's language gives pages in its own language under that language's words and tags.
const titleLang = kit.chairTexts(options, quiz.chairs[0]).title.lang.split('-')[0];
if (titleLang !== lang)
  console.warn(`share-kit: the quiz has no ${lang} texts: its ${titleLang} texts are used, in pages marked ${lang}`);

// Every file is made in memory first: a failure (a picture that cannot be drawn) leaves the folder as it was.
const files = new Map();
for (const chair of quiz.chairs)
  files.set(kit.chairFile(quiz.id, chair.number, 'html'), kit.resultPage(options, chair));
files.set('README.txt', kit.kitReadme(options));

// The room picture from the quiz's folder (the validator has checked it is there); a data: URL as it is.
const src = quiz.image.src;
const picture = src.startsWith('data:') ? src : /^https?:/i.test(src) ? undefined : resolve(dirname(file), src);
if (!picture)
  console.warn(`share-kit: the room picture is on another site (${src}); the pictures are drawn without it`);
const maker = await startPictureMaker({ quizFolder: dirname(file) });
try {
  for (const chair of quiz.chairs) {
    const { png, room } = await maker.draw({ ...kit.chairPicture(options, chair), picture });
    if (picture && !room) console.warn(`share-kit: chair ${chair.number}: the room picture could not be drawn`);
    files.set(kit.chairFile(quiz.id, chair.number, 'png'), png);
  }
  const { png } = await maker.draw({ ...kit.questionPicture(options), picture });
  files.set(kit.questionFile(quiz.id), png);
} finally {
  await maker.close();
}

// WhatsApp is reported to show no picture in a preview when og:image is over about 300 kB (guides say 300 to
// 600 kB); a drawn room is about 200 kB, a photo of a room can be several times that.
const WHATSAPP_IMAGE_BYTES = 300_000;
const heavy = [...files].filter(([name, content]) => name.endsWith('.png') && content.length > WHATSAPP_IMAGE_BYTES);
for (const [name, content] of heavy)
  console.warn(
    `share-kit: ${name} is ${Math.round(content.length / 1000)} kB: WhatsApp may show no picture over 300 kB`,
  );
if (heavy.length)
  console.warn('share-kit: pngquant makes them smaller: pngquant --skip-if-larger --ext .png --force <folder>/*.png');

await mkdir(out, { recursive: true });
for (const [name, content] of files) await writeFile(join(out, name), content);
console.log(
  `share-kit: ${files.size} files in ${shown(out)}: ${quiz.chairs.length} pages and ${quiz.chairs.length + 1} pictures for ${quiz.id}, README.txt`,
);
console.log(`share-kit: upload them to ${new URL('./', kit.fillSharePattern(sharePattern, quiz.id, 1)).href}`);
console.log(`share-kit: then give the quiz share-url="${sharePattern}"`);
