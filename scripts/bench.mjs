// Benchmark of the script-tag build (issue 7, the measuring part): size, cold load until the chairs are usable,
// click until the result is painted, JS heap, long tasks; how they grow with 10/100/1,000 chairs and 1/20/100
// quizzes on a page; and the same quiz built with SurveyJS's image-map question, measured in the same run.
//
//   npm run bench  (= node scripts/bench.mjs)  [--runs N] [--mobile-runs N] [--trace-runs N] [--quick] [--no-build]
//                                               [--only variant,variant] [--out bench/results]
//
// About 6–8 minutes on 2 cores by default (7 rounds); --quick (2 loopback rounds, 1 mobile, 1 trace) about 80 s.
// Scratch files (generated quizzes, the dist/ snapshot, a source-map build, traces) go to bench/tmp/.
// Writes bench/results.json (every sample, the machine) and bench/results.md (the tables). Timings are for reading,
// never for pass/fail: the machine is shared and noisy, so every variant is measured interleaved (A, B, C, A, B, C…)
// and the tables give medians and ratios from one run. Uses Debian's Chromium (CHROME_PATH to override) through
// puppeteer-core and serves the files itself on a free loopback port, like scripts/screenshot.mjs.
import { createServer } from 'node:http';
import { spawnSync, execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, writeFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join, normalize, relative } from 'node:path';
import { gzipSync, constants as zlibConstants } from 'node:zlib';
import os from 'node:os';
import puppeteer from 'puppeteer-core';

const root = new URL('..', import.meta.url).pathname;
const benchDir = join(root, 'bench');
const tmpDir = join(benchDir, 'tmp');

// ---------------------------------------------------------------------------------------------------------------
// Options
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
if (flag('--help') || flag('-h')) {
  console.log(
    'node scripts/bench.mjs [--runs N (default 7)] [--mobile-runs N (default = runs)] [--trace-runs N (default 3)] [--quick] [--no-build] [--only id,id] [--out bench/results]',
  );
  process.exit(0);
}
const quick = flag('--quick');
const runs = Number(option('--runs', quick ? 2 : 7));
const mobileRuns = Number(option('--mobile-runs', quick ? 1 : runs));
const traceRuns = Number(option('--trace-runs', quick ? 1 : 3));
const build = !flag('--no-build');
const only = option('--only', '')
  .split(',')
  .filter(Boolean);
const outBase = join(root, option('--out', 'bench/results'));
const command =
  process.env.npm_lifecycle_event === 'bench'
    ? `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`
    : `node scripts/bench.mjs${argv.length ? ` ${argv.join(' ')}` : ''}`;
const started = new Date();
const log = (...args) => console.log(`[bench ${((Date.now() - started.getTime()) / 1000).toFixed(0).padStart(3)} s]`, ...args);

// ---------------------------------------------------------------------------------------------------------------
// Conditions: this machine on loopback (desktop viewport, as scripts/screenshot.mjs), and a mid-range phone on
// mobile data: Lighthouse's mobile profile (412×823 at 1.75×), "Slow 4G" (150 ms RTT, 1.6 Mbps down, 750 kbps up)
// and the CPU slowed 4× (Emulation.setCPUThrottlingRate).
const CONDITIONS = {
  loopback: {
    label: 'loopback, desktop 1100×900, no throttling',
    viewport: { width: 1100, height: 900, deviceScaleFactor: 1 },
  },
  mobile: {
    label: 'Slow 4G (150 ms RTT, 1.6 Mbps down, 750 kbps up) + CPU 4× slower, phone 412×823 @1.75',
    viewport: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
    network: { latency: 150, download: (1.6e6 / 8) | 0, upload: (750e3 / 8) | 0 },
    cpu: 4,
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Variants. `page` is a URL path under the bench server.
const meetingRoom = '/dist/quizzes/meeting-room.json';
const VARIANTS = [
  { id: 'blank', label: 'Empty page (heap baseline)', page: '/bench/blank.html', conditions: ['loopback'], noClick: true },
  { id: 'coop-ar', label: 'coop-chair-quiz, meeting room (10 chairs), Arabic', page: `/bench/coop.html?quiz=${meetingRoom}&n=1&lang=ar&chair=5`, chairs: 10, quizzes: 1 },
  { id: 'surveyjs-ar', label: 'SurveyJS imagemap, same question, Arabic', page: '/bench/surveyjs.html?survey=/bench/tmp/surveyjs-meeting-room.json&lang=ar&chair=5', chairs: 10, quizzes: 1 },
  { id: 'coop-fr', label: 'coop-chair-quiz, meeting room, French page (+ fr chunk)', page: `/bench/coop.html?quiz=${meetingRoom}&n=1&lang=fr&chair=5`, chairs: 10, quizzes: 1 },
  { id: 'coop-chairs-10', label: 'generated quiz, 10 chairs', page: '/bench/coop.html?quiz=/bench/tmp/quiz-10.json&n=1&lang=ar&chair=5', chairs: 10, quizzes: 1 },
  { id: 'coop-chairs-100', label: 'generated quiz, 100 chairs', page: '/bench/coop.html?quiz=/bench/tmp/quiz-100.json&n=1&lang=ar&chair=50', chairs: 100, quizzes: 1 },
  { id: 'coop-chairs-1000', label: 'generated quiz, 1,000 chairs', page: '/bench/coop.html?quiz=/bench/tmp/quiz-1000.json&n=1&lang=ar&chair=500', chairs: 1000, quizzes: 1 },
  { id: 'coop-quizzes-20', label: 'page with 20 quizzes (meeting room)', page: `/bench/coop.html?quiz=${meetingRoom}&n=20&lang=ar&chair=5`, chairs: 10, quizzes: 20 },
  { id: 'coop-quizzes-100', label: 'page with 100 quizzes (meeting room)', page: `/bench/coop.html?quiz=${meetingRoom}&n=100&lang=ar&chair=5`, chairs: 10, quizzes: 100 },
].filter((v) => !only.length || only.includes(v.id) || v.id === 'blank');
const TRACED = (quick ? ['coop-chairs-1000'] : ['coop-chairs-1000', 'coop-ar', 'surveyjs-ar', 'coop-quizzes-100']).filter((id) => VARIANTS.some((v) => v.id === id));

// ---------------------------------------------------------------------------------------------------------------
// Build
function run(cmd, args) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
}
if (build) run('npm', ['run', 'build', '--silent']);
await mkdir(tmpDir, { recursive: true });

// A snapshot of dist/, served as /dist/: other work on this machine may rebuild dist/ (and empty it) during the run.
const snapshotDir = join(tmpDir, 'dist');
const SNAPSHOT_NEEDS = ['coop-chair-quiz.js', 'quizzes/meeting-room.json', 'quizzes/meeting-room.svg'];
for (let attempt = 1; ; attempt++) {
  await rm(snapshotDir, { recursive: true, force: true });
  try {
    await cp(join(root, 'dist'), snapshotDir, { recursive: true });
    const chunks = existsSync(join(snapshotDir, 'coop-chair-quiz.js'))
      ? [...readFileSync(join(snapshotDir, 'coop-chair-quiz.js'), 'utf8').matchAll(/coop-chair-quiz-[\w-]+\.js/g)].map((m) => m[0])
      : [];
    if ([...SNAPSHOT_NEEDS, ...chunks].every((f) => existsSync(join(snapshotDir, f)))) break;
  } catch {}
  if (attempt === 5) throw new Error('dist/ is missing or incomplete (coop-chair-quiz.js, quizzes/meeting-room.*): run npm run build (or drop --no-build)');
  await new Promise((r) => setTimeout(r, 3000));
}
const snapshot = {
  script: createHash('sha256').update(readFileSync(join(snapshotDir, 'coop-chair-quiz.js'))).digest('hex').slice(0, 16),
  files: (await readdir(snapshotDir)).filter((f) => f.endsWith('.js')),
};
/** The local file for a URL path of the bench server. */
const localFile = (urlPath) => (urlPath.startsWith('/dist/') ? join(snapshotDir, urlPath.slice('/dist/'.length)) : join(root, urlPath));

// A second build of the same sources with source maps, only to name functions in CPU profiles. It is used only if
// its script is byte-identical to dist/coop-chair-quiz.js (apart from the sourceMappingURL comment).
const mapDir = join(tmpDir, 'build-map');
let sourceMap;
try {
  run(join(root, 'node_modules', '.bin', 'vite'), ['build', '--sourcemap', '--outDir', relative(root, mapDir), '--emptyOutDir', '--logLevel', 'warn']);
  const mapped = readFileSync(join(mapDir, 'coop-chair-quiz.js'), 'utf8').replace(/\n?\/\/# sourceMappingURL=.*\s*$/, '');
  const shipped = readFileSync(join(snapshotDir, 'coop-chair-quiz.js'), 'utf8');
  if (mapped.trimEnd() === shipped.trimEnd()) sourceMap = parseSourceMap(JSON.parse(readFileSync(join(mapDir, 'coop-chair-quiz.js.map'), 'utf8')));
  else log('note: the source-map build differs from the dist/ snapshot (sources changed since the build?): profiles will show minified names');
} catch (error) {
  log(`note: no source map for profiles (${error.message})`);
}

// ---------------------------------------------------------------------------------------------------------------
// Generated quizzes: the meeting room's Arabic texts, cycled, on a grid over the same picture.
const base = JSON.parse(await readFile(join(root, 'quizzes', 'meeting-room.json'), 'utf8'));
const ar = (t) => (typeof t === 'string' ? t : t.ar);
const generated = {};
for (const n of [10, 100, 1000]) {
  const cols = Math.ceil(Math.sqrt((n * 4) / 3));
  const rows = Math.ceil(n / cols);
  const chairs = Array.from({ length: n }, (_, i) => {
    const from = base.chairs[i % base.chairs.length];
    const round = (v) => Math.round(v * 100) / 100;
    return {
      number: i + 1,
      x: round(5 + (90 * ((i % cols) + 0.5)) / cols),
      y: round(5 + (90 * (Math.floor(i / cols) + 0.5)) / rows),
      place: ar(from.place),
      title: `${ar(from.title)} ${i + 1}`,
      description: ar(from.description),
      leadership: ar(from.leadership),
      collaboration: ar(from.collaboration),
      strength: ar(from.strength),
    };
  });
  const quiz = {
    version: 1,
    id: `generated-${n}`,
    lang: 'ar',
    title: `${ar(base.title)} (${n})`,
    question: ar(base.question),
    intro: ar(base.intro),
    disclaimer: ar(base.disclaimer),
    image: { src: '/dist/quizzes/meeting-room.svg', alt: ar(base.image.alt), width: base.image.width, height: base.image.height },
    chairs,
  };
  const text = JSON.stringify(quiz);
  await writeFile(join(tmpDir, `quiz-${n}.json`), text);
  generated[n] = { file: `bench/tmp/quiz-${n}.json`, bytes: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}

// The same meeting-room question for SurveyJS: an "imagemap" question on the same picture, one circle per chair at
// the same centre (the picture is 800×600; radius 22 px = the component's largest marker, 44 px), single choice,
// and per chair an "html" question shown with visibleIf {chair} = N, holding the same result card. Texts in the
// three languages as SurveyJS localizable strings ("default" = English, SurveyJS's default locale).
const HEADINGS = {
  ar: { chair: 'الكرسي', leadership: 'أسلوبك في القيادة', collaboration: 'أسلوبك في التعاون', strength: 'نقطة قوّتك', tip: 'نصيحة صغيرة' },
  fr: { chair: 'Chaise', leadership: 'Votre façon de diriger', collaboration: 'Votre façon de collaborer', strength: 'Votre point fort', tip: 'Un petit conseil' },
  en: { chair: 'Chair', leadership: 'How you lead', collaboration: 'How you collaborate', strength: 'Your strength', tip: 'A small tip' },
};
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const loc = (f) => ({ default: f('en'), ar: f('ar'), fr: f('fr') });
const pick = (t, l) => (typeof t === 'string' ? t : (t[l] ?? t[base.lang]));
const surveyJson = {
  title: loc((l) => pick(base.title, l)),
  description: loc((l) => pick(base.intro, l)),
  showQuestionNumbers: 'off',
  showNavigationButtons: false,
  elements: [
    {
      type: 'imagemap',
      name: 'chair',
      title: loc((l) => pick(base.question, l)),
      imageLink: '/dist/quizzes/meeting-room.svg',
      multiSelect: false,
      shape: 'circle',
      idleFillColor: 'rgba(11, 74, 74, 0.85)',
      idleStrokeColor: '#ffffff',
      idleStrokeWidth: 3,
      hoverFillColor: 'rgba(15, 92, 92, 0.95)',
      hoverStrokeColor: '#ffffff',
      hoverStrokeWidth: 3,
      selectedFillColor: '#f2b705',
      selectedStrokeColor: '#0b4a4a',
      selectedStrokeWidth: 3,
      areas: base.chairs.map((c) => ({
        value: c.number,
        text: loc((l) => `${HEADINGS[l].chair} ${c.number}، ${pick(c.place, l)}`),
        coords: `${(c.x / 100) * base.image.width},${(c.y / 100) * base.image.height},22`,
      })),
    },
    ...base.chairs.map((c) => ({
      type: 'html',
      name: `result-${c.number}`,
      visibleIf: `{chair} = ${c.number}`,
      html: loc((l) => {
        const h = HEADINGS[l];
        const section = (key, cls) => (c[key] ? `<section class="${cls}"><h4>${esc(h[key])}</h4><p>${esc(pick(c[key], l))}</p></section>` : '');
        return `<section class="result"><h3 class="result-heading" tabindex="-1"><span class="badge">${c.number}</span> ${esc(pick(c.title, l))}</h3><p class="place-line">${esc(pick(c.place, l))}</p><p class="description">${esc(pick(c.description, l))}</p><div class="styles">${section('leadership', 'style')}${section('collaboration', 'style')}${section('strength', 'note')}${section('tip', 'note')}</div></section>`;
      }),
    })),
    { type: 'html', name: 'disclaimer', html: loc((l) => `<p class="disclaimer">${esc(pick(base.disclaimer, l))}</p>`) },
  ],
};
await writeFile(join(tmpDir, 'surveyjs-meeting-room.json'), JSON.stringify(surveyJson));

// ---------------------------------------------------------------------------------------------------------------
// Server: only the folders the bench pages use; gzip (level 9, like the size figures) for text, as a real host would.
const SERVED = ['/dist/', '/bench/', '/node_modules/survey-core/', '/node_modules/survey-js-ui/'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };
const gzCache = new Map();
async function primeGzip(file) {
  const info = await stat(file);
  const key = `${file}:${info.mtimeMs}:${info.size}`;
  if (!gzCache.has(key)) gzCache.set(key, gzipSync(await readFile(file), { level: 9 }));
  return gzCache.get(key);
}
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!SERVED.some((p) => path.startsWith(p)) || path.includes('..')) return res.writeHead(404).end('not found');
  const file = localFile(path.endsWith('/') ? `${path}index.html` : path);
  try {
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body = await readFile(file);
    const headers = { 'content-type': type, 'cache-control': 'no-cache' };
    if (/text|json|svg|javascript/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = await primeGzip(file);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
});
server.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------------------------------------------------------
// Browser
const harness = await readFile(join(benchDir, 'harness.js'), 'utf8');
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const chromium = await browser.version();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const withTimeout = (promise, ms, what) => {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};

// Without 'disabled-by-default-devtools.timeline': it makes each compositor commit record its layers, which alone
// turned a 5 ms hover task into a 130 ms "Commit" with 1,000 chairs (untraced loads never show it).
const TRACE_CATEGORIES = process.env.BENCH_TRACE_CATEGORIES?.split(',') ?? [
  'devtools.timeline',
  'toplevel',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

/**
 * One cold load in a fresh browser context (empty cache, new renderer process), then one click on the variant's chair.
 * Returns the sample; never throws (a failure is recorded in `error`).
 */
async function sample(variant, conditionName, { trace = false, heap = false } = {}) {
  const condition = CONDITIONS[conditionName];
  const context = await browser.createBrowserContext();
  const out = { variant: variant.id, condition: conditionName, traced: trace, at: new Date().toISOString(), requests: [], console: [] };
  let page;
  try {
    page = await context.newPage();
    const cdp = await page.createCDPSession();
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, start: e.timestamp }));
    cdp.on('Network.responseReceived', (e) => {
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { status: e.response.status, encoding: e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] });
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { transferred: e.encodedDataLength, end: e.timestamp });
    });
    cdp.on('Network.loadingFailed', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.failed = e.errorText;
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warn') && out.console.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => out.console.push(`pageerror: ${e.message}`));
    await page.setViewport(condition.viewport);
    if (condition.network) await page.emulateNetworkConditions(condition.network);
    if (condition.cpu) await page.emulateCPUThrottling(condition.cpu);
    await page.evaluateOnNewDocument(harness);
    if (trace) await page.tracing.start({ categories: TRACE_CATEGORIES });

    const url = origin + variant.page;
    const timeout = conditionName === 'mobile' ? 90_000 : 45_000;
    await withTimeout(page.goto(url, { waitUntil: 'domcontentloaded', timeout }), timeout, 'navigation');
    await withTimeout(page.evaluate(() => window.__bench.usable), timeout, 'chairs usable');
    // Let the load finish (the picture, late chunks) before the heap and the click.
    await page.waitForNetworkIdle({ idleTime: 250, timeout: 30_000 }).catch(() => {});
    const load = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        marks: window.__bench.marks,
        domContentLoaded: nav?.domContentLoadedEventEnd,
        loadEvent: nav?.loadEventEnd,
        fcp: fcp?.startTime,
        error: window.__bench.quizError,
      };
    });
    Object.assign(out, {
      usable: load.marks.usable,
      usableRaf: load.marks.usableRaf,
      firstReady: load.marks.firstReady,
      lastReady: load.marks.lastReady,
      fcp: load.fcp,
      domContentLoaded: load.domContentLoaded,
      loadEvent: load.loadEvent,
    });
    if (load.error) out.quizError = load.error;

    if (heap) {
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = await cdp.send('Runtime.getHeapUsage');
      out.heap = usage.usedSize;
      out.heapTotal = usage.totalSize;
      await cdp.send('HeapProfiler.disable');
    }

    if (!variant.noClick) {
      const target = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const t = window.benchTarget();
            t.scrollIntoView({ block: 'center', inline: 'center' });
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                // The chair's centre, or else the nearest point of it that no other chair covers (with 1,000 chairs
                // they overlap, and later chairs are drawn over earlier ones).
                const b = t.getBoundingClientRect();
                const chairAt = (x, y) => t.getRootNode().elementFromPoint(x, y)?.closest?.('[role="radio"], circle');
                const spots = [[0.5, 0.5], [0.4, 0.4], [0.3, 0.3], [0.3, 0.5], [0.5, 0.3], [0.25, 0.25]];
                const [fx, fy] = spots.find(([fx, fy]) => chairAt(b.left + b.width * fx, b.top + b.height * fy) === t) ?? spots[0];
                const x = b.left + b.width * fx;
                const y = b.top + b.height * fy;
                const hit = chairAt(x, y);
                resolve({ x, y, offCentre: fx !== 0.5 || fy !== 0.5, size: b.width, hit: hit?.dataset?.number ?? hit?.dataset?.benchChair ?? null });
              }),
            );
          }),
      );
      await sleep(200); // let the scroll settle, like a visitor's pause before clicking
      const before = requests.size;
      // The pointer arrives first, as a mouse does (and SurveyJS needs: a press with no hover before it is lost, its
      // hover re-render replacing the SVG's children between the press and the release).
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: target.x, y: target.y, buttons: 0 });
      await sleep(100);
      const press = { x: target.x, y: target.y, button: 'left', clickCount: 1 };
      await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', buttons: 1, ...press });
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', buttons: 0, ...press });
      const click = await withTimeout(page.evaluate(() => window.__bench.result), timeout / 3, 'result painted');
      await sleep(300); // long tasks are reported a little after they end
      out.click = {
        target: Number(target.hit) || target.hit,
        offCentre: target.offCentre,
        chairSize: target.size,
        resultChair: click.chair,
        fromUp: click.result - click.up,
        fromDown: click.result - click.down,
        inputToHandled: click.upHandled - click.up,
        requestsDuringClick: [...requests.values()].slice(before).map((r) => r.url.replace(origin, '')),
      };
    }
    const bench = await page.evaluate(() => ({ longtasks: window.__bench.longtasks, errors: window.__bench.errors }));
    const inWindow = (from, to) => bench.longtasks.filter((t) => t.start < to && t.start + t.duration > from);
    const summarize = (list) => ({ count: list.length, longest: list.reduce((m, t) => Math.max(m, t.duration), 0), total: list.reduce((s, t) => s + t.duration, 0) });
    out.longtasks = bench.longtasks;
    out.longtaskLoad = summarize(inWindow(0, out.usable));
    if (out.click) {
      const { click: c, move } = await page.evaluate(() => ({ click: window.__bench.click, move: window.__bench.move }));
      out.longtaskClick = summarize(inWindow(c.down, c.result));
      if (move !== undefined) out.longtaskHover = summarize(bench.longtasks.filter((t) => t.start >= move && t.start < c.down));
    }
    if (bench.errors.length) out.errors = bench.errors;

    if (trace) {
      const buffer = await page.tracing.stop();
      out.trace = analyzeTrace(JSON.parse(Buffer.from(buffer).toString('utf8')), url);
      out.traceBuffer = Buffer.from(buffer);
    }
    out.requests = [...requests.values()].map((r) => ({
      url: r.url.replace(origin, ''),
      status: r.status,
      transferred: r.transferred,
      encoding: r.encoding,
      ms: r.end && r.start ? (r.end - r.start) * 1000 : undefined,
      failed: r.failed,
    }));
    out.transferred = out.requests.reduce((s, r) => s + (r.transferred ?? 0), 0);
  } catch (error) {
    out.error = String(error?.message ?? error);
    if (trace) await page?.tracing.stop().catch(() => {});
  } finally {
    await context.close().catch(() => {});
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Trace analysis: the page's main thread, its tasks in the load and click windows, what the longest one spent its
// time on (trace events, self time) and which functions (CPU profile samples, named through the source map).
function analyzeTrace(json, url) {
  const events = json.traceEvents ?? json;
  const marks = events.filter((e) => e.cat?.includes('blink.user_timing') && e.name?.startsWith('bench:'));
  const usableMark = marks.find((e) => e.name === 'bench:usable');
  if (!usableMark) return { error: 'no bench:usable mark in the trace' };
  const { pid, tid } = usableMark;
  const mark = (name) => marks.find((e) => e.name === name && e.pid === pid)?.ts;
  const navStart = events
    .filter((e) => e.name === 'navigationStart' && e.pid === pid && e.ts <= usableMark.ts && (e.args?.data?.documentLoaderURL ?? url).startsWith(url.split('?')[0]))
    .reduce((m, e) => Math.max(m, e.ts), 0) || events.filter((e) => e.pid === pid && e.ts).reduce((m, e) => Math.min(m, e.ts), Infinity);
  const thread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number');
  let tasks = thread.filter((e) => e.name === 'RunTask');
  if (!tasks.length) tasks = thread.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const down = mark('bench:pointerdown');
  const move = mark('bench:pointermove');
  const windows = {
    load: [navStart, usableMark.ts],
    hover: move && down ? [move, down] : undefined,
    click: down ? [down, mark('bench:result') ?? down] : undefined,
  };
  const profile = cpuProfile(events, pid, tid, renderingIntervals(thread));
  const result = { windows: {} };
  for (const [name, win] of Object.entries(windows)) {
    if (!win) continue;
    const [from, to] = win;
    // Tasks overlapping the window; the hover window stops before the task that handles the press.
    const inside = tasks.filter((t) => t.ts <= to && t.ts + t.dur >= from && (name !== 'hover' || t.ts + t.dur < to));
    inside.sort((a, b) => b.dur - a.dur);
    const longest = inside[0];
    const w = {
      windowMs: (to - from) / 1000,
      tasks: inside.length,
      over50: inside.filter((t) => t.dur > 50_000).length,
      longestMs: longest ? longest.dur / 1000 : 0,
      longestAtMs: longest ? (longest.ts - navStart) / 1000 : undefined,
      // The five longest tasks, each with what it mostly did (self time by trace event).
      topTasks: inside.slice(0, 5).map((t) => ({
        ms: +(t.dur / 1000).toFixed(1),
        atMs: +((t.ts - navStart) / 1000).toFixed(0),
        mostly: Object.entries(selfTimes(thread, t.ts, t.ts + t.dur).byEvent)
          .filter(([k]) => !/RunTask$/.test(k))
          .slice(0, 3)
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
      })),
      mainThreadBusyMs: inside.reduce((s, t) => s + (Math.min(t.ts + t.dur, to) - Math.max(t.ts, from)), 0) / 1000,
    };
    if (longest) {
      w.longestBreakdown = selfTimes(thread, longest.ts, longest.ts + longest.dur);
      w.longestFunctions = profileSelf(profile, longest.ts, longest.ts + longest.dur);
    }
    w.windowBreakdown = selfTimes(thread, from, to);
    w.windowFunctions = profileSelf(profile, from, to);
    result.windows[name] = w;
  }
  return result;
}

/** Style, layout, paint and GC events of the thread, sorted: profile samples inside them are not JavaScript's own time. */
function renderingIntervals(thread) {
  return thread
    .map((e) => ({ from: e.ts, to: e.ts + e.dur, kind: categoryOf(e.name) }))
    .filter((e) => e.kind !== 'script' && e.kind !== 'other')
    .sort((a, b) => a.from - b.from);
}

const CATEGORY = [
  [/^(EvaluateScript|v8\.compile|v8\.compileModule|v8\.evaluateModule|V8\.CompileCode|v8\.run|FunctionCall|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|v8\.callFunction|V8\.Execute|v8\.parseOnBackground|CompileCode|CompileScript|CacheScript|ModuleEvaluate|ProfileCall)/, 'script'],
  [/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|ParseAuthorStyleSheet|InvalidateLayout)/, 'style'],
  [/^(Layout|UpdateLayout|LayoutShift)/, 'layout'],
  [/^(Paint|PrePaint|PaintImage|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|RasterTask|Decode)/, 'paint & composite'],
  [/^(ParseHTML)/, 'HTML parsing'],
  [/(GC|Gc|GarbageCollection)/, 'garbage collection'],
];
const categoryOf = (name) => CATEGORY.find(([re]) => re.test(name))?.[1] ?? 'other';

/** Self time (ms) of the trace events on one thread within [from, to], by event name and by category. */
function selfTimes(thread, from, to) {
  const list = thread.filter((e) => e.ts < to && e.ts + e.dur > from).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const clip = (a, b) => Math.max(0, Math.min(b, to) - Math.max(a, from));
  const add = (name, us) => self.set(name, (self.get(name) ?? 0) + us);
  for (const e of list) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    add(e.name, clip(e.ts, e.ts + e.dur));
    if (parent) add(parent.name, -clip(e.ts, Math.min(e.ts + e.dur, parent.ts + parent.dur)));
    stack.push(e);
  }
  const byName = [...self].filter(([, us]) => us > 0).sort((a, b) => b[1] - a[1]);
  const byCategory = new Map();
  for (const [name, us] of byName) {
    const cat = name === 'RunTask' || name === 'ThreadControllerImpl::RunTask' ? 'other (task overhead, unlisted)' : categoryOf(name);
    byCategory.set(cat, (byCategory.get(cat) ?? 0) + us);
  }
  const ms = (us) => +(us / 1000).toFixed(1);
  return {
    byCategory: Object.fromEntries([...byCategory].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, ms(v)])),
    byEvent: Object.fromEntries(byName.slice(0, 12).map(([k, v]) => [k, ms(v)])),
  };
}

/** The CPU profile samples of one thread, from the trace's Profile/ProfileChunk events. */
function cpuProfile(events, pid, tid, rendering = []) {
  const head = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid) ?? events.find((e) => e.name === 'Profile' && e.pid === pid);
  if (!head) return undefined;
  const nodes = new Map();
  const samples = [];
  let t = head.args?.data?.startTime ?? 0;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.id !== head.id || e.pid !== pid) continue;
    const data = e.args?.data ?? {};
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      t += deltas[i] ?? 0;
      samples.push({ t, node: ids[i] });
    }
  }
  samples.sort((a, b) => a.t - b.t);
  // A sample taken while Blink does style/layout/paint (or V8 collects garbage) for JavaScript, e.g. a forced layout
  // from getBoundingClientRect, is that work's, not the calling function's.
  let j = 0;
  for (const s of samples) {
    while (j < rendering.length && rendering[j].to < s.t - 2e6) j++;
    for (let k = j; k < rendering.length && rendering[k].from <= s.t; k++) {
      if (rendering[k].to >= s.t) {
        s.rendering = rendering[k].kind;
        break;
      }
    }
  }
  return { nodes, samples };
}

/** Self time by function and by source (package or src/ file) from the CPU profile within [from, to]. */
function profileSelf(profile, from, to) {
  if (!profile?.samples.length) return undefined;
  const byFn = new Map();
  const bySource = new Map();
  const { samples, nodes } = profile;
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    if (s.t < from || s.t > to) continue;
    const next = samples[i + 1]?.t ?? s.t;
    const dt = Math.min(next - s.t, 5000);
    const frame = nodes.get(s.node)?.callFrame ?? { functionName: '?' };
    if (frame.functionName === '(idle)') continue;
    const where = s.rendering ? { fn: `(${s.rendering})`, source: `(${s.rendering}, not JS)` } : describeFrame(frame);
    if (!s.rendering && frame.functionName === '(program)') where.source = '(program: browser work outside JS)';
    byFn.set(where.fn, (byFn.get(where.fn) ?? 0) + dt);
    bySource.set(where.source, (bySource.get(where.source) ?? 0) + dt);
    total += dt;
  }
  const ms = (us) => +(us / 1000).toFixed(1);
  const top = (m, n) => Object.fromEntries([...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => [k, ms(v)]));
  return { sampledMs: ms(total), bySource: top(bySource, 10), byFunction: top(byFn, 15) };
}

function describeFrame(frame) {
  const url = frame.url ?? '';
  const name = frame.functionName || '(anonymous)';
  if (!url) return { fn: name, source: name.startsWith('(') ? name : '(native)' };
  const path = url.replace(origin, '');
  if (path.startsWith('/dist/coop-chair-quiz.js') && sourceMap) {
    // Only a mapping at (or just before) the function's own position counts: the bundler's map has gaps (after
    // multi-line template literals it maps nothing), and a far-away segment would name the wrong file.
    const pos = sourceMap.lookup(frame.lineNumber, frame.columnNumber);
    if (pos && pos.gap <= 40) {
      const file = pos.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\/(\.pnpm\/)?/, 'node_modules/');
      const pkg = file.startsWith('node_modules/') ? file.split('/').slice(1, file.split('/')[1].startsWith('@') ? 3 : 2).join('/') : file;
      return { fn: `${pos.name ?? name} (${file}:${pos.line + 1})`, source: pkg };
    }
  }
  const short = path.split('?')[0];
  const unmapped = short.startsWith('/dist/coop-chair-quiz') ? ' (no source map here)' : '';
  return {
    fn: `${name} (${short}:${frame.lineNumber + 1}:${frame.columnNumber + 1})`,
    source: short.startsWith('/node_modules/') ? short.split('/')[2] : `${short}${unmapped}`,
  };
}

/** A minimal source-map reader (VLQ mappings): lookup(line0, col0) -> { source, line, column, name }. */
function parseSourceMap(map) {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const lines = [];
  let src = 0, sLine = 0, sCol = 0, nameIdx = 0;
  for (const lineText of map.mappings.split(';')) {
    const segs = [];
    let gCol = 0;
    for (const seg of lineText.split(',')) {
      if (!seg) continue;
      const values = [];
      let value = 0, shift = 0;
      for (const ch of seg) {
        const digit = chars.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      gCol += values[0];
      if (values.length >= 4) {
        src += values[1];
        sLine += values[2];
        sCol += values[3];
        if (values.length >= 5) nameIdx += values[4];
        segs.push([gCol, src, sLine, sCol, values.length >= 5 ? nameIdx : -1]);
      }
    }
    lines.push(segs);
  }
  return {
    lookup(line, column) {
      const segs = lines[line];
      if (!segs?.length) return undefined;
      let lo = 0, hi = segs.length - 1, found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (segs[mid][0] <= column) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (found < 0) return undefined;
      const [, s, l, c, n] = segs[found];
      // Prefer a name from the segment at the function's start, else the nearest later one on the same line.
      let name = n >= 0 ? map.names[n] : undefined;
      if (!name) for (let i = found + 1; i < Math.min(segs.length, found + 3) && !name; i++) if (segs[i][4] >= 0) name = map.names[segs[i][4]];
      return { source: map.sources[s], line: l, column: c, name, gap: column - segs[found][0] };
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Sizes: what each page really loads (from a load with a click, so lazily loaded chunks count), gzip -9 of the files.
async function fileSizes(paths) {
  const files = [];
  for (const path of paths) {
    const body = await readFile(localFile(path.split('?')[0]));
    files.push({ path: path.split('?')[0].replace(/^\//, ''), bytes: body.length, gzip: gzipSync(body, { level: zlibConstants.Z_BEST_COMPRESSION }).length });
  }
  return { files, bytes: files.reduce((s, f) => s + f.bytes, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}
const isCode = (url) => /\.(m?js|css)(\?|$)/.test(url) && !url.startsWith('/bench/');

async function measureSizes() {
  const pages = {
    coop: { ar: `/bench/coop.html?quiz=${meetingRoom}&lang=ar&chair=5`, fr: `/bench/coop.html?quiz=${meetingRoom}&lang=fr&chair=5`, en: `/bench/coop.html?quiz=${meetingRoom}&lang=en&chair=5` },
    surveyjs: {
      ar: '/bench/surveyjs.html?survey=/bench/tmp/surveyjs-meeting-room.json&lang=ar&chair=5',
      fr: '/bench/surveyjs.html?survey=/bench/tmp/surveyjs-meeting-room.json&lang=fr&chair=5',
      en: '/bench/surveyjs.html?survey=/bench/tmp/surveyjs-meeting-room.json&lang=en&chair=5',
    },
  };
  const sizes = {};
  for (const [lib, byLang] of Object.entries(pages)) {
    sizes[lib] = {};
    for (const [lang, page] of Object.entries(byLang)) {
      const s = await sample({ id: `size-${lib}-${lang}`, page }, 'loopback');
      if (s.error) throw new Error(`size probe ${lib} ${lang}: ${s.error}`);
      const ok = s.requests.filter((r) => r.status === 200);
      const code = [...new Set(ok.filter((r) => isCode(r.url)).map((r) => r.url.split('?')[0]))];
      const content = [...new Set(ok.filter((r) => !isCode(r.url) && !r.url.startsWith('/bench/') ).map((r) => r.url.split('?')[0]))];
      const data = [...new Set(ok.filter((r) => r.url.startsWith('/bench/tmp/') || r.url.startsWith('/dist/quizzes/')).map((r) => r.url.split('?')[0]))];
      sizes[lib][lang] = {
        code: await fileSizes(code),
        content: await fileSizes([...new Set([...content, ...data])]),
        wire: { requests: ok.length, transferred: s.transferred },
        clickRequests: s.click?.requestsDuringClick ?? [],
      };
    }
    for (const lang of ['fr', 'en']) {
      const arFiles = new Set(sizes[lib].ar.code.files.map((f) => f.path));
      const extra = sizes[lib][lang].code.files.filter((f) => !arFiles.has(f.path));
      sizes[lib][lang].extra = { files: extra, bytes: extra.reduce((s, f) => s + f.bytes, 0), gzip: extra.reduce((s, f) => s + f.gzip, 0) };
    }
  }
  return sizes;
}

// ---------------------------------------------------------------------------------------------------------------
// Run
const machine = {
  cpu: os.cpus()[0]?.model?.trim(),
  cores: os.cpus().length,
  availableParallelism: os.availableParallelism?.(),
  memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
  os: (() => {
    try {
      return /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    } catch {
      return os.type();
    }
  })(),
  kernel: os.release(),
  loadavgAtStart: os.loadavg().map((v) => +v.toFixed(2)),
};
let git;
try {
  git = {
    commit: execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim(),
    modified: execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(3)),
  };
} catch {}
log(`Chromium ${chromium}, Node ${process.version}, ${machine.cpu} × ${machine.cores}, load ${machine.loadavgAtStart.join(' ')}`);
log(`generated quizzes: ${Object.entries(generated).map(([n, g]) => `${n} chairs ${(g.bytes / 1000).toFixed(0)} kB (${(g.gzip / 1000).toFixed(1)} kB gz)`).join(', ')}`);

const samples = [];
const traceFiles = [];
let sizes;
try {
  log('sizes: one load (with a click) of each page, ar/fr/en, to list the files it fetches');
  sizes = await measureSizes();
  log(`sizes: coop ar ${(sizes.coop.ar.code.gzip / 1000).toFixed(1)} kB gz, SurveyJS ar ${(sizes.surveyjs.ar.code.gzip / 1000).toFixed(1)} kB gz`);

  // Warm-up: one untimed load of each page type (Chromium's first start, the OS file cache); the server's gzip cache
  // is already filled by the size probes and the files below.
  for (const path of Object.values(generated).map((g) => g.file)) await primeGzip(join(root, path));
  for (const id of ['coop-ar', 'surveyjs-ar']) {
    const v = VARIANTS.find((x) => x.id === id);
    if (v) await sample(v, 'loopback');
  }

  const rounds = Math.max(runs, mobileRuns);
  for (let round = 0; round < rounds; round++) {
    for (const conditionName of ['loopback', 'mobile']) {
      if (round >= (conditionName === 'mobile' ? mobileRuns : runs)) continue;
      const list = VARIANTS.filter((v) => (v.conditions ?? ['loopback', 'mobile']).includes(conditionName));
      // Interleaved, and each round starts one variant later, so no variant always runs first or after the same one.
      const order = list.map((_, i) => list[(i + round) % list.length]);
      for (const v of order) {
        const s = await sample(v, conditionName, { heap: conditionName === 'loopback' });
        s.round = round;
        samples.push(s);
        log(
          `${conditionName.padEnd(8)} r${round + 1} ${v.id.padEnd(17)} ${s.error ? `ERROR ${s.error}` : `usable ${fmt(s.usable)} ms${s.click ? `, result ${fmt(s.click.fromUp)} ms` : ''}${s.heap ? `, heap ${(s.heap / 1e6).toFixed(2)} MB` : ''}${s.longtaskLoad?.count ? `, long tasks ${s.longtaskLoad.count} (max ${fmt(s.longtaskLoad.longest)} ms)` : ''}`}`,
        );
      }
    }
  }

  // Traced loads (CDP trace with the V8 sampling profiler: slower than untraced loads, so only for the breakdown).
  // Traces go beside this run's results (bench/tmp/traces/<name of --out>/), so a --quick run elsewhere keeps them.
  const traceDir = join(tmpDir, 'traces', basename(outBase));
  await rm(traceDir, { recursive: true, force: true });
  await mkdir(traceDir, { recursive: true });
  for (let round = 0; round < traceRuns; round++) {
    for (const id of TRACED) {
      const v = VARIANTS.find((x) => x.id === id);
      const s = await sample(v, 'loopback', { trace: true });
      s.round = round;
      if (s.traceBuffer) {
        const file = join(traceDir, `${id}-${round + 1}.json`);
        await writeFile(file, s.traceBuffer);
        s.traceFile = relative(root, file);
        traceFiles.push(s.traceFile);
        delete s.traceBuffer;
      }
      samples.push(s);
      const w = s.trace?.windows;
      log(`traced   r${round + 1} ${id.padEnd(17)} ${s.error ? `ERROR ${s.error}` : `longest task: load ${fmt(w?.load?.longestMs)} ms, click ${fmt(w?.click?.longestMs)} ms`}`);
    }
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
machine.loadavgAtEnd = os.loadavg().map((v) => +v.toFixed(2));

// ---------------------------------------------------------------------------------------------------------------
// Summaries
function fmt(v, digits = 0) {
  return v === undefined || v === null || Number.isNaN(v) ? '–' : Number(v).toFixed(digits);
}
function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return undefined;
  const q = (p) => {
    const i = (v.length - 1) * p;
    return v[Math.floor(i)] + (v[Math.ceil(i)] - v[Math.floor(i)]) * (i - Math.floor(i));
  };
  return { n: v.length, median: q(0.5), p25: q(0.25), p75: q(0.75), min: v[0], max: v[v.length - 1] };
}
const pickSamples = (id, condition, traced = false) => samples.filter((s) => s.variant === id && s.condition === condition && !!s.traced === traced && !s.error);
const blankHeap = stats(pickSamples('blank', 'loopback').map((s) => s.heap))?.median ?? 0;
const summary = {};
for (const v of VARIANTS) {
  const l = pickSamples(v.id, 'loopback');
  const m = pickSamples(v.id, 'mobile');
  const traced = pickSamples(v.id, 'loopback', true);
  summary[v.id] = {
    label: v.label,
    failed: samples.filter((s) => s.variant === v.id && s.error).map((s) => `${s.condition}: ${s.error}`),
    loopback: {
      usable: stats(l.map((s) => s.usable)),
      lastReady: stats(l.map((s) => s.lastReady)),
      fcp: stats(l.map((s) => s.fcp)),
      loadEvent: stats(l.map((s) => s.loadEvent)),
      result: stats(l.map((s) => s.click?.fromUp)),
      resultFromDown: stats(l.map((s) => s.click?.fromDown)),
      heap: stats(l.map((s) => s.heap)),
      heapOverBlank: stats(l.map((s) => s.heap - blankHeap)),
      transferred: stats(l.map((s) => s.transferred)),
      requests: stats(l.map((s) => s.requests.length)),
      longtaskLoadMax: stats(l.map((s) => s.longtaskLoad?.longest)),
      longtaskLoadCount: stats(l.map((s) => s.longtaskLoad?.count)),
      longtaskClickMax: stats(l.map((s) => s.longtaskClick?.longest)),
      longtaskHoverMax: stats(l.map((s) => s.longtaskHover?.longest)),
      resultMatchesTarget: l.filter((s) => s.click).every((s) => String(s.click.resultChair) === String(s.click.target)),
    },
    mobile: {
      usable: stats(m.map((s) => s.usable)),
      fcp: stats(m.map((s) => s.fcp)),
      result: stats(m.map((s) => s.click?.fromUp)),
      longtaskLoadMax: stats(m.map((s) => s.longtaskLoad?.longest)),
      longtaskClickMax: stats(m.map((s) => s.longtaskClick?.longest)),
      longtaskHoverMax: stats(m.map((s) => s.longtaskHover?.longest)),
    },
    traced: traced.length
      ? {
          runs: traced.length,
          loadLongest: stats(traced.map((s) => s.trace?.windows?.load?.longestMs)),
          clickLongest: stats(traced.map((s) => s.trace?.windows?.click?.longestMs)),
          hoverLongest: stats(traced.map((s) => s.trace?.windows?.hover?.longestMs)),
          loadOver50: stats(traced.map((s) => s.trace?.windows?.load?.over50)),
          clickOver50: stats(traced.map((s) => s.trace?.windows?.click?.over50)),
          // The breakdown of the run whose longest load task is the median one.
          median: (() => {
            const sorted = [...traced].sort((a, b) => (a.trace?.windows?.load?.longestMs ?? 0) - (b.trace?.windows?.load?.longestMs ?? 0));
            const s = sorted[(sorted.length - 1) >> 1];
            return { traceFile: s.traceFile, ...s.trace };
          })(),
        }
      : undefined,
  };
}
// Keep only the trace each summary points to (the median one per variant): traces are 7–15 MB each.
const keptTraces = new Set(Object.values(summary).map((v) => v.traced?.median?.traceFile).filter(Boolean));
for (const file of traceFiles.filter((f) => !keptTraces.has(f))) await rm(join(root, file), { force: true });
traceFiles.splice(0, traceFiles.length, ...keptTraces);

const ratio = (a, b) => (a !== undefined && b ? a / b : undefined);
const med = (id, cond, key) => summary[id]?.[cond]?.[key]?.median;
const ratios = {
  surveyjsOverCoop: {
    sizeArGzip: ratio(sizes?.surveyjs?.ar?.code.gzip, sizes?.coop?.ar?.code.gzip),
    usableLoopback: ratio(med('surveyjs-ar', 'loopback', 'usable'), med('coop-ar', 'loopback', 'usable')),
    usableMobile: ratio(med('surveyjs-ar', 'mobile', 'usable'), med('coop-ar', 'mobile', 'usable')),
    resultLoopback: ratio(med('surveyjs-ar', 'loopback', 'result'), med('coop-ar', 'loopback', 'result')),
    resultMobile: ratio(med('surveyjs-ar', 'mobile', 'result'), med('coop-ar', 'mobile', 'result')),
    heapOverBlank: ratio(med('surveyjs-ar', 'loopback', 'heapOverBlank'), med('coop-ar', 'loopback', 'heapOverBlank')),
  },
};

const results = {
  about: 'Benchmark of <coop-chair-quiz> (issue 7): see bench/results.md for the method. Times in ms since navigation start or since the click; sizes in bytes; heap in bytes.',
  command,
  date: started.toISOString(),
  durationSeconds: Math.round((Date.now() - started.getTime()) / 1000),
  machine,
  chromium,
  node: process.version,
  puppeteerCore: JSON.parse(readFileSync(join(root, 'node_modules', 'puppeteer-core', 'package.json'), 'utf8')).version,
  surveyjs: JSON.parse(readFileSync(join(root, 'node_modules', 'survey-core', 'package.json'), 'utf8')).version,
  git,
  options: { runs, mobileRuns, traceRuns, quick, build, only },
  conditions: CONDITIONS,
  variants: VARIANTS,
  generatedQuizzes: generated,
  sourceMapForProfiles: !!sourceMap,
  distSnapshot: { dir: relative(root, snapshotDir), ...snapshot },
  sizes,
  summary,
  ratios,
  blankHeap,
  traceFiles,
  samples,
};
await mkdir(join(outBase, '..'), { recursive: true });
await writeFile(`${outBase}.json`, `${JSON.stringify(results, null, 1)}\n`);
await writeFile(`${outBase}.md`, markdown(results));
log(`wrote ${relative(root, outBase)}.json and ${relative(root, outBase)}.md in ${results.durationSeconds} s`);

// ---------------------------------------------------------------------------------------------------------------
// Markdown
function markdown(r) {
  const kB = (b) => (b === undefined ? '–' : `${(b / 1000).toFixed(1)} kB`);
  const ms = (s, digits = 0) => (s ? `${fmt(s.median, digits)}` : '–');
  const range = (s, digits = 0) => (s ? `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})` : '–');
  const x = (v, digits = 1) => (v === undefined ? '–' : `×${v.toFixed(digits)}`);
  const S = r.summary;
  const lines = [];
  const p = (...l) => lines.push(...l);
  const date = r.date.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  p(
    '# Benchmark: `<coop-chair-quiz>` (script-tag build) and SurveyJS',
    '',
    `Produced by \`${r.command}\` on ${date} (${r.durationSeconds} s). Every sample and the machine are in \`${relative(root, outBase)}.json\`.`,
    '',
    `**Machine:** ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGB} GB, ${r.machine.os}; Chromium ${r.chromium.replace(/^[^/]*\//, '')} (headless, puppeteer-core ${r.puppeteerCore}); Node ${r.node}; load average ${r.machine.loadavgAtStart.join(' ')} at start, ${r.machine.loadavgAtEnd.join(' ')} at the end. ` +
      `Source: commit ${r.git?.commit?.slice(0, 10) ?? '?'}${r.git?.modified?.length ? ` plus uncommitted changes to ${r.git.modified.map((f) => `\`${f}\``).join(', ')}` : ''} (built script ${r.distSnapshot.script}, sha-256 prefix). SurveyJS ${r.surveyjs}.`,
    '',
    `Timings are medians of ${r.options.runs} cold loads on loopback and ${r.options.mobileRuns} under the mobile profile, per variant, all variants interleaved in one run; (min–max) in brackets. This machine is shared and noisy (2 cores): read the ratios between rows, not the absolute values, and never use them as pass/fail thresholds.`,
    '',
  );

  // Sizes
  const sz = r.sizes;
  if (sz) {
    const list = (files) => files.map((f) => `\`${f.path}\``).join(' + ') || '—';
    p(
      '## Size (minified, gzip level 9 of the files the page actually fetched)',
      '',
      '| | `<coop-chair-quiz>` | SurveyJS (imagemap) | SurveyJS ÷ coop |',
      '|---|---:|---:|---:|',
      `| **Arabic page**: all the code it needs (incl. chunks loaded on click) | **${kB(sz.coop.ar.code.gzip)}** (${kB(sz.coop.ar.code.bytes)} min) | **${kB(sz.surveyjs.ar.code.gzip)}** (${kB(sz.surveyjs.ar.code.bytes)} min) | ${x(sz.surveyjs.ar.code.gzip / sz.coop.ar.code.gzip)} |`,
      `| + French (extra files) | +${kB(sz.coop.fr.extra.gzip)} | +${kB(sz.surveyjs.fr.extra.gzip)} | |`,
      `| + English (extra files) | +${kB(sz.coop.en.extra.gzip)} | +${kB(sz.surveyjs.en.extra.gzip)} | |`,
      `| Quiz data + picture (not code; same picture) | ${kB(sz.coop.ar.content.gzip)} | ${kB(sz.surveyjs.ar.content.gzip)} | |`,
      `| Whole Arabic page on the wire (HTML, code, data, picture; server gzip) | ${kB(sz.coop.ar.wire.transferred)} in ${sz.coop.ar.wire.requests} requests | ${kB(sz.surveyjs.ar.wire.transferred)} in ${sz.surveyjs.ar.wire.requests} requests | ${x(sz.surveyjs.ar.wire.transferred / sz.coop.ar.wire.transferred)} |`,
      '',
      'Files:',
      '',
      `- coop, Arabic: ${list(sz.coop.ar.code.files)}; + French: ${list(sz.coop.fr.extra.files)}; + English: ${list(sz.coop.en.extra.files)}.`,
      `- SurveyJS, Arabic: ${list(sz.surveyjs.ar.code.files)}; + French: ${list(sz.surveyjs.fr.extra.files)}; + English: ${list(sz.surveyjs.en.extra.files)} (English is built in).`,
      `- Data: coop ${list(sz.coop.ar.content.files)}; SurveyJS ${list(sz.surveyjs.ar.content.files)}.`,
      `- Requests made by the click: coop ${sz.coop.ar.clickRequests.map((u) => `\`${u}\``).join(', ') || 'none'}; SurveyJS ${sz.surveyjs.ar.clickRequests.map((u) => `\`${u}\``).join(', ') || 'none'}.`,
      '',
    );
  }

  // Comparison
  const row = (id, label) => {
    const s = S[id];
    if (!s) return undefined;
    return `| ${label} | ${range(s.loopback.usable)} | ${range(s.mobile.usable)} | ${range(s.loopback.result, 1)} | ${range(s.mobile.result, 1)} | ${s.loopback.heapOverBlank ? `${(s.loopback.heapOverBlank.median / 1e6).toFixed(2)} MB` : '–'} | ${s.loopback.transferred ? kB(s.loopback.transferred.median) : '–'} |`;
  };
  const head = [
    '| | chairs usable, loopback (ms) | chairs usable, Slow 4G + 4× CPU (ms) | click → result painted, loopback (ms) | click → result painted, 4× CPU (ms) | JS heap after load, over an empty page | transferred |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  const rr = r.ratios.surveyjsOverCoop;
  p(
    '## `<coop-chair-quiz>` against SurveyJS: the meeting room, Arabic page',
    '',
    ...head,
    row('coop-ar', '`<coop-chair-quiz>`'),
    row('surveyjs-ar', 'SurveyJS imagemap'),
    `| **SurveyJS ÷ coop** | **${x(rr.usableLoopback)}** | **${x(rr.usableMobile)}** | **${x(rr.resultLoopback)}** | **${x(rr.resultMobile)}** | **${x(rr.heapOverBlank)}** | |`,
    row('coop-fr', '`<coop-chair-quiz>`, French page'),
    '',
    `Empty page: JS heap ${(r.blankHeap / 1e6).toFixed(2)} MB (subtracted above).`,
    '',
    'Other load milestones, loopback medians (ms from navigation start): first contentful paint / `coop-chair-quiz-ready` (the last one on the page) / chairs usable / `load` event (after the picture):',
    '',
    ...['coop-ar', 'surveyjs-ar', 'coop-fr'].filter((id) => S[id]).map((id) => {
      const l = S[id].loopback;
      return `- ${S[id].label}: ${ms(l.fcp)} / ${ms(l.lastReady)} / ${ms(l.usable)} / ${ms(l.loadEvent)}`;
    }),
    '',
  );

  // Scaling
  const base10 = S['coop-chairs-10'];
  const base1 = S['coop-ar'];
  const scaleRow = (id, label, baseline) => {
    const s = S[id];
    if (!s) return undefined;
    const f = (a, b) => (a && b ? ` ${x(a.median / b.median)}` : '');
    return `| ${label} | ${range(s.loopback.usable)}${f(s.loopback.usable, baseline?.loopback.usable)} | ${range(s.mobile.usable)}${f(s.mobile.usable, baseline?.mobile.usable)} | ${range(s.loopback.result, 1)}${f(s.loopback.result, baseline?.loopback.result)} | ${range(s.mobile.result, 1)} | ${s.loopback.heapOverBlank ? `${(s.loopback.heapOverBlank.median / 1e6).toFixed(2)} MB${f(s.loopback.heapOverBlank, baseline?.loopback.heapOverBlank)}` : '–'} | ${fmt(s.loopback.longtaskLoadMax?.max)} / ${fmt(s.loopback.longtaskClickMax?.max)} |`;
  };
  const scaleHead = [
    '| | chairs usable, loopback (ms) | chairs usable, Slow 4G + 4× CPU (ms) | click → result painted, loopback (ms) | click → result, 4× CPU (ms) | JS heap over an empty page | longest task > 50 ms seen, load / click (ms, worst run, loopback) |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  const g = r.generatedQuizzes;
  p(
    '## How it grows with the work',
    '',
    `Chairs (generated quizzes: the meeting room's Arabic texts cycled, on a grid over the same picture; files of ${kB(g[10].bytes)}, ${kB(g[100].bytes)} and ${kB(g[1000].bytes)}; ×N = against 10 chairs):`,
    '',
    ...scaleHead,
    scaleRow('coop-chairs-10', '10 chairs', base10),
    scaleRow('coop-chairs-100', '100 chairs', base10),
    scaleRow('coop-chairs-1000', '1,000 chairs', base10),
    '',
    'Quizzes on one page (each the meeting room, 10 chairs, three languages, its own fetch; "usable" = every quiz usable; the click is on the first; ×N = against 1 quiz):',
    '',
    ...scaleHead,
    scaleRow('coop-ar', '1 quiz', base1),
    scaleRow('coop-quizzes-20', '20 quizzes', base1),
    scaleRow('coop-quizzes-100', '100 quizzes', base1),
    '',
    '"–" in the long-task column: no task over 50 ms was reported (PerformanceObserver reports only those).',
    '',
  );

  // Long tasks
  p('## Long tasks (the 50 ms question)', '');
  const over = (v) => (v === undefined ? '' : v > 50 ? ` — **${fmt(v - 50)} ms over 50 ms**` : ' — under 50 ms');
  const describeWindow = (w, label, traceFile) => {
    if (!w) return;
    p(
      `**${label}:** longest task ${fmt(w.longestMs, 1)} ms${over(w.longestMs)}; ${w.tasks} tasks in the window (${fmt(w.windowMs)} ms, main thread busy ${fmt(w.mainThreadBusyMs)} ms); trace \`${traceFile}\` (Chrome DevTools → Performance → load profile).`,
      '',
      ...w.topTasks.map((t) => `- ${t.ms} ms task at ${t.atMs} ms: ${t.mostly}`),
      `- the longest, by kind (trace events, self time, ms): ${Object.entries(w.longestBreakdown?.byCategory ?? {}).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    );
    const f = w.longestFunctions;
    if (f) {
      p(
        `- the longest, CPU profile by source (ms; samples during style/layout/paint/GC are counted there, not to the JavaScript that forced them): ${Object.entries(f.bySource).map(([k, v]) => `\`${k}\` ${v}`).join(', ')}`,
        `- the longest, top functions (self, ms): ${Object.entries(f.byFunction).slice(0, 10).map(([k, v]) => `\`${k}\` ${v}`).join(', ')}`,
      );
    }
    if (w.windowFunctions && w !== undefined) {
      p(`- the whole window, JavaScript by source (ms): ${Object.entries(w.windowFunctions.bySource).slice(0, 8).map(([k, v]) => `\`${k}\` ${v}`).join(', ')}`);
    }
    p('');
  };
  const t1000 = S['coop-chairs-1000'];
  if (t1000) {
    const tr = t1000.traced;
    const lo = t1000.loopback;
    p(
      '**1,000 chairs, this machine (loopback, no throttling, desktop viewport):**',
      '',
      `- PerformanceObserver("longtask"), ${lo.longtaskLoadMax?.n ?? 0} untraced loads: longest task during load median ${fmt(lo.longtaskLoadMax?.median)} ms (${fmt(lo.longtaskLoadMax?.min)}–${fmt(lo.longtaskLoadMax?.max)})${over(lo.longtaskLoadMax?.median)}, ${fmt(lo.longtaskLoadCount?.median)} task(s) over 50 ms per load; during the click (pointerdown → result painted) median ${fmt(lo.longtaskClickMax?.median)} ms (${fmt(lo.longtaskClickMax?.min)}–${fmt(lo.longtaskClickMax?.max)})${over(lo.longtaskClickMax?.median)}; while the mouse arrives over the chair (hover, before the press) median ${fmt(lo.longtaskHoverMax?.median)} ms (worst ${fmt(lo.longtaskHoverMax?.max)}). 0 = no task over 50 ms.`,
    );
    if (tr) {
      p(
        `- CDP traces, ${tr.runs} traced load(s) (tracing and the sampling profiler add some overhead): longest task during load median ${fmt(tr.loadLongest?.median)} ms (${fmt(tr.loadLongest?.min)}–${fmt(tr.loadLongest?.max)})${over(tr.loadLongest?.median)}; during the click median ${fmt(tr.clickLongest?.median)} ms (${fmt(tr.clickLongest?.min)}–${fmt(tr.clickLongest?.max)})${over(tr.clickLongest?.median)}; hover ${fmt(tr.hoverLongest?.median)} ms.`,
      );
    }
    p(
      `- Under the mobile profile (4× slower CPU, phone viewport): longest task during load median ${fmt(t1000.mobile.longtaskLoadMax?.median)} ms, during the click ${fmt(t1000.mobile.longtaskClickMax?.median)} ms, hover ${fmt(t1000.mobile.longtaskHoverMax?.median)} ms.`,
      '',
    );
    if (tr?.median) {
      p(`Profile summary of the traced 1,000-chair load whose longest load task is the median one:`, '');
      describeWindow(tr.median.windows?.load, 'Load (navigation → chairs usable)', tr.median.traceFile);
      describeWindow(tr.median.windows?.click, 'Click (pointerdown → result painted)', tr.median.traceFile);
      describeWindow(tr.median.windows?.hover, 'Hover (the pointer arrives over the chair, before the press)', tr.median.traceFile);
    }
  }
  const others = ['coop-ar', 'surveyjs-ar', 'coop-quizzes-100'].filter((id) => S[id]?.traced);
  if (others.length) {
    p(
      'Other traced variants: longest task during load / click (median of the traced runs, ms), and what the load\'s longest task did:',
      '',
      ...others.map((id) => {
        const tr = S[id].traced;
        const w = tr.median?.windows?.load;
        const js = w?.longestFunctions ? `; its profile by source: ${Object.entries(w.longestFunctions.bySource).slice(0, 4).map(([k, v]) => `\`${k}\` ${v}`).join(', ')}` : '';
        return `- ${S[id].label}: **${fmt(tr.loadLongest?.median)} / ${fmt(tr.clickLongest?.median)}**; ${w?.topTasks?.[0]?.mostly ?? ''}${js}`;
      }),
      '',
    );
  }

  const failures = Object.entries(S).filter(([, s]) => s.failed.length);
  if (failures.length) p('## Failed samples', '', ...failures.map(([id, s]) => `- ${id}: ${s.failed.join('; ')}`), '');
  const mismatched = Object.entries(S).filter(([id, s]) => !VARIANTS.find((v) => v.id === id)?.noClick && !s.loopback.resultMatchesTarget);
  if (mismatched.length) p(`Note: in ${mismatched.map(([id]) => id).join(', ')}, the result shown was not always the chair under the pointer (see samples).`, '');

  p(
    '## What is measured, and how',
    '',
    '- **Cold load:** each sample is a fresh browser context (empty HTTP cache, new renderer process) with the cache disabled; one navigation; then one click. Variants run interleaved (A, B, C…, A, B, C…, each round starting one variant later), loopback rounds and mobile rounds alternating, after the size probes and two untimed warm-up loads. A local Node server on 127.0.0.1 serves the files, gzip level 9 for text (HTTP/1.1); `/dist/` is a snapshot of `dist/` taken after the build (\`bench/tmp/dist/\`), so a rebuild by other work during the run cannot change what is measured.',
    '- **Chairs usable:** ms from navigation start (`performance.now()`) until just after the first frame in which every chair exists and the chair to be clicked is hit-testable: `<coop-chair-quiz>`: every element has fired `coop-chair-quiz-ready`, its `[role=radio]` chairs are all rendered, and `elementFromPoint` at the target chair\'s centre hits a chair. SurveyJS: the image-map SVG has its `viewBox` (set when the picture has loaded — SurveyJS places its areas only then) and one `<circle>` per chair, and `elementFromPoint` hits the target circle. The predicate is checked in every `requestAnimationFrame` callback; the time is taken in a task posted from the first callback where it holds (just after that frame).',
    '- **Click → result painted:** CDP `Input.dispatchMouseEvent` (press, release) at the centre of the chair (chair 5; 50 of 100; 500 of 1,000), after scrolling it to the middle of the viewport. Measured from the `pointerup` event\'s timestamp (the click) to just after the first frame in which the result heading exists: `<coop-chair-quiz>`\'s `.result-heading` (the result card, which it renders at once); SurveyJS: its value changes, the `visibleIf` of the matching `html` question shows the same result card (heading, place, description, the four sections). Both show the same texts. Requests made during the click are listed in the size section. Before the press the mouse moves onto the chair and rests 100 ms, as a real mouse does (SurveyJS loses a press that comes with no hover before it: its hover re-render replaces the SVG\'s shapes between the press and the release). The point clicked is the chair\'s centre, or the nearest point of it no other chair covers (1,000 chairs overlap).',
    '- **JS heap:** `Runtime.getHeapUsage().usedSize` after two forced GCs (`HeapProfiler.collectGarbage`), once the page is usable and the network idle, minus the same on an empty page.',
    '- **Long tasks:** a `PerformanceObserver({ type: "longtask", buffered: true })` injected before any page script, in every sample (it only sees tasks over 50 ms); and CDP traces (`devtools.timeline`, `toplevel`, `v8.execute`, the V8 sampling profiler; not `disabled-by-default-devtools.timeline`, whose layer recording alone adds ~130 ms compositor commits with 1,000 chairs) of a few extra loopback loads, analysed for the page\'s main thread: every task in the load window (navigation → usable) and the click window (pointerdown → result), the longest one\'s self time by trace event, and its JavaScript by function and source file (named through a source-map build of the same sources, used only when byte-identical to `dist/`).',
    '- **Mobile profile:** `Network.emulateNetworkConditions` 150 ms latency, 1.6 Mbps down, 750 kbps up ("Slow 4G" as in the issue; DevTools\' own preset uses 562.5 ms of request latency to emulate the same link) and `Emulation.setCPUThrottlingRate` 4, viewport 412×823 at 1.75× (Lighthouse\'s mobile device). Loopback runs use a 1100×900 desktop viewport.',
    '- **SurveyJS page:** `survey.core.min.js`, `survey-js-ui.min.js` (Preact inside) and `survey-core.fontless.min.css`, plus SurveyJS\'s Arabic or French UI strings (`i18n/*.min.js`), all `defer` as the component\'s module is; the default theme `survey-core.min.css` would also fetch Open Sans from Google Fonts. The question: an `imagemap` (single choice, circles of radius 22 px in the picture\'s 800×600 space at the same centres as the chairs, visible fill), with the quiz texts as SurveyJS localizable strings, generated from `quizzes/meeting-room.json` into `bench/tmp/surveyjs-meeting-room.json`. SurveyJS draws no numbers on its areas (the area text is a tooltip); the component draws numbered, keyboard-reachable radios.',
    '- **Sizes** are the gzip level 9 (`node:zlib`) sizes of the files each page fetched in a probe load with a click, so a chunk loaded only on French pages or only on click is counted where it is needed.',
    '',
  );
  return `${lines.filter((l) => l !== undefined).join('\n')}\n`;
}
