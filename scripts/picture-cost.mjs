// What a quiz picture costs the phone that shows it: the raster time (all RasterTask events of a trace, every
// thread) of one picture shown alone at a phone's size, 412 px wide at 1.75 device pixels per CSS pixel (the bench's
// mobile device), in a fresh page each time; median of --runs loads (default 5), the pictures interleaved.
//
//   npm run bench:picture -- [--runs N] [file.svg|file.png …]   (default: every picture in quizzes/)
// Uses Debian's Chromium (CHROME_PATH to override).
//
// Why it matters (issue 18): the picture is rastered right when the chairs appear, on the same two cores as the
// page's main thread, so a costly one delays a first tap. SVG filters are the usual cost: the meeting room's four
// feDropShadow groups took 80 to 104 ms here (two runs, medians of 7), its flat shadows of the same shapes 39 ms.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stats } from './bench/report.mjs';
import { launchChromium } from './bench/run.mjs';
import { serveStatic } from './static-server.mjs';

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

// Each picture is shown alone in a page of its own, written beside the bench's other scratch files.
const pages = join(root, 'bench', 'tmp', 'picture-cost');
await mkdir(pages, { recursive: true });
for (const [i, file] of files.entries()) {
  await writeFile(
    join(pages, `${i}.html`),
    `<!doctype html><meta name="viewport" content="width=device-width"><body style="margin:0">
    <img src="/picture/${i}/${basename(file)}" style="display:block;width:100%">`,
  );
}
const server = await serveStatic({
  fileFor: (path) => {
    const picture = /^\/picture\/(\d+)\//.exec(path);
    return picture ? files[Number(picture[1])] : /^\/\d+\.html$/.test(path) ? join(pages, path) : undefined;
  },
});

const browser = await launchChromium();
const samples = files.map(() => []);
try {
  for (let round = 0; round < runs; round++) {
    for (let i = 0; i < files.length; i++) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
      await page.tracing.start({ categories: ['cc', 'disabled-by-default-devtools.timeline'] });
      await page.goto(`${server.origin}/${i}.html`, { waitUntil: 'load' });
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
  await server.close();
}
console.log(`raster time of each picture alone, 412 px at 1.75x, median of ${runs} (min–max):`);
for (let i = 0; i < files.length; i++) {
  const { median, min, max } = stats(samples[i]);
  console.log(
    `  ${basename(files[i]).padEnd(28)} ${median.toFixed(0).padStart(5)} ms  (${min.toFixed(0)}–${max.toFixed(0)})`,
  );
}
