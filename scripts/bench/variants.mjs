// What scripts/bench.mjs measures: the conditions (loopback, a phone on mobile data), the pages (variants) and the
// trace categories.
// Conditions: this machine on loopback (desktop viewport, as scripts/screenshot.mjs), and a mid-range phone on
// mobile data: Lighthouse's mobile profile (412×823 at 1.75×), "Slow 4G" (150 ms RTT, 1.6 Mbps down, 750 kbps up)
// and the CPU slowed 4× (Emulation.setCPUThrottlingRate).
export const CONDITIONS = {
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

// Variants. `page` is a URL path under the bench server. The click comes 1.5 s after the chairs are usable (run.mjs,
// LATE_CLICK_MS), or with `click: 'first'` right when they are (issue 18's two click figures).
export const meetingRoom = '/dist/quizzes/meeting-room.json';
export const ALL_VARIANTS = [
  {
    id: 'blank',
    label: 'Empty page (heap baseline)',
    page: '/bench/blank.html',
    conditions: ['loopback'],
    noClick: true,
  },
  {
    id: 'floor',
    label: 'The floor: the same question as plain HTML (10 labelled radios, a result line; no picture, no script file)',
    page: '/bench/floor.html?chair=5',
    chairs: 10,
    quizzes: 1,
  },
  {
    id: 'floor-first',
    label: 'The floor, clicked right when the radios appear',
    page: '/bench/floor.html?chair=5',
    conditions: ['loopback'],
    click: 'first',
    chairs: 10,
    quizzes: 1,
  },
  {
    id: 'coop-ar-first',
    label: 'coop-chair-quiz, meeting room, Arabic, clicked right when the chairs appear',
    page: `/bench/coop.html?quiz=${meetingRoom}&n=1&lang=ar&chair=5`,
    conditions: ['loopback'],
    click: 'first',
    chairs: 10,
    quizzes: 1,
  },
  {
    id: 'coop-snippet-ar',
    label: "coop-chair-quiz, meeting room, Arabic, the README's recommended snippet (preload hints)",
    page: '/bench/tmp/coop-snippet.html?quiz=/dist/quizzes/meeting-room.json&lang=ar&chair=5',
    chairs: 10,
    quizzes: 1,
  },
  {
    id: 'coop-blocking-ar',
    label: 'coop-chair-quiz, the recommended snippet with blocking="render" on the script (no layout shift)',
    page: '/bench/tmp/coop-snippet-blocking.html?quiz=/dist/quizzes/meeting-room.json&lang=ar&chair=5',
    chairs: 10,
    quizzes: 1,
  },
  {
    id: 'coop-snippet-ar-first',
    label: "coop-chair-quiz, the README's recommended snippet, clicked right when the chairs appear",
    page: '/bench/tmp/coop-snippet.html?quiz=/dist/quizzes/meeting-room.json&lang=ar&chair=5',
    conditions: ['loopback'],
    click: 'first',
    chairs: 10,
    quizzes: 1,
  },
  {
    id: 'surveyjs-ar-first',
    label: 'SurveyJS imagemap, clicked right when the chairs appear',
    page: '/bench/surveyjs.html?survey=/bench/tmp/surveyjs-meeting-room.json&lang=ar&chair=5',
    conditions: ['loopback'],
    click: 'first',
    chairs: 10,
    quizzes: 1,
  },
  {
    id: 'coop-ar',
    label: 'coop-chair-quiz, meeting room (10 chairs), Arabic',
    page: `/bench/coop.html?quiz=${meetingRoom}&n=1&lang=ar&chair=5`,
    chairs: 10,
    quizzes: 1,
  },
  {
    id: 'surveyjs-ar',
    label: 'SurveyJS imagemap, same question, Arabic',
    page: '/bench/surveyjs.html?survey=/bench/tmp/surveyjs-meeting-room.json&lang=ar&chair=5',
    chairs: 10,
    quizzes: 1,
  },
  {
    id: 'coop-fr',
    label: 'coop-chair-quiz, meeting room, French page (+ fr chunk)',
    page: `/bench/coop.html?quiz=${meetingRoom}&n=1&lang=fr&chair=5`,
    chairs: 10,
    quizzes: 1,
  },
  {
    id: 'coop-chairs-10',
    label: 'generated quiz, 10 chairs',
    page: '/bench/coop.html?quiz=/bench/tmp/quiz-10.json&n=1&lang=ar&chair=5',
    chairs: 10,
    quizzes: 1,
  },
  {
    id: 'coop-chairs-100',
    label: 'generated quiz, 100 chairs',
    page: '/bench/coop.html?quiz=/bench/tmp/quiz-100.json&n=1&lang=ar&chair=50',
    chairs: 100,
    quizzes: 1,
  },
  {
    id: 'coop-chairs-1000',
    label: 'generated quiz, 1,000 chairs',
    page: '/bench/coop.html?quiz=/bench/tmp/quiz-1000.json&n=1&lang=ar&chair=500',
    chairs: 1000,
    quizzes: 1,
  },
  {
    id: 'coop-quizzes-20',
    label: 'page with 20 quizzes (meeting room)',
    page: `/bench/coop.html?quiz=${meetingRoom}&n=20&lang=ar&chair=5`,
    chairs: 10,
    quizzes: 20,
  },
  {
    id: 'coop-quizzes-100',
    label: 'page with 100 quizzes (meeting room)',
    page: `/bench/coop.html?quiz=${meetingRoom}&n=100&lang=ar&chair=5`,
    chairs: 10,
    quizzes: 100,
  },
];

/** The variants to run (`only`: ids; the empty page always runs, it is the heap baseline). */
export const variantsFor = (only) =>
  ALL_VARIANTS.filter((v) => !only.length || only.includes(v.id) || v.id === 'blank');

/** The variants also loaded with a CDP trace, for the breakdown of their long tasks. */
export const tracedFor = (variants, quick) =>
  (quick
    ? ['coop-chairs-1000', 'coop-ar-first']
    : ['coop-chairs-1000', 'coop-ar-first', 'coop-ar', 'surveyjs-ar']
  ).filter((id) => variants.some((v) => v.id === id));

// Without 'disabled-by-default-devtools.timeline': it makes each compositor commit record its layers, which alone
// turned a 5 ms hover task into a 130 ms "Commit" with 1,000 chairs (untraced loads never show it).
export const TRACE_CATEGORIES = process.env.BENCH_TRACE_CATEGORIES?.split(',') ?? [
  'devtools.timeline',
  'toplevel',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];
