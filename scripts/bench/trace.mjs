// Trace analysis for scripts/bench.mjs: the page's main thread, its tasks in the load and click windows, what the
// longest one spent its time on (trace events, self time) and which functions (CPU profile samples, named through
// the source map of a build of the same sources, read with Node's module.SourceMap).
//
// `names` = { origin, sourceMap }: the bench server's origin (stripped from URLs) and the SourceMap, if any.
export function analyzeTrace(json, url, names) {
  const events = json.traceEvents ?? json;
  const marks = events.filter((e) => e.cat?.includes('blink.user_timing') && e.name?.startsWith('bench:'));
  const usableMark = marks.find((e) => e.name === 'bench:usable');
  if (!usableMark) return { error: 'no bench:usable mark in the trace' };
  const { pid, tid } = usableMark;
  const mark = (name) => marks.find((e) => e.name === name && e.pid === pid)?.ts;
  const navStart =
    events
      .filter(
        (e) =>
          e.name === 'navigationStart' &&
          e.pid === pid &&
          e.ts <= usableMark.ts &&
          (e.args?.data?.documentLoaderURL ?? url).startsWith(url.split('?')[0]),
      )
      .reduce((m, e) => Math.max(m, e.ts), 0) ||
    events.filter((e) => e.pid === pid && e.ts).reduce((m, e) => Math.min(m, e.ts), Infinity);
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
      // CPU time the main thread spent on the window's tasks (the events' thread durations, `tdur`): unlike their
      // wall time it leaves out the time the thread waited for a core, so it is what to compare on a busy machine.
      mainThreadCpuMs: +(inside.reduce((s, t) => s + (t.tdur ?? t.dur), 0) / 1000).toFixed(1),
    };
    if (longest) {
      w.longestBreakdown = selfTimes(thread, longest.ts, longest.ts + longest.dur);
      w.longestFunctions = profileSelf(profile, longest.ts, longest.ts + longest.dur, names);
    }
    w.windowBreakdown = selfTimes(thread, from, to);
    w.windowFunctions = profileSelf(profile, from, to, names);
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
  [
    /^(EvaluateScript|v8\.compile|v8\.compileModule|v8\.evaluateModule|V8\.CompileCode|v8\.run|FunctionCall|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|v8\.callFunction|V8\.Execute|v8\.parseOnBackground|CompileCode|CompileScript|CacheScript|ModuleEvaluate|ProfileCall)/,
    'script',
  ],
  [/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|ParseAuthorStyleSheet|InvalidateLayout)/, 'style'],
  [/^(Layout|UpdateLayout|LayoutShift)/, 'layout'],
  [
    /^(Paint|PrePaint|PaintImage|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|RasterTask|Decode)/,
    'paint & composite',
  ],
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
    const cat =
      name === 'RunTask' || name === 'ThreadControllerImpl::RunTask'
        ? 'other (task overhead, unlisted)'
        : categoryOf(name);
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
  const head =
    events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid) ??
    events.find((e) => e.name === 'Profile' && e.pid === pid);
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
function profileSelf(profile, from, to, names) {
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
    const where = s.rendering
      ? { fn: `(${s.rendering})`, source: `(${s.rendering}, not JS)` }
      : describeFrame(frame, names);
    if (!s.rendering && frame.functionName === '(program)') where.source = '(program: browser work outside JS)';
    byFn.set(where.fn, (byFn.get(where.fn) ?? 0) + dt);
    bySource.set(where.source, (bySource.get(where.source) ?? 0) + dt);
    total += dt;
  }
  const ms = (us) => +(us / 1000).toFixed(1);
  const top = (m, n) =>
    Object.fromEntries(
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => [k, ms(v)]),
    );
  return { sampledMs: ms(total), bySource: top(bySource, 10), byFunction: top(byFn, 15) };
}

function describeFrame(frame, { origin, sourceMap }) {
  const url = frame.url ?? '';
  const name = frame.functionName || '(anonymous)';
  if (!url) return { fn: name, source: name.startsWith('(') ? name : '(native)' };
  const path = url.replace(origin, '');
  if (path.startsWith('/dist/coop-chair-quiz.js') && sourceMap) {
    // Only a mapping at (or just before) the function's own position counts: the bundler's map has gaps (after
    // multi-line template literals it maps nothing), and a far-away segment would name the wrong file.
    const entry = sourceMap.findEntry(frame.lineNumber, frame.columnNumber);
    if (
      entry.originalSource &&
      entry.generatedLine === frame.lineNumber &&
      frame.columnNumber - entry.generatedColumn <= 40
    ) {
      const file = entry.originalSource
        .replace(/^(\.\.\/)+/, '')
        .replace(/^node_modules\/(\.pnpm\/)?/, 'node_modules/');
      const pkg = file.startsWith('node_modules/')
        ? file
            .split('/')
            .slice(1, file.split('/')[1].startsWith('@') ? 3 : 2)
            .join('/')
        : file;
      return { fn: `${entry.name ?? name} (${file}:${entry.originalLine + 1})`, source: pkg };
    }
  }
  const short = path.split('?')[0];
  const unmapped = short.startsWith('/dist/coop-chair-quiz') ? ' (no source map here)' : '';
  return {
    fn: `${name} (${short}:${frame.lineNumber + 1}:${frame.columnNumber + 1})`,
    source: short.startsWith('/node_modules/') ? short.split('/')[2] : `${short}${unmapped}`,
  };
}
