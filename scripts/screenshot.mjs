// Screenshots of the built demo (dist/) for looking at the work: phone and desktop width, Arabic and French,
// question and result. Usage: npm run build && node scripts/screenshot.mjs [outDir] [chair]
// Serves dist/ itself on a free loopback port (scripts/static-server.mjs); uses Debian's Chromium (CHROME_PATH to override).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { serveStatic } from './static-server.mjs';
import { CHROMIUM_ARGS } from './chromium.mjs';

const root = new URL('../dist/', import.meta.url).pathname;
const out = process.argv[2] ?? 'screenshots';
const chair = Number(process.argv[3] ?? 5);
const server = await serveStatic({ fileFor: (path) => join(root, path) });
const base = `${server.origin}/`;

await mkdir(out, { recursive: true });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  for (const [name, width] of [
    ['phone', 360],
    ['desktop', 1100],
  ]) {
    for (const lang of ['ar', 'fr']) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900, deviceScaleFactor: name === 'phone' ? 2 : 1 });
      await page.goto(`${base}?lang=${lang}${process.env.QUIZ ? `&quiz=${process.env.QUIZ}` : ''}`);
      await page.waitForFunction(() =>
        document.querySelector('coop-chair-quiz')?.shadowRoot?.querySelector('[role="radio"]'),
      );
      await page.evaluate(() => document.fonts.ready);
      await new Promise((r) => setTimeout(r, 300));
      await page.screenshot({ path: join(out, `${name}-${lang}-question.png`), fullPage: true });
      await page.evaluate(
        (n) => document.querySelector('coop-chair-quiz').shadowRoot.querySelector(`[data-number="${n}"]`).click(),
        chair,
      );
      await new Promise((r) => setTimeout(r, 400));
      const el = await page.$('coop-chair-quiz');
      await el.screenshot({ path: join(out, `${name}-${lang}-result.png`) });
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${out}/`);
