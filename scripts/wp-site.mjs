// The real WordPress the plugin's test runs on, started from Debian's packages and stopped afterwards:
// MariaDB on a temporary data directory and a socket of its own (no system service, no TCP port), and one
// `php -S` per site on a copy of Debian's WordPress core (/usr/share/wordpress) with its own wp-config.php
// and wp-content/. Every wait is bounded; stopAll() ends everything that was started, whatever happened.
import { spawn } from 'node:child_process';
import { cp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const WORDPRESS_CORE = '/usr/share/wordpress';
const children = [];

function start(command, args, { env, log } = {}) {
  // A process group of its own, so that stopping it also stops its children (php -S's workers).
  // /usr/sbin holds mariadbd, and is not on every user's PATH.
  const PATH = `${process.env.PATH ?? ''}:/usr/sbin:/sbin`;
  const child = spawn(command, args, {
    env: { ...process.env, PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.output = '';
  const keep = (chunk) => {
    child.output = (child.output + chunk).slice(-20000); // the tail, for the report when something fails
    if (log) process.stderr.write(chunk);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  child.on('error', (error) => (child.output += `\n${error.message}`));
  children.push(child);
  return child;
}

async function run(command, args, timeoutMs) {
  const child = start(command, args);
  const result = await Promise.race([child.exited, sleep(timeoutMs).then(() => 'timeout')]);
  if (result !== 0) {
    signalGroup(child, 'SIGKILL');
    throw new Error(`${command} ${args.join(' ')} ended with ${result}:\n${child.output}`);
  }
  return child.output;
}

/** Polls `check` every 200 ms until it returns true, or throws after `timeoutMs`. */
export async function waitFor(what, check, timeoutMs) {
  const end = Date.now() + timeoutMs;
  let last;
  while (Date.now() < end) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    await sleep(200);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (${last.message})` : ''}`);
}

/** The first port from `from` to `to` that nothing listens on, on 127.0.0.1. */
export async function freePort(from, to) {
  for (let port = from; port <= to; port++) {
    const free = await new Promise((resolve) => {
      const server = createServer().once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port from ${from} to ${to}`);
}

/** MariaDB on `dir`, listening only on a socket; returns the socket path once it answers. */
export async function startMariaDb(dir) {
  const data = join(dir, 'mariadb');
  const socket = join(dir, 'mariadb.sock');
  const user = userInfo().username;
  await run(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${data}`,
      `--user=${user}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ],
    120_000,
  );
  start('mariadbd', [
    '--no-defaults',
    `--datadir=${data}`,
    `--socket=${socket}`,
    '--skip-networking',
    `--user=${user}`,
    `--pid-file=${join(dir, 'mariadb.pid')}`,
    '--innodb-buffer-pool-size=32M',
    '--skip-log-bin',
  ]);
  const client = (sql) => run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', sql], 10_000);
  await waitFor('MariaDB to answer on its socket', () => client('SELECT 1').then(() => true), 60_000);
  return { socket, sql: client };
}

/**
 * A WordPress site served by `php -S 127.0.0.1:port` from its own copy of Debian's core (copying keeps
 * Debian's wp-config.php, which reads /etc/wordpress, out of the way); themes and language packs are links
 * to Debian's (wordpress-theme-twentytwentythree, wordpress-l10n). Not yet installed: see installSite().
 */
export async function startWordPress({ dir, name, port, socket, database }) {
  const root = join(dir, name);
  await cp(WORDPRESS_CORE, root, {
    recursive: true,
    filter: (src) => !/\/wordpress\/(wp-content|wp-config\.php|\.htaccess)$/.test(src),
  });
  const content = join(root, 'wp-content');
  await mkdir(join(content, 'plugins'), { recursive: true });
  await mkdir(join(content, 'themes'), { recursive: true });
  await mkdir(join(content, 'uploads'), { recursive: true });
  await symlink(join(WORDPRESS_CORE, 'wp-content/themes/twentytwentythree'), join(content, 'themes/twentytwentythree'));
  await symlink(join(WORDPRESS_CORE, 'wp-content/languages'), join(content, 'languages'));
  const url = `http://127.0.0.1:${port}`;
  await writeFile(
    join(root, 'wp-config.php'),
    `<?php
// Written by scripts/wp-site.mjs for the plugin's test; removed with the site.
define( 'DB_NAME', ${JSON.stringify(database)} );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${JSON.stringify(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$table_prefix = 'wp_';
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $key ) {
	define( $key, ${JSON.stringify(`test-${name}-${Math.random()}`)} . $key );
}
define( 'WP_HOME', ${JSON.stringify(url)} );
define( 'WP_SITEURL', ${JSON.stringify(url)} );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
// As on a hardened or multisite install: nobody has unfiltered_html, so the editor in the test has none.
define( 'DISALLOW_UNFILTERED_HTML', true );
// No network here, and php -S would deadlock on WordPress's loopback requests to itself (cron).
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${JSON.stringify(join(dir, `${name}-debug.log`))} );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );
  // Several workers: the block editor and the test's browser ask for many files at once.
  const server = start('php', ['-S', `127.0.0.1:${port}`, '-t', root], { env: { PHP_CLI_SERVER_WORKERS: '4' } });
  await waitFor(
    `php -S on port ${port}`,
    async () => (await fetch(`${url}/readme.html`, { signal: AbortSignal.timeout(5000) })).ok,
    30_000,
  );
  return { url, root, content, server, debugLog: join(dir, `${name}-debug.log`) };
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}

/** Ends every process group started here: SIGTERM, then SIGKILL for any group still there after 10 s. */
export async function stopAll() {
  const started = children.filter((child) => child.pid);
  for (const child of started) signalGroup(child, 'SIGTERM');
  await Promise.race([Promise.all(started.map((child) => child.exited)), sleep(10_000)]);
  await sleep(300); // the workers' own exit after their parent's
  for (const child of started) signalGroup(child, 'SIGKILL');
}
