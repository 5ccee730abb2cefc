// A @web/test-runner launcher for WebKit (the Safari engine) on Linux: Debian's MiniBrowser driven by WebKitWebDriver
// (package webkit2gtk-driver). It is the stock webdriverLauncher of @web/test-runner-webdriver pointed at
// `xvfb-run -a WebKitWebDriver --port=N`, which this file starts on a free port and stops: MiniBrowser has no
// headless mode, and without an X display the driver hangs forever on POST /session.
// Env: WEBKIT_DRIVER, the path of WebKitWebDriver when it is not on PATH.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createServer } from 'node:net';
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
      accessSync(file, constants.X_OK);
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

class WebKitLauncher extends WebdriverLauncher {
  constructor({ startTimeout = 30_000 } = {}) {
    const capabilities = { browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true };
    // enforceWebDriverClassic: otherwise webdriverio asks for BiDi and the driver answers "Failed to match capabilities".
    super({ hostname: '127.0.0.1', path: '/', logLevel: 'error', capabilities });
    this.startTimeout = startTimeout;
  }

  async initialize(config, testFiles) {
    const driver = which(process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver');
    if (!driver) throw new Error('WebKitWebDriver not found (apt-get install webkit2gtk-driver, or set WEBKIT_DRIVER)');
    if (!which('xvfb-run')) throw new Error('xvfb-run not found (apt-get install xvfb)');
    this.options.port = await freePort();
    let output = '';
    // detached: a group of its own, so stop() can end everything the driver started.
    this.child = spawn('xvfb-run', ['-a', driver, `--port=${this.options.port}`], { detached: true });
    for (const stream of [this.child.stdout, this.child.stderr]) stream.on('data', (chunk) => (output += chunk));
    const exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve(signal ?? code)));
    process.once('exit', this.killNow);
    const deadline = Date.now() + this.startTimeout;
    while (!(await this.driverAnswers())) {
      const exit = await Promise.race([exited, sleep(100).then(() => undefined)]);
      if (exit !== undefined || Date.now() > deadline) {
        await this.stop();
        const why =
          exit !== undefined ? `exited (${exit}) before it answered` : `did not answer within ${this.startTimeout} ms`;
        throw new Error(`xvfb-run -a ${driver} ${why}:\n${output.trim()}`);
      }
    }
    await super.initialize(config, testFiles);
  }

  async driverAnswers() {
    const status = `http://127.0.0.1:${this.options.port}/status`;
    return fetch(status, { signal: AbortSignal.timeout(1000) }).then(
      (response) => response.ok,
      () => false,
    );
  }

  killNow = () => this.child && killGroup(this.child, 'SIGKILL');

  async stop() {
    // Closing the session closes MiniBrowser; a hung browser is still ended by the group kill below.
    await Promise.race([super.stop(), sleep(10_000)]);
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    process.removeListener('exit', this.killNow);
    killGroup(child, 'SIGTERM');
    if (child.exitCode === null && child.signalCode === null) {
      await Promise.race([new Promise((resolve) => child.once('exit', resolve)), sleep(3000)]);
    }
    // Helpers in the group (Xvfb, WebKitWebProcess) may outlive the xvfb-run shell.
    killGroup(child, 'SIGKILL');
  }
}

export function webkitLauncher(options) {
  return new WebKitLauncher(options);
}
