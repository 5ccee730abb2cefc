// The share pictures of a result, drawn by the built picture maker (dist/coop-chair-quiz-share-picture.js) in
// Debian's Chromium, written as PNG files to look at: Arabic, French, Arabic-Indic digits in dark mode, and the share
// kit's 1200 × 630 shape. Usage: npm run build && node scripts/share-pictures.mjs [outDir] [chair]
// (docs/images/ holds three of them: share-ar.png, share-fr.png, share-ar-dark.png.)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { serveStatic } from './static-server.mjs';
import { CHROMIUM_ARGS } from './chromium.mjs';

const root = new URL('../dist/', import.meta.url).pathname;
const out = process.argv[2] ?? 'screenshots';
const number = Number(process.argv[3] ?? 5);
const quiz = JSON.parse(await readFile(join(root, 'quizzes', 'meeting-room.json'), 'utf8'));
const chair = quiz.chairs.find((c) => c.number === number);
const pick = (text, lang) => (typeof text === 'string' ? text : (text[lang] ?? text[quiz.lang]));
// Until the quiz carries headlines, the first sentence of the description stands in for one.
const headline = (lang) => pick(chair.headline ?? chair.description, lang).split(/(?<=[.!؟?])\s/)[0];
const digits = (n, arab) => (arab ? new Intl.NumberFormat('ar', { numberingSystem: 'arab' }).format(n) : String(n));

const card = (lang, { dark = false, arab = false, width = 1080, height = 1350 } = {}) => ({
  width,
  height,
  picture: 'quizzes/meeting-room.svg',
  chairX: chair.x,
  chairY: chair.y,
  number: digits(number, arab),
  title: pick(chair.title, lang),
  headline: headline(lang),
  question: pick(quiz.question, lang),
  quiz: pick(quiz.title, lang),
  owner: lang === 'ar' ? 'تعاونية الأمل' : 'Coopérative Al Amal',
  dark,
  dir: lang === 'ar' ? 'rtl' : 'ltr',
  lang,
});
const pictures = {
  'share-ar.png': card('ar'),
  'share-fr.png': card('fr'),
  'share-ar-dark.png': card('ar', { dark: true, arab: true }),
  'share-en-kit.png': card('en', { width: 1200, height: 630 }),
  'share-ar-kit.png': card('ar', { width: 1200, height: 630, arab: true }),
};

const server = await serveStatic({ fileFor: (path) => join(root, path) });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  await mkdir(out, { recursive: true });
  const page = await browser.newPage();
  await page.goto(`${server.origin}/`);
  for (const [name, input] of Object.entries(pictures)) {
    const base64 = await page.evaluate(async (data) => {
      const { makeSharePicture } = await import('/coop-chair-quiz-share-picture.js');
      const { blob } = await makeSharePicture({ ...data, picture: new URL(data.picture, location.href).href });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (const b of bytes) text += String.fromCharCode(b);
      return btoa(text);
    }, input);
    await writeFile(join(out, name), Buffer.from(base64, 'base64'));
    console.log(
      `${join(out, name)}: ${input.width} × ${input.height}, ${Math.round((base64.length * 3) / 4 / 1024)} kB`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
