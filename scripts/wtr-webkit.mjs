// A @web/test-runner browser launcher for WebKit (the Safari engine) on Linux: Debian's MiniBrowser driven by
// WebKitWebDriver (package webkit2gtk-driver). MiniBrowser has no headless mode, so the launcher starts its own
// Xvfb on a free display, then WebKitWebDriver on a free port with DISPLAY pointing at it, waits until the driver
// answers GET /status, and hands everything else to @web/test-runner-webdriver's launcher. stop() ends the
// WebDriver session, then the driver and Xvfb (each in its own process group, so a MiniBrowser and its WebKit
// helper processes go too); the same happens synchronously if the Node process exits or is signalled.
//
// Env overrides: WEBKIT_DRIVER (path of WebKitWebDriver), XVFB (path of Xvfb), WEBKIT_LAUNCHER_DEBUG=1 (echo the
// output of Xvfb, WebKitWebDriver and MiniBrowser to stderr).
import { spawn } from 'node:child_process';
import { accessSync, constants as fsConstants } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const DRIVER_FALLBACKS = [
  '/usr/bin/WebKitWebDriver', // webkit2gtk-driver on Debian 12
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/WebKitWebDriver',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/WebKitWebDriver',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/WebKitWebDriver',
  '/usr/libexec/webkit2gtk-4.1/WebKitWebDriver',
];

const debug = Boolean(process.env.WEBKIT_LAUNCHER_DEBUG);

function isExecutable(file) {
  try {
    accessSync(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Resolve a command the way a shell would (PATH), then fall back to known locations. */
function findExecutable(name, fallbacks = []) {
  if (name.includes('/')) return name;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return fallbacks.find(isExecutable) ?? name;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Keeps the last bytes a child printed, for error messages; drains the pipe so the child never blocks. */
function tail(stream, label, limit = 8000) {
  let text = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk) => {
    if (debug) process.stderr.write(`[${label}] ${chunk}`);
    text = (text + chunk).slice(-limit);
  });
  stream?.unref?.();
  return () => text.trim();
}

/** Children we started and have not seen exit: killed synchronously if Node goes away first. */
const live = new Set();

function killGroup(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the whole process group (detached => own group)
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

function killAllNow() {
  for (const child of live) killGroup(child, 'SIGKILL');
  live.clear();
}

let hooksInstalled = false;
function installExitHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', killAllNow);
  // wtr handles SIGINT itself (and then calls stop()); for the signals that would kill Node without an 'exit'
  // event, clean up and then let the signal take its default course if nobody else handles it.
  for (const signal of ['SIGTERM', 'SIGHUP']) {
    const onSignal = () => {
      killAllNow();
      process.removeListener(signal, onSignal);
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

function spawnTracked(command, args, options, label) {
  const child = spawn(command, args, { ...options, detached: true });
  live.add(child);
  child.on('exit', () => live.delete(child));
  child.unref(); // never keeps Node alive on its own; the exit hook kills it
  const out = tail(child.stdout, label);
  const err = tail(child.stderr, label);
  const spawnError = new Promise((_, reject) => child.once('error', reject));
  spawnError.catch(() => {});
  return { child, output: () => [out(), err()].filter(Boolean).join('\n'), spawnError };
}

function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** SIGTERM the child's process group, SIGKILL it if it is still there after `graceMs`. */
async function terminate(child, graceMs = 3000) {
  if (!child) return;
  killGroup(child, 'SIGTERM');
  const done = exited(child);
  const timedOut = await Promise.race([done.then(() => false), sleep(graceMs).then(() => true)]);
  // Even if the leader exited, helpers in its group (MiniBrowser, WebKitWebProcess…) may linger: kill the group.
  killGroup(child, 'SIGKILL');
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // group empty
  }
  if (timedOut) await Promise.race([done, sleep(1000)]);
  live.delete(child);
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function startXvfb(xvfbPath, screen, timeoutMs) {
  // -displayfd: Xvfb picks a free display itself and writes its number once it accepts connections.
  const proc = spawnTracked(
    xvfbPath,
    ['-displayfd', '3', '-screen', '0', screen, '-nolisten', 'tcp', '-noreset'],
    { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] },
    'Xvfb',
  );
  const fd3 = proc.child.stdio[3];
  fd3.setEncoding('utf8');
  let text = '';
  const ready = new Promise((resolve, reject) => {
    fd3.on('data', (chunk) => {
      text += chunk;
      const match = /^(\d+)\n/.exec(text);
      if (match) resolve(Number(match[1]));
    });
    proc.child.once('exit', (code, signal) =>
      reject(new Error(`Xvfb exited (${signal ?? code}) before it was ready:\n${proc.output()}`)),
    );
  });
  try {
    const display = await withTimeout(Promise.race([ready, proc.spawnError]), timeoutMs, 'Starting Xvfb');
    fd3.unref?.();
    return { ...proc, display: `:${display}` };
  } catch (error) {
    await terminate(proc.child);
    if (error.code === 'ENOENT') {
      throw new Error(`Xvfb not found at "${xvfbPath}" (set XVFB, or apt-get install xvfb)`);
    }
    throw error;
  }
}

async function driverAnswers(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) });
    if (!response.ok) return false;
    const body = await response.json().catch(() => ({}));
    return body?.value?.ready !== false;
  } catch {
    return false;
  }
}

async function startDriver(driverPath, env, timeoutMs) {
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const proc = spawnTracked(
      driverPath,
      [`--port=${port}`, '--host=local'],
      { stdio: ['ignore', 'pipe', 'pipe'], env },
      'WebKitWebDriver',
    );
    const gone = new Promise((_, reject) =>
      proc.child.once('exit', (code, signal) =>
        reject(new Error(`WebKitWebDriver exited (${signal ?? code}) before it answered:\n${proc.output()}`)),
      ),
    );
    gone.catch(() => {});
    const poll = (async () => {
      while (!(await driverAnswers(port))) await sleep(50);
    })();
    try {
      await withTimeout(Promise.race([poll, gone, proc.spawnError]), timeoutMs, 'Waiting for WebKitWebDriver');
      return { ...proc, port };
    } catch (error) {
      await terminate(proc.child);
      if (error.code === 'ENOENT') {
        throw new Error(
          `WebKitWebDriver not found at "${driverPath}" (set WEBKIT_DRIVER, or apt-get install webkit2gtk-driver)`,
        );
      }
      lastError = error; // e.g. someone took the port between freePort() and bind: try another
    }
  }
  throw lastError;
}

export class WebKitLauncher {
  /**
   * @param {object} [options]
   * @param {string} [options.driverPath] WebKitWebDriver executable (default: $WEBKIT_DRIVER, PATH, known spots)
   * @param {string} [options.xvfbPath] Xvfb executable (default: $XVFB or Xvfb from PATH)
   * @param {string} [options.screen] Xvfb screen geometry, default 1280x1024x24
   * @param {number} [options.startTimeout] ms to wait for Xvfb and for the driver, each; default 30000
   * @param {object} [options.capabilities] extra WebDriver capabilities merged over the MiniBrowser ones
   * @param {string} [options.name] name shown in the report
   */
  constructor(options = {}) {
    this.options = options;
    this.name = options.name ?? 'WebKit (MiniBrowser)';
    // 'webdriver' makes @web/test-runner-commands (sendKeys, sendMouse, selectOption…) use the methods forwarded
    // below, exactly as for webdriverLauncher.
    this.type = 'webdriver';
    this.inner = undefined;
    this.xvfb = undefined;
    this.driver = undefined;
    this.stopping = undefined;
  }

  async initialize(config, testFiles) {
    installExitHooks();
    this.stopping = undefined;
    const driverPath = this.options.driverPath ?? process.env.WEBKIT_DRIVER ?? findExecutable('WebKitWebDriver', DRIVER_FALLBACKS);
    const xvfbPath = this.options.xvfbPath ?? process.env.XVFB ?? findExecutable('Xvfb');
    const timeout = this.options.startTimeout ?? 30_000;
    try {
      this.xvfb = await startXvfb(xvfbPath, this.options.screen ?? '1280x1024x24', timeout);
      const env = { ...process.env, DISPLAY: this.xvfb.display, GDK_BACKEND: 'x11' };
      delete env.WAYLAND_DISPLAY;
      this.driver = await startDriver(driverPath, env, timeout);
      this.inner = webdriverLauncher({
        hostname: '127.0.0.1',
        port: this.driver.port,
        path: '/',
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          // Without it webdriverio asks for a BiDi session and WebKitWebDriver answers "Failed to match capabilities".
          'wdio:enforceWebDriverClassic': true,
          ...this.options.capabilities,
        },
      });
      await this.inner.initialize(config, testFiles);
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  stop() {
    this.stopping ??= this.#stop();
    return this.stopping;
  }

  async #stop() {
    const { inner, driver, xvfb } = this;
    this.inner = undefined;
    if (inner) {
      // Closes MiniBrowser through the driver. If the browser hangs, the process-group kill below still gets it.
      await withTimeout(inner.stop(), 10_000, 'Closing the WebDriver session').catch(() => {});
    }
    await terminate(driver?.child);
    await terminate(xvfb?.child);
  }

  #wrapped() {
    if (!this.inner) throw new Error(`${this.name}: not initialized (or already stopped)`);
    return this.inner;
  }

  async startSession(sessionId, url) {
    try {
      return await this.#wrapped().startSession(sessionId, url);
    } catch (error) {
      const driverOutput = this.driver?.output();
      if (driverOutput) error.message += `\nWebKitWebDriver output:\n${driverOutput}`;
      throw error;
    }
  }

  isActive(sessionId) {
    return this.inner?.isActive(sessionId) ?? false;
  }

  getBrowserUrl(sessionId) {
    return this.#wrapped().getBrowserUrl(sessionId);
  }

  stopSession(sessionId) {
    return this.#wrapped().stopSession(sessionId);
  }

  startDebugSession(sessionId, url) {
    return this.#wrapped().startDebugSession(sessionId, url);
  }

  // Used by @web/test-runner-commands for type 'webdriver'.
  sendKeys(sessionId, keys) {
    return this.#wrapped().sendKeys(sessionId, keys);
  }

  sendMouseMove(sessionId, x, y) {
    return this.#wrapped().sendMouseMove(sessionId, x, y);
  }

  sendMouseClick(sessionId, x, y, button) {
    return this.#wrapped().sendMouseClick(sessionId, x, y, button);
  }

  sendMouseDown(sessionId, button) {
    return this.#wrapped().sendMouseDown(sessionId, button);
  }

  sendMouseUp(sessionId, button) {
    return this.#wrapped().sendMouseUp(sessionId, button);
  }

  resetMouse(sessionId) {
    return this.#wrapped().resetMouse(sessionId);
  }

  takeScreenshot(sessionId, locator) {
    return this.#wrapped().takeScreenshot(sessionId, locator);
  }
}

/** @param {ConstructorParameters<typeof WebKitLauncher>[0]} [options] */
export function webkitLauncher(options) {
  return new WebKitLauncher(options);
}
