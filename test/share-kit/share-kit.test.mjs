// npm run test:share-kit — the share-kit command as an owner runs it: refusals that write nothing, then a whole kit
// for the hostile quiz, its pictures looked at in Chromium, and a page served over HTTP that forwards to the owner's
// page and loads nothing but its own picture.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
/** This test's port (the share kit's range, 8750–8799); a busy port fails the test rather than serving something else. */
const PORT = 8750;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const HOSTILE = 'test/fixtures/share-kit-hostile.json';

/** Runs `npm run share-kit -- …` as node would; resolves with the exit code and all the output. */
const shareKit = (args) =>
  new Promise((resolve) =>
    execFile(process.execPath, ['scripts/share-kit.mjs', ...args], { cwd: ROOT }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, output: `${stdout}${stderr}` }),
    ),
  );

let work;
let server;
let browser;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'share-kit-'));
  // The owner's quiz page at /quiz/, the kit's folder at /r/.
  server = await serveStatic({
    port: PORT,
    fileFor: (path) =>
      path === '/quiz/index.html'
        ? join(ROOT, 'test/fixtures/share-kit-landing.html')
        : path.startsWith('/r/')
          ? join(work, 'kit', path.slice(3))
          : undefined,
  });
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm run share-kit refuses, and writes nothing', () => {
  it('refuses a javascript: page URL', async () => {
    const out = join(work, 'refused-page');
    const { code, output } = await shareKit([HOSTILE, '--page', 'javascript:alert(1)', '--out', out]);
    assert.equal(code, 2, output);
    assert.match(output, /--page: only http and https URLs are allowed, got "javascript:alert\(1\)"/);
    assert.equal(existsSync(out), false);
  });

  it('refuses a share-url that is not http(s) or does not end with {quiz}-{chair}.html', async () => {
    for (const pattern of ['ftp://coop.example/{quiz}-{chair}.html', 'https://coop.example/r/{chair}.html']) {
      const out = join(work, 'refused-pattern');
      const { code, output } = await shareKit([
        HOSTILE,
        '--page',
        `${ORIGIN}/quiz/`,
        '--share-url',
        pattern,
        '--out',
        out,
      ]);
      assert.equal(code, 2, output);
      assert.match(output, /--share-url: /);
      assert.equal(existsSync(out), false);
    }
  });

  it('refuses a broken quiz with each of its problems, by line and column', async () => {
    const out = join(work, 'refused-quiz');
    const { code, output } = await shareKit([
      'test/fixtures/invalid.json',
      '--page',
      `${ORIGIN}/quiz/`,
      '--out',
      out,
      '--lang',
      'en',
    ]);
    assert.equal(code, 1, output);
    assert.match(output, /test\/fixtures\/invalid\.json:\d+:\d+: /);
    assert.match(output, /has problems .*nothing was written/);
    assert.equal(existsSync(out), false);
  });
});

describe('npm run share-kit writes a kit', () => {
  let kit;
  before(async () => {
    kit = join(work, 'kit');
    const { code, output } = await shareKit([
      HOSTILE,
      '--page',
      `${ORIGIN}/quiz/`,
      '--share-url',
      `${ORIGIN}/r/{quiz}-{chair}.html`,
      '--out',
      kit,
      '--lang',
      'fr',
      '--owner',
      'Coopérative "Atlas" <b>',
    ]);
    assert.equal(code, 0, output);
  });

  it('writes a page and a picture per chair, the question picture and the README', async () => {
    const names = (await readdir(kit)).sort();
    assert.deepEqual(names, [
      'README.txt',
      'share-kit-hostile-1.html',
      'share-kit-hostile-1.png',
      'share-kit-hostile-2.html',
      'share-kit-hostile-2.png',
      'share-kit-hostile-3.html',
      'share-kit-hostile-3.png',
      'share-kit-hostile.png',
    ]);
    const readme = await readFile(join(kit, 'README.txt'), 'utf8');
    assert.match(readme, new RegExp(`share-url="${ORIGIN}/r/\\{quiz\\}-\\{chair\\}\\.html"`));
  });

  it('draws every picture at 1200 × 630, not blank: the room and the texts', async () => {
    const page = await browser.newPage();
    try {
      // The owner's page (no CSP of its own) reads the pictures from the kit's folder on the same origin.
      await page.goto(`${ORIGIN}/quiz/`);
      for (const name of ['share-kit-hostile-1.png', 'share-kit-hostile-3.png', 'share-kit-hostile.png']) {
        const png = await readFile(join(kit, name));
        // The PNG header: width and height are the IHDR chunk's first two 32-bit numbers.
        assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], name);
        const { colours, drawn } = await page.evaluate(async (url) => {
          const image = new Image();
          image.src = url;
          await image.decode();
          const canvas = new OffscreenCanvas(image.width, image.height);
          const ctx = canvas.getContext('2d');
          ctx.drawImage(image, 0, 0);
          const data = ctx.getImageData(0, 0, image.width, image.height).data;
          // Distinct colours, and the share of pixels unlike the card's corner (its background).
          const seen = new Set();
          let drawn = 0;
          const corner = (data[0] << 16) | (data[1] << 8) | data[2];
          for (let i = 0; i < data.length; i += 4 * 7) {
            const colour = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
            seen.add(colour);
            if (colour !== corner) drawn++;
          }
          return { colours: seen.size, drawn: drawn / (data.length / 4 / 7) };
        }, `/r/${name}`);
        // A blank card has one colour and nothing drawn; the fixture's room (a flat SVG) and the texts give about
        // 500 sampled colours (the text is anti-aliased) over a quarter of the card.
        assert.ok(colours > 100 && drawn > 0.15, `${name}: ${colours} colours, ${Math.round(drawn * 100)}% drawn`);
      }
    } finally {
      await page.close();
    }
  });

  it('serves a page that forwards to the owner page on that result and loads only its own picture', async () => {
    const page = await browser.newPage();
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    try {
      const landed = page.waitForNavigation({ waitUntil: 'load' });
      await page.goto(`${ORIGIN}/r/share-kit-hostile-2.html`);
      await landed.catch(() => {});
      await page.waitForFunction(() => location.pathname === '/quiz/', { timeout: 10_000 });
      assert.equal(page.url(), `${ORIGIN}/quiz/#coop-chair-quiz=share-kit-hostile:2`);
      // Nothing from anywhere else; from the kit, only the page and its picture (the refresh may come first).
      const kitRequests = requests.filter((url) => url.startsWith(`${ORIGIN}/r/`));
      assert.ok(
        requests.every((url) => url.startsWith(`${ORIGIN}/`)),
        requests.join('\n'),
      );
      assert.equal(kitRequests[0], `${ORIGIN}/r/share-kit-hostile-2.html`);
      for (const url of kitRequests.slice(1)) assert.equal(url, `${ORIGIN}/r/share-kit-hostile-2.png`);
    } finally {
      await page.close();
    }
  });

  it('gives the page its tags with the texts as text', async () => {
    const html = await readFile(join(kit, 'share-kit-hostile-1.html'), 'utf8');
    assert.match(html, /<html lang="fr" dir="ltr">/);
    assert.match(
      html,
      /<meta property="og:image" content="http:\/\/127\.0\.0\.1:8750\/r\/share-kit-hostile-1\.png" \/>/,
    );
    assert.match(html, /<meta property="og:site_name" content="Coopérative &quot;Atlas&quot; &lt;b&gt;" \/>/);
    assert.doesNotMatch(html, /<script|<b>/);
  });
});
