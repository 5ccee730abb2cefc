// Page-side probes for scripts/bench.mjs. The runner injects this file before any script of the page
// (CDP Page.addScriptToEvaluateOnNewDocument), so it costs no request and is the same for every variant.
//
// A bench page defines two predicates, checked once per animation frame:
//   window.benchUsable() -> true once the chairs are there and hit-testable
//   window.benchResult() -> { chair } once the chosen chair's result heading exists, else null/false
// and may define window.benchTarget(n) -> the element for chair n (to click it).
//
// "Usable" and "result painted" are both taken in a task posted from the first animation-frame callback where the
// predicate holds, i.e. just after the frame that contains the DOM was produced (the usual "after next paint"
// approximation). Times are performance.now() values: ms since the navigation started.
(() => {
  if (window.__bench) return;
  const B = (window.__bench = { longtasks: [], marks: {}, errors: [], click: null });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        B.longtasks.push({ start: e.startTime, duration: e.duration, name: e.name });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    B.errors.push(`longtask observer: ${error}`);
  }
  // Layout shifts before the visitor's first input (issue 18: CLS 0 for the quiz's region; the bench pages hold only
  // the quiz, so the page's shifts are the quiz's). Shifts right after an input are excluded, as CLS does.
  B.cls = 0;
  B.shifts = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput || B.click) continue;
        B.cls += e.value;
        B.shifts.push({ at: Math.round(e.startTime), value: +e.value.toFixed(4) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (error) {
    B.errors.push(`layout-shift observer: ${error}`);
  }
  addEventListener('error', (e) => B.errors.push(`error: ${e.message}`));
  addEventListener('unhandledrejection', (e) => B.errors.push(`unhandledrejection: ${e.reason}`));

  /** Runs `fn` in a new task posted from the next animation frame callback: after that frame is produced. */
  const afterFrame = (check, done) => {
    const tick = () => {
      let value;
      try {
        value = check();
      } catch (error) {
        value = false;
        B.lastCheckError = String(error);
      }
      if (!value) {
        requestAnimationFrame(tick);
        return;
      }
      const raf = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(value, raf, performance.now());
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(tick);
  };

  B.usable = new Promise((resolve) => {
    afterFrame(
      () => typeof window.benchUsable === 'function' && window.benchUsable(),
      (_value, raf, now) => {
        B.marks.usableRaf = raf;
        B.marks.usable = now;
        performance.mark('bench:usable');
        // Where the chair to click is, found here so that a click "right when the chairs appear" needs no second
        // round trip to the page (the runner reads it with the usable time).
        const t = window.benchTarget?.();
        const r = t?.getBoundingClientRect();
        if (r && r.top >= 0 && r.bottom <= innerHeight) B.target = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        resolve(now);
      },
    );
  });

  let resolveResult;
  B.result = new Promise((resolve) => (resolveResult = resolve));
  addEventListener(
    'pointermove',
    (e) => {
      if (B.move !== undefined || B.marks.usable === undefined) return;
      B.move = e.timeStamp;
      performance.mark('bench:pointermove');
    },
    { capture: true },
  );
  addEventListener(
    'pointerdown',
    (e) => {
      if (B.click) return;
      B.click = { down: e.timeStamp };
      performance.mark('bench:pointerdown');
    },
    { capture: true },
  );
  addEventListener(
    'pointerup',
    (e) => {
      if (!B.click || B.click.up !== undefined) return;
      B.click.up = e.timeStamp;
      B.click.upHandled = performance.now();
      afterFrame(
        () => typeof window.benchResult === 'function' && window.benchResult(),
        (value, raf, now) => {
          B.click.resultRaf = raf;
          B.click.result = now;
          B.click.chair = value.chair;
          performance.mark('bench:result');
          resolveResult(B.click);
        },
      );
    },
    { capture: true },
  );
})();
