// Screenshots of the built demo (dist/) for looking at the work: a 360 × 780 phone (touch, 2× pixels) and a desktop,
// Arabic, French and English, the question and a result, plus the phone in dark mode and with Arabic-Indic digits.
// Usage: npm run build && node scripts/screenshot.mjs [outDir] [chair]   (QUIZ=assembly-hall for the other quiz)
// Serves dist/ itself on a free loopback port (scripts/static-server.mjs); uses Debian's Chromium (CHROME_PATH to
// override). For the fonts visitors' phones have, install Debian's fonts-noto-core first.
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

const PHONE = { width: 360, height: 780, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESKTOP = { width: 1100, height: 900, deviceScaleFactor: 1 };
const shots = [
  ['phone', PHONE, 'ar', {}],
  ['phone', PHONE, 'fr', {}],
  ['phone', PHONE, 'en', {}],
  ['phone-dark', PHONE, 'ar', { dark: true }],
  ['phone-digits', PHONE, 'ar', { digits: 'arab' }],
  ['desktop', DESKTOP, 'ar', {}],
  ['desktop', DESKTOP, 'fr', {}],
];

await mkdir(out, { recursive: true });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  for (const [name, viewport, lang, { dark, digits }] of shots) {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    if (dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const query = new URLSearchParams({
      lang,
      ...(digits ? { digits } : {}),
      ...(process.env.QUIZ ? { quiz: process.env.QUIZ } : {}),
    });
    await page.goto(`${base}?${query}`);
    await page.waitForFunction(() =>
      document.querySelector('coop-chair-quiz')?.shadowRoot?.querySelector('[role="radio"]'),
    );
    await page.evaluate(() => document.fonts.ready);
    await new Promise((r) => setTimeout(r, 300));
    await page.screenshot({ path: join(out, `${name}-${lang}-question.png`), fullPage: true });
    // A tap where a finger would land, so the page sees a pointer, not a script.
    const target = await page.evaluateHandle(
      (n) => document.querySelector('coop-chair-quiz').shadowRoot.querySelector(`[data-number="${n}"]`),
      chair,
    );
    await target.asElement().click();
    await new Promise((r) => setTimeout(r, 600));
    // What the visitor sees right after the pick (the page scrolls the result heading into view), and the whole card.
    await page.screenshot({ path: join(out, `${name}-${lang}-result-screen.png`) });
    const el = await page.$('coop-chair-quiz');
    await el.screenshot({ path: join(out, `${name}-${lang}-result.png`) });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${out}/`);
