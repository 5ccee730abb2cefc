// A @web/test-runner launcher for WebKit (the Safari engine) on Linux: Debian's MiniBrowser driven by WebKitWebDriver
// (package webkit2gtk-driver). It is the stock webdriverLauncher of @web/test-runner-webdriver pointed at
// `xvfb-run -a WebKitWebDriver --port=N`, which this file starts on a free port and stops: MiniBrowser has no
// headless mode, and without an X display the driver hangs forever on POST /session.
// Env: WEBKIT_DRIVER, the path of WebKitWebDriver when it is not on PATH.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { accessSync, constants as fsConstants } from 'node:fs';
import { createServer } from 'node:net';
import { constants } from 'node:os';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

/** The file a shell would run for `name` (PATH lookup), or undefined. */
function which(name) {
  const candidates = name.includes('/')
    ? [name]
    : (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name));
  return candidates.find((file) => {
    try {
      accessSync(file, fsConstants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Ends a detached child's whole process group (xvfb-run, Xvfb, the driver, MiniBrowser and its web processes). */
function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

// Node's exit, and the signals that end Node without an 'exit' event (wtr stops its browsers on SIGINT itself).
const ENDINGS = ['exit', 'SIGTERM', 'SIGHUP'];

class WebKitLauncher extends WebdriverLauncher {
  constructor({ startTimeout = 30_000 } = {}) {
    // enforceWebDriverClassic: else webdriverio asks for BiDi and the driver answers "Failed to match capabilities".
    const capabilities = { browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true };
    super({ hostname: '127.0.0.1', path: '/', logLevel: 'error', capabilities });
    this.startTimeout = startTimeout;
  }

  async initialize(config, testFiles) {
    const driver = which(process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver');
    if (!driver) throw new Error('WebKitWebDriver not found (apt-get install webkit2gtk-driver, or set WEBKIT_DRIVER)');
    if (!which('xvfb-run')) throw new Error('xvfb-run not found (apt-get install xvfb)');
    const port = (this.options.port = await freePort());
    let output = '';
    // detached: a group of its own, so stop() can end everything the driver started.
    this.child = spawn('xvfb-run', ['-a', driver, `--port=${port}`], { detached: true });
    for (const stream of [this.child.stdout, this.child.stderr]) stream.on('data', (chunk) => (output += chunk));
    const exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve(signal ?? code)));
    for (const ending of ENDINGS) process.once(ending, this.killNow);
    const deadline = Date.now() + this.startTimeout;
    const answers = () =>
      fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) }).catch(() => {});
    while (!(await answers())?.ok) {
      const exit = await Promise.race([exited, sleep(100).then(() => undefined)]);
      if (exit === undefined && Date.now() < deadline) continue;
      await this.stop();
      const why =
        exit === undefined ? `did not answer within ${this.startTimeout} ms` : `exited (${exit}) before it answered`;
      throw new Error(`xvfb-run -a ${driver} ${why}:\n${output.trim()}`);
    }
    await super.initialize(config, testFiles);
  }

  killNow = (signal) => {
    if (this.child) killGroup(this.child, 'SIGKILL');
    if (typeof signal === 'string') process.exit(128 + constants.signals[signal]);
  };

  async stop() {
    // Closing the session closes MiniBrowser; a hung browser is still ended by the group kill below.
    await Promise.race([super.stop(), sleep(10_000)]);
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    for (const ending of ENDINGS) process.removeListener(ending, this.killNow);
    killGroup(child, 'SIGTERM');
    if (child.exitCode === null && child.signalCode === null) await Promise.race([once(child, 'exit'), sleep(3000)]);
    killGroup(child, 'SIGKILL'); // helpers in the group (Xvfb, WebKitWebProcess) may outlive the xvfb-run shell
  }
}

export const webkitLauncher = (options) => new WebKitLauncher(options);
