// Browser tests in real engines: Debian's Chromium, Firefox ESR and WebKit (MiniBrowser through
// WebKitWebDriver under Xvfb). `npm run test:browser` runs all three; BROWSERS=chromium (comma list) picks some.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { mkdirSync } from 'node:fs';
import * as puppeteerCore from 'puppeteer-core';
import { e2eServerMiddleware } from './scripts/wtr-e2e-server.mjs';
import { vendorMiddleware } from './scripts/wtr-vendor.mjs';
import { emulateMediaFeaturesPlugin } from './scripts/wtr-media.mjs';
import { webkitLauncher } from './scripts/wtr-webkit.mjs';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';

const chromiumArgs = [...CHROMIUM_ARGS, '--headless'];

// Firefox needs a writable home or it hangs for 30 s and fails.
const home = new URL('./.browser-home/', import.meta.url).pathname;
for (const dir of ['config', 'cache', 'data']) mkdirSync(`${home}${dir}`, { recursive: true });
process.env.XDG_CONFIG_HOME = `${home}config`;
process.env.XDG_CACHE_HOME = `${home}cache`;
process.env.XDG_DATA_HOME = `${home}data`;

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: chromiumArgs,
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  webkit: () => webkitLauncher(),
};

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map((b) => b.trim())
  .filter(Boolean);

export default {
  rootDir: '.',
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  middleware: [e2eServerMiddleware(), vendorMiddleware()],
  concurrency: 1,
  // One engine at a time: three browsers on two cores starve WebKit's WebDriver (navigation timeouts seen in CI).
  concurrentBrowsers: 1,
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  // Per test file. The layouts matrix takes about 70 s in WebKit alone here, and three times that late in a full run
  // (its web process grows past 1 GB): 300 s was outlasted in CI.
  testsFinishTimeout: 600_000,
  browsers: wanted.map((name) => {
    if (!launchers[name]) throw new Error(`unknown browser "${name}" in BROWSERS (chromium, firefox, webkit)`);
    return launchers[name]();
  }),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), emulateMediaFeaturesPlugin()],
  // The page the tests run in is pinned the way a Moroccan cooperative page would be: Arabic, right to left.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="ar" dir="rtl">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  testFramework: { config: { timeout: 20_000, ...(process.env.MOCHA_GREP ? { grep: process.env.MOCHA_GREP } : {}) } },
};
