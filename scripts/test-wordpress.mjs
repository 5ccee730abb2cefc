#!/usr/bin/env node
// npm run test:wordpress: the WordPress plugin on a real WordPress (Debian's 6.1, PHP, MariaDB), an Arabic
// site and a French one, driven through the REST API and a real Chromium. Starts everything it needs
// (scripts/wp-site.mjs), installs the plugin from the built zip, runs test/wordpress/plugin.test.mjs, prints
// "N passed, N failed" and stops everything it started, also on failure, Ctrl-C or its 10-minute limit.
// Needs `npm run build` first (the zip). KEEP_WP=1 keeps the temporary folder for a look afterwards.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { installPluginZip, installSite } from './wp-client.mjs';
import { freePort, startMariaDb, startWordPress, stopAll } from './wp-site.mjs';
import { ZIP_NAME } from './wp-zip-name.mjs';
import { CHROMIUM_ARGS } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const LIMIT_MS = 10 * 60_000;
const ADMIN = { user: 'owner', password: 'owner-password-for-the-test' };
const EDITOR = { user: 'editor', password: 'editor-password-for-the-test' };
// Ports 8600-8699 are this test's (the other suites use theirs).
const SITES = [
  { name: 'ar', language: 'ar', title: 'تعاونية الأطلس', ports: [8610, 8629] },
  { name: 'fr', language: 'fr_FR', title: 'Coopérative du Souss', ports: [8630, 8649] },
].filter((site) => !process.env.WP_SITES || process.env.WP_SITES.split(',').includes(site.name));
// WP_ONLY=regexp runs only the tests whose names match it (while working on some); the order stays the same.
const ONLY = process.env.WP_ONLY ?? '';
let dir;
let browser;
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  await browser?.close().catch(() => {});
  await stopAll();
  if (dir && !process.env.KEEP_WP) await rm(dir, { recursive: true, force: true });
  else if (dir) console.log(`kept ${dir}`);
  process.exit(code);
}
process.on('SIGINT', () => stop(130));
process.on('SIGTERM', () => stop(143));
setTimeout(() => {
  console.error(`test:wordpress: over ${LIMIT_MS / 60_000} minutes, stopping everything`);
  stop(1);
}, LIMIT_MS).unref();

let passed = 0;
let failed = 0;
try {
  const zip = await readFile(join(root, 'dist', ZIP_NAME)).catch(() => {
    throw new Error(`dist/${ZIP_NAME} is missing: run \`npm run build\` first`);
  });
  dir = await mkdtemp(join(tmpdir(), 'coop-wp-'));
  const started = Date.now();
  const db = await startMariaDb(dir);
  await db.sql(SITES.map((site) => `CREATE DATABASE wp_${site.name} CHARACTER SET utf8mb4;`).join(' '));
  const sites = await Promise.all(
    SITES.map(async (site) => {
      const port = await freePort(...site.ports);
      const wp = await startWordPress({ dir, name: site.name, port, socket: db.socket, database: `wp_${site.name}` });
      const admin = await installSite(wp.url, { title: site.title, language: site.language, ...ADMIN });
      await installPluginZip(admin, zip, ZIP_NAME, 'coop-chair-quiz/coop-chair-quiz');
      const created = await admin.rest('/wp/v2/users', {
        method: 'POST',
        json: { username: EDITOR.user, password: EDITOR.password, email: 'editor@example.org', roles: ['editor'] },
      });
      if (created.status !== 201)
        throw new Error(`creating the editor failed: ${JSON.stringify(created.data).slice(0, 300)}`);
      return { ...site, ...wp, admin, ADMIN, EDITOR };
    }),
  );
  console.log(
    `WordPress ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${sites.map((s) => `${s.name} ${s.url}`).join(', ')}`,
  );

  browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    protocolTimeout: 60_000,
  });
  const { tests } = await import('../test/wordpress/plugin.test.mjs');
  for (const site of sites) {
    for (const [name, body] of tests.filter(([name]) => new RegExp(ONLY).test(name))) {
      const title = `${site.name}: ${name}`;
      const context = await browser.createBrowserContext();
      const t0 = Date.now();
      try {
        await body({ site, browser: context, root });
        passed++;
        console.log(`  ✓ ${title} (${Date.now() - t0} ms)`);
      } catch (error) {
        failed++;
        console.log(`  ✗ ${title}\n    ${String(error?.stack ?? error).replace(/\n/g, '\n    ')}`);
      } finally {
        await context.close().catch(() => {});
      }
    }
  }
  for (const site of sites) {
    const log = await readFile(site.debugLog, 'utf8').catch(() => '');
    if (/PHP (Fatal|Warning|Notice|Deprecated)[^\n]*coop-chair-quiz/.test(log)) {
      failed++;
      console.log(
        `  ✗ ${site.name}: the plugin writes no PHP errors, warnings or notices\n    ${log
          .split('\n')
          .filter((l) => l.includes('coop-chair-quiz'))
          .slice(0, 5)
          .join('\n    ')}`,
      );
    } else {
      passed++;
      console.log(`  ✓ ${site.name}: the plugin writes no PHP errors, warnings or notices`);
    }
  }
} catch (error) {
  failed++;
  console.log(`  ✗ setting up WordPress\n    ${String(error?.stack ?? error).replace(/\n/g, '\n    ')}`);
}
console.log(`\ntest:wordpress: ${passed} passed, ${failed} failed`);
await stop(failed ? 1 : 0);
