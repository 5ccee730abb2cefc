// Screenshots of the built demo (dist/) for looking at the work: phone and desktop width, Arabic and French,
// question and result. Usage: npm run build && node scripts/screenshot.mjs [outDir] [chair]
// Serves dist/ itself on a free loopback port; uses Debian's Chromium (CHROME_PATH to override).
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = new URL('../dist/', import.meta.url).pathname;
const out = process.argv[2] ?? 'screenshots';
const chair = Number(process.argv[3] ?? 5);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'text/html' }).end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${server.address().port}/`;

await mkdir(out, { recursive: true });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
try {
  for (const [name, width] of [['phone', 360], ['desktop', 1100]]) {
    for (const lang of ['ar', 'fr']) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900, deviceScaleFactor: name === 'phone' ? 2 : 1 });
      await page.goto(`${base}?lang=${lang}${process.env.QUIZ ? `&quiz=${process.env.QUIZ}` : ''}`);
      await page.waitForFunction(() => document.querySelector('coop-chair-quiz')?.shadowRoot?.querySelector('[role="radio"]'));
      await page.evaluate(() => document.fonts.ready);
      await new Promise((r) => setTimeout(r, 300));
      await page.screenshot({ path: join(out, `${name}-${lang}-question.png`), fullPage: true });
      await page.evaluate((n) => document.querySelector('coop-chair-quiz').shadowRoot.querySelector(`[data-number="${n}"]`).click(), chair);
      await new Promise((r) => setTimeout(r, 400));
      const el = await page.$('coop-chair-quiz');
      await el.screenshot({ path: join(out, `${name}-${lang}-result.png`) });
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`screenshots in ${out}/`);
