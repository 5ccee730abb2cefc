// Loaded first by every e2e page (an external script: the pages' CSP allows no inline script).
// Records CSP violations, uncaught errors and the quizzes' error events for the test to read.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample || ''}`.trim());
});
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
window.__quizErrors = [];
document.addEventListener('coop-chair-quiz-error', (e) => window.__quizErrors.push(e.detail));
window.__console = [];
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.__console.push(args.map(String).join(' '));
  consoleError(...args);
};
// Layout shifts (Chromium's Layout Instability API), summed as CLS counts them: the ones without recent input.
window.__shift = 0;
if (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes.includes('layout-shift'))
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
