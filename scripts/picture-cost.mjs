// What a quiz picture costs the phone that shows it: the raster time (all RasterTask events of a trace, every
// thread) of one picture shown alone at a phone's size, 412 px wide at 1.75 device pixels per CSS pixel (the bench's
// mobile device), in a fresh page each time; median of --runs loads (default 5), the pictures interleaved.
//
//   npm run bench:picture -- [--runs N] [file.svg|file.png …]   (default: every picture in quizzes/)
//
// Why it matters (issue 18): the picture is rastered right when the chairs appear, on the same two cores as the
// page's main thread, so a costly one delays a first tap. SVG filters are the usual cost: the meeting room's four
// feDropShadow groups took 80 to 104 ms here (two runs, medians of 7), its flat shadows of the same shapes 39 ms.
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 5;
const named = argv.filter((a, i) => !a.startsWith('--') && (runsAt < 0 || i !== runsAt + 1));
const files = named.length
  ? named.map((f) => resolve(f))
  : (await readdir(join(root, 'quizzes')))
      .filter((f) => /\.(svg|png|jpe?g|webp)$/.test(f))
      .map((f) => join(root, 'quizzes', f));

const types = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' };
const server = createServer(async (req, res) => {
  const index = Number(new URL(req.url, 'http://x').searchParams.get('i'));
  if (req.url.startsWith('/page')) {
    res.setHeader('content-type', 'text/html');
    res.end(`<!doctype html><meta name="viewport" content="width=device-width"><body style="margin:0">
      <img src="/picture?i=${index}" style="display:block;width:100%">`);
  } else if (req.url.startsWith('/picture') && files[index]) {
    res.setHeader('content-type', types[files[index].split('.').pop().toLowerCase()] ?? 'application/octet-stream');
    res.end(await readFile(files[index]));
  } else {
    res.statusCode = 404;
    res.end();
  }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});
const samples = files.map(() => []);
try {
  for (let round = 0; round < runs; round++) {
    for (let i = 0; i < files.length; i++) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
      await page.tracing.start({ categories: ['cc', 'disabled-by-default-devtools.timeline'] });
      await page.goto(`${origin}/page?i=${i}`, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 600)); // the raster happens after the load event
      const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
      samples[i].push(
        events.filter((e) => e.name === 'RasterTask' && e.ph === 'X').reduce((s, e) => s + e.dur, 0) / 1000,
      );
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
console.log(`raster time of each picture alone, 412 px at 1.75x, median of ${runs} (min–max):`);
for (let i = 0; i < files.length; i++) {
  const list = samples[i];
  console.log(
    `  ${basename(files[i]).padEnd(28)} ${median(list).toFixed(0).padStart(5)} ms  (${Math.min(...list).toFixed(0)}–${Math.max(...list).toFixed(0)})`,
  );
}
