// The package as it would be published, and the apps that install it: `npm pack` of what `npm run build:package`
// built (lib/, custom-elements.json, dist/ — `npm test` builds them once, before this test, so the pack skips
// `prepack` rather than build a second time), then each app copied out of the repository into a temporary folder and installed
// there with `npm ci` from its own lockfile — so nothing resolves from the project's node_modules, and a file
// missing from the tarball or a dependency missing from package.json fails the build.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = new URL('../..', import.meta.url).pathname;
/** The apps' package.json files depend on `file:../coop-chair-quiz.tgz`: the tarball sits beside them. */
const TARBALL = 'coop-chair-quiz.tgz';

export const makeWorkDir = () => mkdtemp(join(tmpdir(), 'coop-chair-quiz-apps-'));
export const removeWorkDir = (dir) => rm(dir, { recursive: true, force: true });

/** What `npm run build:package` makes and the tarball must carry. */
const BUILT = ['lib/index.js', 'lib/index.d.ts', 'custom-elements.json', 'dist/coop-chair-quiz.js'];

/** Runs `npm pack` on the checkout, as built, into `workDir`; returns the tarball's path. */
export async function pack(workDir) {
  for (const file of BUILT)
    await access(join(ROOT, file)).catch(() => {
      throw new Error(`${file} is missing: run \`npm run build:package\` before \`npm run test:apps\` (npm test does)`);
    });
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', workDir], {
    cwd: ROOT,
    maxBuffer: 64 << 20,
  });
  const [{ filename }] = JSON.parse(stdout);
  const tarball = join(workDir, TARBALL);
  await rename(join(workDir, filename), tarball);
  return tarball;
}

/**
 * Copies test/apps/<name> into `workDir` and installs it. The lockfile pins every third-party package to the
 * versions the project's own `npm ci` put in the npm cache, so this works offline. The tarball's `integrity` is
 * dropped from the copy's lockfile: with it, npm takes the cached tarball of that integrity — the package as it
 * was when the lockfile was written (seen here) — instead of the one just packed.
 */
export async function installApp(name, workDir) {
  const dir = join(workDir, name);
  await cp(join(ROOT, 'test/apps', name), dir, {
    recursive: true,
    filter: (src) => !/\/(node_modules|dist|public)$/.test(src),
  });
  const lockPath = join(dir, 'package-lock.json');
  const lock = JSON.parse(await readFile(lockPath, 'utf8'));
  delete lock.packages['node_modules/coop-chair-quiz'].integrity;
  await writeFile(lockPath, JSON.stringify(lock, null, 2));
  // --include=dev: Vite (the apps' devDependency) sets NODE_ENV=production in this process once it has served an
  // app, and npm ci would then leave devDependencies out.
  await run('npm', ['ci', '--prefer-offline', '--include=dev', '--no-audit', '--no-fund'], { cwd: dir });
  return dir;
}

/** Builds an app with its own `npm run build` (its `prebuild` copies the package's quizzes into public/). */
export async function buildApp(dir) {
  await run('npm', ['run', 'build'], { cwd: dir, maxBuffer: 64 << 20 });
}

export const sha256 = async (path) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
