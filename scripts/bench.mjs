// Benchmark of the script-tag build (issue 7, the measuring part): size, cold load until the chairs are usable,
// click until the result is painted, JS heap, long tasks; how they grow with 10/100/1,000 chairs and 1/20/100
// quizzes on a page; and the same quiz built with SurveyJS's image-map question, measured in the same run.
//
//   npm run bench  (= node scripts/bench.mjs)  [--runs N] [--mobile-runs N] [--trace-runs N] [--quick] [--no-build]
//                                               [--only variant,variant] [--out bench/results]
//                                               [--trace-condition loopback|mobile] (the traced loads' profile)
//                                               [--keep-traces] (every trace, not only each variant's median one)
//
// About 10 minutes on 2 cores by default (5 rounds of 15 pages on loopback, 10 of them under the mobile profile too,
// 12 traced loads); --quick (2 loopback rounds, 1 mobile, 1 trace) about 2 minutes.
// Writes bench/results.md (the tables) and bench/results.json (every sample, the machine; git-ignored, about 0.8 MB
// a run). Timings are for reading, never for pass/fail: the machine is shared and noisy, so every variant is measured interleaved (A, B, C, A, B, C…)
// and the tables give medians and ratios from one run. Uses Debian's Chromium (CHROME_PATH to override) through
// puppeteer-core and serves the files on a free loopback port (scripts/static-server.mjs).
// The parts: bench/variants.mjs (what is measured), bench/fixtures.mjs (what the pages load), bench/run.mjs (the
// loads), bench/trace.mjs (the traces), bench/report.mjs (the summaries and the tables).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { basename, join, relative } from 'node:path';
import { gzipped, serveStatic } from './static-server.mjs';
import {
  generateQuizzes,
  run,
  snapshotDist,
  sourceMapBuild,
  writeSnippetPage,
  writeSurveyQuiz,
} from './bench/fixtures.mjs';
import { markdown, ratios, summarize } from './bench/report.mjs';
import { createSampler, launchChromium, measureSizes, runRounds, runTraced } from './bench/run.mjs';
import { CONDITIONS, tracedFor, variantsFor } from './bench/variants.mjs';

const root = new URL('..', import.meta.url).pathname;
const benchDir = join(root, 'bench');
const tmpDir = join(benchDir, 'tmp');

// Options
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
if (flag('--help') || flag('-h')) {
  console.log(
    'node scripts/bench.mjs [--runs N (default 5)] [--mobile-runs N (default = runs)] [--trace-runs N (default 3)] [--quick] [--no-build] [--only id,id] [--out bench/results] [--trace-condition loopback|mobile] [--keep-traces]',
  );
  process.exit(0);
}
const quick = flag('--quick');
const runs = Number(option('--runs', quick ? 2 : 5));
const mobileRuns = Number(option('--mobile-runs', quick ? 1 : runs));
const traceRuns = Number(option('--trace-runs', quick ? 1 : 3));
const traceCondition = option('--trace-condition', 'loopback');
if (!CONDITIONS[traceCondition]) throw new Error(`--trace-condition: one of ${Object.keys(CONDITIONS).join(', ')}`);
const build = !flag('--no-build');
const only = option('--only', '').split(',').filter(Boolean);
const outBase = join(root, option('--out', 'bench/results'));
const command =
  process.env.npm_lifecycle_event === 'bench'
    ? `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`
    : `node scripts/bench.mjs${argv.length ? ` ${argv.join(' ')}` : ''}`;
const started = new Date();
const log = (...args) =>
  console.log(`[bench ${((Date.now() - started.getTime()) / 1000).toFixed(0).padStart(3)} s]`, ...args);
const VARIANTS = variantsFor(only);
const TRACED = tracedFor(VARIANTS, quick);

// ---------------------------------------------------------------------------------------------------------------
// What the pages load
if (build) run(root, log, 'npm', ['run', 'build', '--silent']);
await mkdir(tmpDir, { recursive: true });
const snapshot = await snapshotDist(root, tmpDir);
/** The local file for a URL path of the bench server. */
const localFile = (urlPath) =>
  urlPath.startsWith('/dist/') ? join(snapshot.dir, urlPath.slice('/dist/'.length)) : join(root, urlPath);
const sourceMap = sourceMapBuild(root, tmpDir, snapshot.dir, log);
const base = JSON.parse(await readFile(join(root, 'quizzes', 'meeting-room.json'), 'utf8'));
const generated = await generateQuizzes(base, tmpDir);
await writeSurveyQuiz(base, tmpDir);
await writeSnippetPage(benchDir, tmpDir);

// Server: only the folders the bench pages use, gzipped as a real host would.
const SERVED = ['/dist/', '/bench/', '/node_modules/survey-core/', '/node_modules/survey-js-ui/'];
const server = await serveStatic({
  gzip: true,
  fileFor: (path) => (SERVED.some((p) => path.startsWith(p)) ? localFile(path) : undefined),
});
const { origin } = server;
const harness = await readFile(join(benchDir, 'harness.js'), 'utf8');
const browser = await launchChromium();
const chromium = await browser.version();
const sample = createSampler({ browser, origin, harness, sourceMap });

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
} catch {
  // not a git checkout: the report names no commit
}
log(
  `Chromium ${chromium}, Node ${process.version}, ${machine.cpu} × ${machine.cores}, load ${machine.loadavgAtStart.join(' ')}`,
);
log(
  `generated quizzes: ${Object.entries(generated)
    .map(([n, g]) => `${n} chairs ${(g.bytes / 1000).toFixed(0)} kB (${(g.gzip / 1000).toFixed(1)} kB gz)`)
    .join(', ')}`,
);

const samples = [];
const traceFiles = [];
let sizes;
try {
  log('sizes: one load (with a click) of each page, ar/fr/en, to list the files it fetches');
  sizes = await measureSizes(sample, localFile);
  log(
    `sizes: coop ar ${(sizes.coop.ar.code.gzip / 1000).toFixed(1)} kB gz, SurveyJS ar ${(sizes.surveyjs.ar.code.gzip / 1000).toFixed(1)} kB gz`,
  );

  // Warm-up: one untimed load of each page type (Chromium's first start, the OS file cache); the server's gzip cache
  // is already filled by the size probes and the files below.
  for (const path of Object.values(generated).map((g) => g.file)) await gzipped(join(root, path));
  for (const id of ['coop-ar', 'surveyjs-ar']) {
    const v = VARIANTS.find((x) => x.id === id);
    if (v) await sample(v, 'loopback');
  }
  samples.push(...(await runRounds({ sample, variants: VARIANTS, runs, mobileRuns, log })));
  const traceDir = join(tmpDir, 'traces', basename(outBase));
  const traced = await runTraced({
    sample,
    variants: VARIANTS,
    traced: TRACED,
    traceRuns,
    traceDir,
    root,
    log,
    condition: traceCondition,
  });
  samples.push(...traced.samples);
  traceFiles.push(...traced.traceFiles);
} finally {
  await browser.close();
  await server.close();
}
machine.loadavgAtEnd = os.loadavg().map((v) => +v.toFixed(2));

// ---------------------------------------------------------------------------------------------------------------
// Summaries
const { summary, blankHeap } = summarize(samples, VARIANTS);
// Keep only the trace each summary points to (the median one per variant): traces are 7–15 MB each.
const keptTraces = new Set(
  Object.values(summary)
    .map((v) => v.traced?.median?.traceFile)
    .filter(Boolean),
);
if (!flag('--keep-traces'))
  for (const file of traceFiles.filter((f) => !keptTraces.has(f))) await rm(join(root, file), { force: true });
traceFiles.splice(0, traceFiles.length, ...keptTraces);

const results = {
  about:
    'Benchmark of <coop-chair-quiz> (issue 7): see bench/results.md for the method. Times in ms since navigation start or since the click; sizes in bytes; heap in bytes.',
  command,
  date: started.toISOString(),
  durationSeconds: Math.round((Date.now() - started.getTime()) / 1000),
  machine,
  chromium,
  node: process.version,
  puppeteerCore: JSON.parse(readFileSync(join(root, 'node_modules', 'puppeteer-core', 'package.json'), 'utf8')).version,
  surveyjs: JSON.parse(readFileSync(join(root, 'node_modules', 'survey-core', 'package.json'), 'utf8')).version,
  git,
  options: { runs, mobileRuns, traceRuns, traceCondition, quick, build, only },
  conditions: CONDITIONS,
  variants: VARIANTS,
  generatedQuizzes: generated,
  sourceMapForProfiles: !!sourceMap,
  distSnapshot: { dir: relative(root, snapshot.dir), script: snapshot.script, files: snapshot.files },
  sizes,
  summary,
  ratios: ratios(summary, sizes),
  blankHeap,
  traceFiles,
  samples,
};
await mkdir(join(outBase, '..'), { recursive: true });
await writeFile(`${outBase}.json`, `${JSON.stringify(results, null, 1)}\n`);
await writeFile(
  `${outBase}.md`,
  markdown(results, { resultsFile: `${relative(root, outBase)}.json`, variants: VARIANTS }),
);
log(`wrote ${relative(root, outBase)}.json and ${relative(root, outBase)}.md in ${results.durationSeconds} s`);
