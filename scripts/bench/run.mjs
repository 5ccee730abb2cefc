// The measuring part of scripts/bench.mjs: cold loads in Chromium through puppeteer-core. One sample = a fresh
// browser context (empty cache, new renderer process), one navigation until the chairs are usable, the heap, one
// click until the result is painted, the long tasks, and optionally a CDP trace.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync, constants as zlibConstants } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { analyzeTrace } from './trace.mjs';
import { CONDITIONS, meetingRoom, TRACE_CATEGORIES } from './variants.mjs';
import { CHROMIUM_ARGS } from '../chromium.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const withTimeout = (promise, ms, what) => {
  let timer;
  const timeout = new Promise(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms)),
  );
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};
export const fmt = (v, digits = 0) =>
  v === undefined || v === null || Number.isNaN(v) ? '–' : Number(v).toFixed(digits);

export function launchChromium() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** The page's network requests by CDP request id: URL, status, encoding, bytes on the wire, start and end. */
async function recordRequests(cdp) {
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, start: e.timestamp }));
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r)
      Object.assign(r, {
        status: e.response.status,
        encoding: e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'],
      });
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
  return requests;
}

/** Console errors, the condition's viewport and throttling, and the page-side probes (bench/harness.js). */
async function preparePage(page, condition, harness, out) {
  page.on(
    'console',
    (m) => (m.type() === 'error' || m.type() === 'warn') && out.console.push(`${m.type()}: ${m.text()}`),
  );
  page.on('pageerror', (e) => out.console.push(`pageerror: ${e.message}`));
  await page.setViewport(condition.viewport);
  if (condition.network) await page.emulateNetworkConditions(condition.network);
  if (condition.cpu) await page.emulateCPUThrottling(condition.cpu);
  await page.evaluateOnNewDocument(harness);
}

/**
 * Navigates and waits until the chairs are usable; unless `first` (the click comes right then), lets the load finish
 * (the picture, late files) too. The load milestones.
 */
async function measureLoad(page, cdp, url, timeout, { first = false } = {}) {
  await withTimeout(page.goto(url, { waitUntil: 'domcontentloaded', timeout }), timeout, 'navigation');
  const target = await withTimeout(
    page.evaluate(() => window.__bench.usable.then(() => window.__bench.target)),
    timeout,
    'chairs usable',
  );
  if (first && target) {
    // The click right when the chairs appear: the pointer arrives and presses at once, before anything else.
    const press = { ...target, button: 'left', clickCount: 1 };
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...target, buttons: 0 });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', buttons: 1, ...press });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', buttons: 0, ...press });
  }
  if (!first) await page.waitForNetworkIdle({ idleTime: 250, timeout: 30_000 }).catch(() => {});
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
  const { marks } = load;
  const milestones = {
    usable: marks.usable,
    usableRaf: marks.usableRaf,
    firstReady: marks.firstReady,
    lastReady: marks.lastReady,
    fcp: load.fcp,
    domContentLoaded: load.domContentLoaded,
    loadEvent: load.loadEvent,
  };
  if (first) milestones.pressedAtUsable = !!target;
  return load.error ? { ...milestones, quizError: load.error } : milestones;
}

/** JS heap in use after two forced garbage collections. */
async function measureHeap(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('HeapProfiler.disable');
  return { heap: usage.usedSize, heapTotal: usage.totalSize };
}

/**
 * Scrolls the chair to click into the middle of the viewport and lets two frames pass; where to click it. With
 * `first` (a click right when the chairs appear), scrolls only if the chair is off screen and waits for no frame.
 */
function clickTarget(page, first) {
  return page.evaluate(
    (first) =>
      new Promise((resolve) => {
        const t = window.benchTarget();
        t.scrollIntoView({ block: first ? 'nearest' : 'center', inline: first ? 'nearest' : 'center' });
        const twoFrames = (fn) => (first ? fn() : requestAnimationFrame(() => requestAnimationFrame(fn)));
        twoFrames(() => {
          {
            // The chair's centre, or else the nearest point of it that no other chair covers (with 1,000 chairs
            // they overlap, and later chairs are drawn over earlier ones).
            const b = t.getBoundingClientRect();
            const chairAt = (x, y) =>
              t.getRootNode().elementFromPoint(x, y)?.closest?.('[role="radio"], circle, label[data-number]');
            const spots = [
              [0.5, 0.5],
              [0.4, 0.4],
              [0.3, 0.3],
              [0.3, 0.5],
              [0.5, 0.3],
              [0.25, 0.25],
            ];
            const [fx, fy] =
              spots.find(([fx, fy]) => chairAt(b.left + b.width * fx, b.top + b.height * fy) === t) ?? spots[0];
            const x = b.left + b.width * fx;
            const y = b.top + b.height * fy;
            const hit = chairAt(x, y);
            resolve({
              x,
              y,
              offCentre: fx !== 0.5 || fy !== 0.5,
              size: b.width,
              hit: hit?.dataset?.number ?? hit?.dataset?.benchChair ?? null,
            });
          }
        });
      }),
    first,
  );
}

/** How long after the chairs are usable the later click comes (issue 18: "a click 1.5 s later"). */
export const LATE_CLICK_MS = 1500;

/**
 * Moves the mouse onto the chair, clicks it and waits for the result to be painted. `first`: right when the chairs
 * are usable (no pause: the pointer arrives and presses at once); otherwise LATE_CLICK_MS after they were.
 */
async function clickChair(page, cdp, requests, origin, timeout, { first = false, usable, pressed = false } = {}) {
  const before = requests.size;
  // Pressed already in measureLoad (a first click on a chair in view): only where it landed is left to read.
  const target = pressed
    ? await page.evaluate(() => {
        const t = window.benchTarget();
        const hit =
          window.__bench.target && t.getRootNode().elementFromPoint(window.__bench.target.x, window.__bench.target.y);
        const chair = hit?.closest?.('[role="radio"], circle, label[data-number]');
        return {
          hit: chair?.dataset?.number ?? chair?.dataset?.benchChair ?? null,
          size: t.getBoundingClientRect().width,
        };
      })
    : await clickTarget(page, first);
  if (!first) {
    // The press comes LATE_CLICK_MS after the chairs were usable, the pointer 100 ms before it (at least 200 ms
    // after the scroll, like a visitor's pause before clicking).
    const now = await page.evaluate(() => performance.now());
    await sleep(Math.max(200, usable + LATE_CLICK_MS - 100 - now));
  }
  if (!pressed) {
    // The pointer arrives first, as a mouse does (and SurveyJS needs: a press with no hover before it is lost, its
    // hover re-render replacing the SVG's children between the press and the release).
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: target.x, y: target.y, buttons: 0 });
    if (!first) await sleep(100);
    const press = { x: target.x, y: target.y, button: 'left', clickCount: 1 };
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', buttons: 1, ...press });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', buttons: 0, ...press });
  }
  const click = await withTimeout(
    page.evaluate(() => window.__bench.result),
    timeout / 3,
    'result painted',
  );
  await sleep(300); // long tasks are reported a little after they end
  return {
    target: Number(target.hit) || target.hit,
    offCentre: target.offCentre,
    chairSize: target.size,
    resultChair: click.chair,
    fromUp: click.result - click.up,
    fromDown: click.result - click.down,
    downAfterUsable: click.down - usable,
    inputToHandled: click.upHandled - click.up,
    requestsDuringClick: pressed
      ? undefined
      : [...requests.values()].slice(before).map((r) => r.url.replace(origin, '')),
  };
}

/** The long tasks the page saw, and the longest during the load, the hover and the click. */
async function longTasks(page, out) {
  const bench = await page.evaluate(() => ({
    longtasks: window.__bench.longtasks,
    errors: window.__bench.errors,
    cls: window.__bench.cls,
    shifts: window.__bench.shifts,
  }));
  const inWindow = (from, to) => bench.longtasks.filter((t) => t.start < to && t.start + t.duration > from);
  const summarize = (list) => ({
    count: list.length,
    longest: list.reduce((m, t) => Math.max(m, t.duration), 0),
    total: list.reduce((s, t) => s + t.duration, 0),
  });
  const result = {
    longtasks: bench.longtasks,
    longtaskLoad: summarize(inWindow(0, out.usable)),
    cls: bench.cls,
    shifts: bench.shifts,
  };
  if (out.click) {
    const { click: c, move } = await page.evaluate(() => ({ click: window.__bench.click, move: window.__bench.move }));
    result.longtaskClick = summarize(inWindow(c.down, c.result));
    if (move !== undefined)
      result.longtaskHover = summarize(bench.longtasks.filter((t) => t.start >= move && t.start < c.down));
  }
  if (bench.errors.length) result.errors = bench.errors;
  return result;
}

function requestList(requests, origin) {
  return [...requests.values()].map((r) => ({
    url: r.url.replace(origin, ''),
    status: r.status,
    transferred: r.transferred,
    encoding: r.encoding,
    ms: r.end && r.start ? (r.end - r.start) * 1000 : undefined,
    failed: r.failed,
  }));
}

/**
 * `sample(variant, conditionName, { trace, heap })`: one cold load, then one click on the variant's chair.
 * Returns the sample; never throws (a failure is recorded in `error`).
 */
export function createSampler({ browser, origin, harness, sourceMap }) {
  return async function sample(variant, conditionName, { trace = false, heap = false } = {}) {
    const condition = CONDITIONS[conditionName];
    const context = await browser.createBrowserContext();
    const out = {
      variant: variant.id,
      condition: conditionName,
      traced: trace,
      at: new Date().toISOString(),
      requests: [],
      console: [],
    };
    let page;
    try {
      page = await context.newPage();
      const cdp = await page.createCDPSession();
      const requests = await recordRequests(cdp);
      await preparePage(page, condition, harness, out);
      if (trace) await page.tracing.start({ categories: TRACE_CATEGORIES });
      const url = origin + variant.page;
      const timeout = conditionName === 'mobile' ? 90_000 : 45_000;
      const first = variant.click === 'first';
      Object.assign(out, await measureLoad(page, cdp, url, timeout, { first }));
      if (heap && !first) Object.assign(out, await measureHeap(cdp));
      if (!variant.noClick)
        out.click = await clickChair(page, cdp, requests, origin, timeout, {
          first,
          usable: out.usable,
          pressed: out.pressedAtUsable,
        });
      Object.assign(out, await longTasks(page, out));
      if (trace) {
        const buffer = await page.tracing.stop();
        out.trace = analyzeTrace(JSON.parse(Buffer.from(buffer).toString('utf8')), url, { origin, sourceMap });
        out.traceBuffer = Buffer.from(buffer);
      }
      out.requests = requestList(requests, origin);
      out.transferred = out.requests.reduce((s, r) => s + (r.transferred ?? 0), 0);
    } catch (error) {
      out.error = String(error?.message ?? error);
      if (trace) await page?.tracing.stop().catch(() => {});
    } finally {
      await context.close().catch(() => {});
    }
    return out;
  };
}

// Sizes: what each page really loads (from a load with a click, so lazily loaded chunks count), gzip -9 of the files.
async function fileSizes(paths, localFile) {
  const files = [];
  for (const path of paths) {
    const body = await readFile(localFile(path.split('?')[0]));
    files.push({
      path: path.split('?')[0].replace(/^\//, ''),
      bytes: body.length,
      gzip: gzipSync(body, { level: zlibConstants.Z_BEST_COMPRESSION }).length,
    });
  }
  return { files, bytes: files.reduce((s, f) => s + f.bytes, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}
const isCode = (url) => /\.(m?js|css)(\?|$)/.test(url) && !url.startsWith('/bench/');

export async function measureSizes(sample, localFile) {
  const survey = '/bench/surveyjs.html?survey=/bench/tmp/surveyjs-meeting-room.json';
  const pages = {
    coop: Object.fromEntries(
      ['ar', 'fr', 'en'].map((lang) => [lang, `/bench/coop.html?quiz=${meetingRoom}&lang=${lang}&chair=5`]),
    ),
    surveyjs: Object.fromEntries(['ar', 'fr', 'en'].map((lang) => [lang, `${survey}&lang=${lang}&chair=5`])),
  };
  const sizes = {};
  for (const [lib, byLang] of Object.entries(pages)) {
    sizes[lib] = {};
    for (const [lang, page] of Object.entries(byLang)) {
      const s = await sample({ id: `size-${lib}-${lang}`, page }, 'loopback');
      if (s.error) throw new Error(`size probe ${lib} ${lang}: ${s.error}`);
      const ok = s.requests.filter((r) => r.status === 200);
      const unique = (list) => [...new Set(list.map((r) => r.url.split('?')[0]))];
      const code = unique(ok.filter((r) => isCode(r.url)));
      const content = unique(ok.filter((r) => !isCode(r.url) && !r.url.startsWith('/bench/')));
      const data = unique(ok.filter((r) => r.url.startsWith('/bench/tmp/') || r.url.startsWith('/dist/quizzes/')));
      sizes[lib][lang] = {
        code: await fileSizes(code, localFile),
        content: await fileSizes([...new Set([...content, ...data])], localFile),
        wire: { requests: ok.length, transferred: s.transferred },
        clickRequests: s.click?.requestsDuringClick ?? [],
      };
    }
    for (const lang of ['fr', 'en']) {
      const arFiles = new Set(sizes[lib].ar.code.files.map((f) => f.path));
      const extra = sizes[lib][lang].code.files.filter((f) => !arFiles.has(f.path));
      sizes[lib][lang].extra = {
        files: extra,
        bytes: extra.reduce((s, f) => s + f.bytes, 0),
        gzip: extra.reduce((s, f) => s + f.gzip, 0),
      };
    }
  }
  return sizes;
}

/** The timed rounds: every variant interleaved, loopback and mobile rounds alternating. */
export async function runRounds({ sample, variants, runs, mobileRuns, log }) {
  const samples = [];
  const rounds = Math.max(runs, mobileRuns);
  for (let round = 0; round < rounds; round++) {
    for (const conditionName of ['loopback', 'mobile']) {
      if (round >= (conditionName === 'mobile' ? mobileRuns : runs)) continue;
      const list = variants.filter((v) => (v.conditions ?? ['loopback', 'mobile']).includes(conditionName));
      // Interleaved, and each round starts one variant later, so no variant always runs first or after the same one.
      const order = list.map((_, i) => list[(i + round) % list.length]);
      for (const v of order) {
        const s = await sample(v, conditionName, { heap: conditionName === 'loopback' });
        s.round = round;
        samples.push(s);
        log(`${conditionName.padEnd(8)} r${round + 1} ${v.id.padEnd(17)} ${describeSample(s)}`);
      }
    }
  }
  return samples;
}

function describeSample(s) {
  if (s.error) return `ERROR ${s.error}`;
  const parts = [`usable ${fmt(s.usable)} ms`];
  if (s.click) parts.push(`result ${fmt(s.click.fromUp, 1)} ms (${fmt(s.click.downAfterUsable)} ms after usable)`);
  if (s.cls) parts.push(`CLS ${s.cls.toFixed(3)}`);
  if (s.heap) parts.push(`heap ${(s.heap / 1e6).toFixed(2)} MB`);
  if (s.longtaskLoad?.count) parts.push(`long tasks ${s.longtaskLoad.count} (max ${fmt(s.longtaskLoad.longest)} ms)`);
  return parts.join(', ');
}

/**
 * Traced loads (CDP trace with the V8 sampling profiler: slower than untraced loads, so only for the breakdown).
 * Traces go to `traceDir` (bench/tmp/traces/<name of --out>/), so a --quick run elsewhere keeps them.
 */
export async function runTraced({ sample, variants, traced, traceRuns, traceDir, root, log, condition = 'loopback' }) {
  const samples = [];
  const traceFiles = [];
  await rm(traceDir, { recursive: true, force: true });
  await mkdir(traceDir, { recursive: true });
  for (let round = 0; round < traceRuns; round++) {
    for (const id of traced) {
      const s = await sample(
        variants.find((x) => x.id === id),
        condition,
        { trace: true },
      );
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
      log(
        `traced   r${round + 1} ${id.padEnd(17)} ${s.error ? `ERROR ${s.error}` : `longest task: load ${fmt(w?.load?.longestMs)} ms, click ${fmt(w?.click?.longestMs)} ms`}`,
      );
    }
  }
  return { samples, traceFiles };
}
