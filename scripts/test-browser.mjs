#!/usr/bin/env node
// npm run test:browser: web-test-runner in Chromium, Firefox ESR and WebKit (see web-test-runner.config.mjs).
// Runs once more, and only once, when the failure is the browser machinery rather than a test — a WebDriver
// request timing out or a browser disconnecting on this 2-core machine — and says so. A failing assertion is
// never retried.
import { spawn } from 'node:child_process';

const INFRA =
  /WebDriverError|browser disconnected|did not (start|finish) within|Session .* is already stopped|detached Frame/;

function run() {
  return new Promise((resolve) => {
    const child = spawn('npx', ['wtr', ...process.argv.slice(2)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

let { code, output } = await run();
const assertionFailed = /\d+ passed, [1-9]\d* failed/.test(output);
if (code !== 0 && !assertionFailed && INFRA.test(output)) {
  console.log('\ntest:browser: the browser machinery failed (not a test); running the browser tests once more.\n');
  ({ code } = await run());
}
process.exit(code);
