#!/usr/bin/env node
// npm run size: the script-tag build's weight, minified + gzipped (level 9), against its budget. Fails (exit 1)
// when a file grows past it. Run after `npm run build`.
//
// The budgets are what the features cost today plus a little headroom, not a wish. Issue 7 asked for 16 kB for
// everything an Arabic page loads; the script is 17.2 kB: Lit (6 kB) is fixed, and the rest is the component (see
// the README, "Performance", for what each part costs). In December 2026 our own msg() replaced @lit/localize's
// runtime (-0.48 kB), and the layouts and Trusted Types work (the sizer, the second-Lit guard and its stand-in,
// +0.53 kB) and the element's controllers (+0.2 kB: their public member names cannot be minified) came in; issue
// 18 caps the script at 18 kB while later features come. zod is not in it: it loads only to explain a broken quiz
// file (coop-chair-quiz-explain.js). The quiz's `noun` (issue 17) added 98 B: the seat and place sentences are a
// chunk of their own (0.8 kB) loaded only for quizzes that use them; the script has the loader and the msg() hook.
// The share controls and texts of issue 16 (2.8 kB) are a file of their own, loaded when the browser is idle after the
// first render, and the share picture maker (1.9 kB) one loaded only when asked: the script lost 0.45 kB (the old
// share buttons went with them). Their strings made the French translation 1.57 kB: budget 1.75 kB.
// The phone-first result of issue 15 (headline, tip call-out, disclosure, trait scales, Arabic faces and size, the
// result column kept on desktop) and the owner's links cost +0.9 kB: the script is at issue 18's cap of 18 kB
// (17.89 kB). A friend's link (the invitation and the comparison, with their styles) is a file of its own (1.5 kB)
// loaded only on a page opened from such a link. The new strings of both issues make French 1.8 kB: budget 2 kB.
// Lower a budget whenever a file shrinks; raise one only with a reason in the commit.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

export const BUDGET = {
  'coop-chair-quiz.js': 18 * 1024, // everything an Arabic page loads: issue 18's cap
  'coop-chair-quiz-explain.js': 11 * 1024, // zod and the schema, loaded only to explain a broken quiz file
  'coop-chair-quiz-share.js': 3 * 1024, // the share controls and texts, loaded once the chairs are usable
  'coop-chair-quiz-share-picture.js': 2.5 * 1024, // the share picture maker, loaded only when a visitor asks for it
  'coop-chair-quiz-friend.js': 1.75 * 1024, // a friend's link: the invitation and the comparison
  translation: 2 * 1024, // each lazily loaded translation (French, English)
};

const dist = new URL('../dist/', import.meta.url);
const gz = async (name) => gzipSync(await readFile(new URL(name, dist)), { level: 9 }).length;
const kB = (n) => `${(n / 1024).toFixed(2)} kB`;

const files = (await readdir(dist)).filter((n) => /^coop-chair-quiz.*\.js$/.test(n)).sort();
const rows = [];
let over = 0;
for (const name of files) {
  const size = await gz(name);
  const budget = BUDGET[name] ?? BUDGET.translation;
  const ok = size <= budget;
  if (!ok) over++;
  rows.push(`${ok ? 'ok  ' : 'OVER'}  ${name.padEnd(36)} ${kB(size).padStart(9)}  (budget ${kB(budget)})`);
}
// Every file stands alone: a static import of coop-chair-quiz.js from a chunk would load a second copy of it on
// pages that add a query string to the script URL (WordPress's `?ver=`).
for (const name of files) {
  const code = await readFile(new URL(name, dist), 'utf8');
  if (/^\s*import[\s{]/m.test(code.slice(0, 2000)) || /from\s*["'`]\.\//.test(code)) {
    rows.push(`OVER  ${name} imports another file statically: it must be one self-contained module`);
    over++;
  }
}
console.log(rows.join('\n'));
if (over) {
  console.error(`\n${over} size problem(s). See scripts/size.mjs.`);
  process.exit(1);
}
