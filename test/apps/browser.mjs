// Real Chromium (Debian's, through puppeteer-core; flags from docs TOOLCHAIN) on an app's built files, served by
// Vite's own preview server on a port of this test's range (9000-9099).
import puppeteer from 'puppeteer-core';
import { createServer, preview } from 'vite';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

export const launchChromium = () =>
  puppeteer.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });

/** Serves `dir/dist` at http://127.0.0.1:`port`/. Returns the server (`.close()`) and its URL. */
export async function serveBuilt(dir, port) {
  const server = await preview({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return { server, url: `http://127.0.0.1:${port}/` };
}

/** Serves the app in `dir` from source with Vite's dev server, as `npm run dev` does. */
export async function serveDev(dir, port) {
  const server = await createServer({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port, strictPort: true },
  });
  await server.listen();
  return { server, url: `http://127.0.0.1:${port}/` };
}

/** Opens `url` in a new page and records every page error, console error and failed request it causes. */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  page.on(
    'response',
    (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`),
  );
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/** Waits until the quiz element `selector` shows `chairs` chairs; returns its question's text. */
export async function waitForQuiz(page, selector, chairs) {
  await page.waitForFunction(
    (sel, n) => document.querySelector(sel)?.shadowRoot?.querySelectorAll('[role="radio"]').length === n,
    { timeout: 15000 },
    selector,
    chairs,
  );
  return page.evaluate(
    (sel) => document.querySelector(sel).shadowRoot.querySelector('[part="question"]')?.textContent.trim(),
    selector,
  );
}

/** Clicks chair `number` of the quiz `selector` with the mouse, and waits for its result card. */
export async function clickChair(page, selector, number) {
  const chair = await page.evaluateHandle(
    (sel, n) => document.querySelector(sel).shadowRoot.querySelector(`[role="radio"][data-number="${n}"]`),
    selector,
    number,
  );
  await chair.click();
  await page.waitForFunction(
    (sel) => document.querySelector(sel).shadowRoot.querySelector('[part="result"]'),
    { timeout: 5000 },
    selector,
  );
}

export const textOf = (page, selector) => page.$eval(selector, (el) => el.textContent.trim());
