// The reporting part of scripts/bench.mjs: medians and ranges per variant and condition, the ratios between
// SurveyJS and the component, and bench/results.md.
import { fmt } from './run.mjs';
import { meetingRoom } from './variants.mjs';

const meetingRoomPicture = meetingRoom.replace(/\.json$/, '.svg');

export function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return undefined;
  const q = (p) => {
    const i = (v.length - 1) * p;
    return v[Math.floor(i)] + (v[Math.ceil(i)] - v[Math.floor(i)]) * (i - Math.floor(i));
  };
  return { n: v.length, median: q(0.5), p25: q(0.25), p75: q(0.75), min: v[0], max: v[v.length - 1] };
}

/** Per variant: medians and ranges of every figure, by condition, and the traced loads' breakdown. */
export function summarize(samples, variants) {
  const pickSamples = (id, condition) =>
    samples.filter((s) => s.variant === id && s.condition === condition && !s.traced && !s.error);
  const blankHeap = stats(pickSamples('blank', 'loopback').map((s) => s.heap))?.median ?? 0;
  const summary = {};
  for (const v of variants) {
    const l = pickSamples(v.id, 'loopback');
    const m = pickSamples(v.id, 'mobile');
    // Traced loads are loopback ones unless the run asked otherwise (--trace-condition): whichever they are.
    const traced = samples.filter((s) => s.variant === v.id && s.traced && !s.error);
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
        cls: stats(l.map((s) => s.cls)),
        clickAfterUsable: stats(l.map((s) => s.click?.downAfterUsable)),
        // How many times a load fetched the meeting room's quiz file: 1, or a preload hint went unused.
        quizFetches: stats(l.map((s) => s.requests.filter((q) => q.url.startsWith(meetingRoom)).length)),
        pictureFetches: stats(l.map((s) => s.requests.filter((q) => q.url.startsWith(meetingRoomPicture)).length)),
        resultMatchesTarget: l
          .filter((s) => s.click)
          .every((s) => String(s.click.resultChair) === String(s.click.target)),
      },
      mobile: {
        usable: stats(m.map((s) => s.usable)),
        fcp: stats(m.map((s) => s.fcp)),
        result: stats(m.map((s) => s.click?.fromUp)),
        longtaskLoadMax: stats(m.map((s) => s.longtaskLoad?.longest)),
        longtaskClickMax: stats(m.map((s) => s.longtaskClick?.longest)),
        longtaskHoverMax: stats(m.map((s) => s.longtaskHover?.longest)),
        cls: stats(m.map((s) => s.cls)),
        quizFetches: stats(m.map((s) => s.requests.filter((q) => q.url.startsWith(meetingRoom)).length)),
      },
      traced: traced.length
        ? {
            runs: traced.length,
            condition: traced[0].condition,
            loadLongest: stats(traced.map((s) => s.trace?.windows?.load?.longestMs)),
            clickLongest: stats(traced.map((s) => s.trace?.windows?.click?.longestMs)),
            hoverLongest: stats(traced.map((s) => s.trace?.windows?.hover?.longestMs)),
            clickCpu: stats(traced.map((s) => s.trace?.windows?.click?.mainThreadCpuMs)),
            loadOver50: stats(traced.map((s) => s.trace?.windows?.load?.over50)),
            clickOver50: stats(traced.map((s) => s.trace?.windows?.click?.over50)),
            // The breakdown of the run whose longest load task is the median one.
            median: (() => {
              const sorted = [...traced].sort(
                (a, b) => (a.trace?.windows?.load?.longestMs ?? 0) - (b.trace?.windows?.load?.longestMs ?? 0),
              );
              const s = sorted[(sorted.length - 1) >> 1];
              return { traceFile: s.traceFile, ...s.trace };
            })(),
          }
        : undefined,
    };
  }
  return { summary, blankHeap };
}

/** SurveyJS ÷ the component, for the size and the medians of the meeting-room pages. */
export function ratios(summary, sizes) {
  const ratio = (a, b) => (a !== undefined && b ? a / b : undefined);
  const med = (id, cond, key) => summary[id]?.[cond]?.[key]?.median;
  return {
    surveyjsOverCoop: {
      sizeArGzip: ratio(sizes?.surveyjs?.ar?.code.gzip, sizes?.coop?.ar?.code.gzip),
      usableLoopback: ratio(med('surveyjs-ar', 'loopback', 'usable'), med('coop-ar', 'loopback', 'usable')),
      usableMobile: ratio(med('surveyjs-ar', 'mobile', 'usable'), med('coop-ar', 'mobile', 'usable')),
      resultLoopback: ratio(med('surveyjs-ar', 'loopback', 'result'), med('coop-ar', 'loopback', 'result')),
      resultMobile: ratio(med('surveyjs-ar', 'mobile', 'result'), med('coop-ar', 'mobile', 'result')),
      heapOverBlank: ratio(
        med('surveyjs-ar', 'loopback', 'heapOverBlank'),
        med('coop-ar', 'loopback', 'heapOverBlank'),
      ),
    },
  };
}

/** bench/results.md: the tables, the method and the machine. */
export function markdown(r, { resultsFile, variants }) {
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
    `Produced by \`${r.command}\` on ${date} (${r.durationSeconds} s). Every sample and the machine are in \`${resultsFile}\`.`,
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

  // Issue 18: against the floor
  if (S.floor) {
    const cell = (id, cond, key, digits = 0) => range(S[id]?.[cond]?.[key], digits);
    const over = (id, cond, key) => {
      const a = S[id]?.[cond]?.[key]?.median;
      const b = S.floor?.[cond]?.[key]?.median;
      return a !== undefined && b ? ` ${x(a / b)}` : '';
    };
    const cols = [
      ['floor', 'floor-first'],
      ['coop-ar', 'coop-ar-first'],
      ['coop-snippet-ar', 'coop-snippet-ar-first'],
      ['coop-blocking-ar', undefined], // no first-click page: its rows read –
      ['surveyjs-ar', 'surveyjs-ar-first'],
    ];
    const line = (label, f, target) => `| ${label} | ${cols.map(f).join(' | ')} | ${target} |`;
    const heap = (id) => S[id]?.loopback.heap;
    const mb = (v) => (v === undefined ? '–' : `${(v / 1e6).toFixed(2)} MB`);
    p(
      '## Issue 18: against the floor (the meeting room, Arabic page)',
      '',
      'The floor (`bench/floor.html`): the same question as plain HTML, ten labelled radios and one result line, no picture, no script file: what no component can beat. The plain embed is `bench/coop.html` (the script and the element); the recommended snippet is the same page with the README\'s two preload hints, the quiz file and its picture; "+ blocking" adds blocking="render" to its script (both written by the bench, `scripts/bench/fixtures.mjs`; no first-click page for it). ×N = against the floor, same row. "First click": pressed as soon as the runner sees the chairs usable (the pointer arrives and presses at once); "1.5 s later": pressed 1.5 s after they were usable, the pointer arriving 100 ms before.',
      '',
      '| | floor | plain embed | recommended snippet | snippet + blocking | SurveyJS image map | issue 18 asks |',
      '|---|---:|---:|---:|---:|---:|---|',
      line(
        'chairs usable after navigation, loopback (ms)',
        ([id]) => `${cell(id, 'loopback', 'usable')}${id === 'floor' ? '' : over(id, 'loopback', 'usable')}`,
        '≤ 2 × floor (plain embed)',
      ),
      line(
        'chairs usable, Slow 4G + 4× CPU (ms)',
        ([id]) => `${cell(id, 'mobile', 'usable')}${id === 'floor' ? '' : over(id, 'mobile', 'usable')}`,
        '≤ 2 × floor (snippet)',
      ),
      line(
        'first click, right when the chairs appear → result painted, loopback (ms)',
        ([, id]) => cell(id, 'loopback', 'result', 1),
        'within one frame (≈ 16.7 ms)',
      ),
      line(
        '  … that click came this long after "usable" (ms; the runner\'s own delay)',
        ([, id]) => cell(id, 'loopback', 'clickAfterUsable'),
        '',
      ),
      line('a click 1.5 s later → result painted, loopback (ms)', ([id]) => cell(id, 'loopback', 'result', 1), ''),
      line('a click 1.5 s later → result painted, 4× CPU (ms)', ([id]) => cell(id, 'mobile', 'result', 1), ''),
      line(
        'layout shift before the first input (CLS), loopback / mobile, worst load',
        ([id]) => `${fmt(S[id]?.loopback.cls?.max, 3)} / ${fmt(S[id]?.mobile.cls?.max, 3)}`,
        '0',
      ),
      line(
        'first contentful paint, loopback / mobile (ms; with blocking, after the script has run)',
        ([id]) => `${cell(id, 'loopback', 'fcp')} / ${cell(id, 'mobile', 'fcp')}`,
        '',
      ),
      line(
        'JS heap after load (over the floor)',
        ([id]) =>
          `${mb(heap(id)?.median)}${id === 'floor' || !heap(id) || !heap('floor') ? '' : ` (+${mb(heap(id).median - heap('floor').median)})`}`,
        '≤ floor + 0.5 MB',
      ),
      line(
        'fetches of the quiz file / of its picture per load, worst loopback load (1 = a preload was used, not doubled)',
        ([id]) =>
          id.startsWith('coop')
            ? `${fmt(S[id]?.loopback.quizFetches?.max)} / ${fmt(S[id]?.loopback.pictureFetches?.max)}`
            : '–',
        '1 / 1',
      ),
      '',
    );
    const cpu = (id) => S[id]?.traced?.clickCpu;
    if (cpu('coop-ar-first') || cpu('coop-ar'))
      p(
        `Main-thread CPU time of the click (traced loads${S['coop-ar']?.traced?.condition === 'mobile' ? ' under the mobile profile' : ''}, pointerdown → result painted; CPU rather than wall time, which on a shared machine includes waiting for a core): first click ${range(cpu('coop-ar-first'), 1)} ms, a click 1.5 s later ${range(cpu('coop-ar'), 1)} ms (${cpu('coop-ar-first')?.n ?? 0} and ${cpu('coop-ar')?.n ?? 0} traced loads).`,
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
    ...['coop-ar', 'surveyjs-ar', 'coop-fr']
      .filter((id) => S[id])
      .map((id) => {
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
      `- the longest, by kind (trace events, self time, ms): ${Object.entries(w.longestBreakdown?.byCategory ?? {})
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    const f = w.longestFunctions;
    if (f) {
      p(
        `- the longest, CPU profile by source (ms; samples during style/layout/paint/GC are counted there, not to the JavaScript that forced them): ${Object.entries(
          f.bySource,
        )
          .map(([k, v]) => `\`${k}\` ${v}`)
          .join(', ')}`,
        `- the longest, top functions (self, ms): ${Object.entries(f.byFunction)
          .slice(0, 10)
          .map(([k, v]) => `\`${k}\` ${v}`)
          .join(', ')}`,
      );
    }
    if (w.windowFunctions && w !== undefined) {
      p(
        `- the whole window, JavaScript by source (ms): ${Object.entries(w.windowFunctions.bySource)
          .slice(0, 8)
          .map(([k, v]) => `\`${k}\` ${v}`)
          .join(', ')}`,
      );
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
        `- CDP traces, ${tr.runs} traced load(s)${tr.condition === 'loopback' ? '' : ` under the ${tr.condition} profile`} (tracing and the sampling profiler add some overhead): longest task during load median ${fmt(tr.loadLongest?.median)} ms (${fmt(tr.loadLongest?.min)}–${fmt(tr.loadLongest?.max)})${over(tr.loadLongest?.median)}; during the click median ${fmt(tr.clickLongest?.median)} ms (${fmt(tr.clickLongest?.min)}–${fmt(tr.clickLongest?.max)})${over(tr.clickLongest?.median)}; hover ${fmt(tr.hoverLongest?.median)} ms.`,
      );
    }
    p(
      `- Under the mobile profile (4× slower CPU, phone viewport): longest task during load median ${fmt(t1000.mobile.longtaskLoadMax?.median)} ms, during the click ${fmt(t1000.mobile.longtaskClickMax?.median)} ms, hover ${fmt(t1000.mobile.longtaskHoverMax?.median)} ms.`,
    );
    // The same under the same profile for the 10-chair quiz and for the floor: what any first render of the page costs.
    const alike = [
      ['the meeting room (10 chairs, plain embed)', S['coop-ar']],
      ['the floor', S.floor],
    ].filter(([, v]) => v?.mobile);
    if (alike.length)
      p(
        `- For comparison, same profile: ${alike.map(([name, v]) => `${name}: longest task during load ${fmt(v.mobile.longtaskLoadMax?.median)} ms, during the click ${fmt(v.mobile.longtaskClickMax?.median)} ms`).join('; ')}.`,
      );
    p('');
    if (tr?.median) {
      p(`Profile summary of the traced 1,000-chair load whose longest load task is the median one:`, '');
      describeWindow(tr.median.windows?.load, 'Load (navigation → chairs usable)', tr.median.traceFile);
      describeWindow(tr.median.windows?.click, 'Click (pointerdown → result painted)', tr.median.traceFile);
      describeWindow(
        tr.median.windows?.hover,
        'Hover (the pointer arrives over the chair, before the press)',
        tr.median.traceFile,
      );
    }
  }
  const others = ['coop-ar', 'surveyjs-ar', 'coop-quizzes-100'].filter((id) => S[id]?.traced);
  if (others.length) {
    p(
      "Other traced variants: longest task during load / click (median of the traced runs, ms), and what the load's longest task did:",
      '',
      ...others.map((id) => {
        const tr = S[id].traced;
        const w = tr.median?.windows?.load;
        const js = w?.longestFunctions
          ? `; its profile by source: ${Object.entries(w.longestFunctions.bySource)
              .slice(0, 4)
              .map(([k, v]) => `\`${k}\` ${v}`)
              .join(', ')}`
          : '';
        return `- ${S[id].label}: **${fmt(tr.loadLongest?.median)} / ${fmt(tr.clickLongest?.median)}**; ${w?.topTasks?.[0]?.mostly ?? ''}${js}`;
      }),
      '',
    );
  }

  const failures = Object.entries(S).filter(([, s]) => s.failed.length);
  if (failures.length) p('## Failed samples', '', ...failures.map(([id, s]) => `- ${id}: ${s.failed.join('; ')}`), '');
  const mismatched = Object.entries(S).filter(
    ([id, s]) => !variants.find((v) => v.id === id)?.noClick && !s.loopback.resultMatchesTarget,
  );
  if (mismatched.length)
    p(
      `Note: in ${mismatched.map(([id]) => id).join(', ')}, the result shown was not always the chair under the pointer (see samples).`,
      '',
    );

  p(
    '## What is measured, and how',
    '',
    '- **Cold load:** each sample is a fresh browser context (empty HTTP cache, new renderer process) with the cache disabled; one navigation; then one click. Variants run interleaved (A, B, C…, A, B, C…, each round starting one variant later), loopback rounds and mobile rounds alternating, after the size probes and two untimed warm-up loads. A local Node server on 127.0.0.1 serves the files, gzip level 9 for text (HTTP/1.1); `/dist/` is a snapshot of `dist/` taken after the build (`bench/tmp/dist/`), so a rebuild by other work during the run cannot change what is measured.',
    "- **Chairs usable:** ms from navigation start (`performance.now()`) until just after the first frame in which every chair exists and the chair to be clicked is hit-testable: `<coop-chair-quiz>`: every element has fired `coop-chair-quiz-ready`, its `[role=radio]` chairs are all rendered, and `elementFromPoint` at the target chair's centre hits a chair. SurveyJS: the image-map SVG has its `viewBox` (set when the picture has loaded — SurveyJS places its areas only then) and one `<circle>` per chair, and `elementFromPoint` hits the target circle. The predicate is checked in every `requestAnimationFrame` callback; the time is taken in a task posted from the first callback where it holds (just after that frame).",
    "- **Click → result painted:** CDP `Input.dispatchMouseEvent` (press, release) at the centre of the chair (chair 5; 50 of 100; 500 of 1,000), after scrolling it to the middle of the viewport. Measured from the `pointerup` event's timestamp (the click) to just after the first frame in which the result heading exists: `<coop-chair-quiz>`'s `.result-heading` (the result card, which it renders at once); SurveyJS: its value changes, the `visibleIf` of the matching `html` question shows the same result card (heading, place, description, the four sections). Both show the same texts. Requests made during the click are listed in the size section. Before the press the mouse moves onto the chair and rests 100 ms, as a real mouse does (SurveyJS loses a press that comes with no hover before it: its hover re-render replaces the SVG's shapes between the press and the release). The point clicked is the chair's centre, or the nearest point of it no other chair covers (1,000 chairs overlap).",
    '- **First click and a click 1.5 s later (issue 18):** the "first" pages (`floor-first`, `coop-ar-first`, …) are pressed as soon as the runner learns that the chairs are usable: the page-side probe finds the chair when it marks them usable, and the runner moves the pointer and presses at once (no hover pause, no wait for the network); the other pages are pressed 1.5 s after usable, the pointer arriving 100 ms before. Their heap is measured before the click, and only on the later-click pages. The table gives the runner\'s own delay between "usable" and the press.',
    '- **Layout shift:** a `PerformanceObserver({ type: "layout-shift", buffered: true })` from the start, summing the shifts without recent input until the first press (`bench/harness.js`). The bench pages put a heading and a paragraph above the quiz and one below it, as a real page does, so a quiz that grows when it arrives moves them.',
    "- **Main-thread CPU:** in traces, the sum of the window's tasks' thread time (`tdur`), which leaves out the time the thread waited for a core on a busy machine.",
    '- **JS heap:** `Runtime.getHeapUsage().usedSize` after two forced GCs (`HeapProfiler.collectGarbage`), once the page is usable and the network idle, minus the same on an empty page.',
    '- **Long tasks:** a `PerformanceObserver({ type: "longtask", buffered: true })` injected before any page script, in every sample (it only sees tasks over 50 ms); and CDP traces (`devtools.timeline`, `toplevel`, `v8.execute`, the V8 sampling profiler; not `disabled-by-default-devtools.timeline`, whose layer recording alone adds ~130 ms compositor commits with 1,000 chairs) of a few extra loopback loads, analysed for the page\'s main thread: every task in the load window (navigation → usable) and the click window (pointerdown → result), the longest one\'s self time by trace event, and its JavaScript by function and source file (named through a source-map build of the same sources, used only when byte-identical to `dist/`).',
    '- **Mobile profile:** `Network.emulateNetworkConditions` 150 ms latency, 1.6 Mbps down, 750 kbps up ("Slow 4G" as in the issue; DevTools\' own preset uses 562.5 ms of request latency to emulate the same link) and `Emulation.setCPUThrottlingRate` 4, viewport 412×823 at 1.75× (Lighthouse\'s mobile device). Loopback runs use a 1100×900 desktop viewport.',
    "- **SurveyJS page:** `survey.core.min.js`, `survey-js-ui.min.js` (Preact inside) and `survey-core.fontless.min.css`, plus SurveyJS's Arabic or French UI strings (`i18n/*.min.js`), all `defer` as the component's module is; the default theme `survey-core.min.css` would also fetch Open Sans from Google Fonts. The question: an `imagemap` (single choice, circles of radius 22 px in the picture's 800×600 space at the same centres as the chairs, visible fill), with the quiz texts as SurveyJS localizable strings, generated from `quizzes/meeting-room.json` into `bench/tmp/surveyjs-meeting-room.json`. SurveyJS draws no numbers on its areas (the area text is a tooltip); the component draws numbered, keyboard-reachable radios.",
    '- **Sizes** are the gzip level 9 (`node:zlib`) sizes of the files each page fetched in a probe load with a click, so a chunk loaded only on French pages or only on click is counted where it is needed.',
    '',
  );
  return `${lines.filter((l) => l !== undefined).join('\n')}\n`;
}
