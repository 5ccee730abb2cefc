// npm run test:apps — the npm package as it would be published: packed, checked with the ecosystem's package
// linters, installed into a React 19 app and a Vue 3 app built with Vite, and used there in real Chromium.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { clickChair, launchChromium, openPage, serveBuilt, serveDev, textOf, waitForQuiz } from './browser.mjs';
import { classFacts, manifestDeclaration, typedEvents } from './manifest.mjs';
import { buildApp, installApp, makeWorkDir, pack, removeWorkDir, ROOT, sha256 } from './pack.mjs';

const run = promisify(execFile);
const bin = (name) => join(ROOT, 'node_modules/.bin', name);
/**
 * Ports of this test's range (from APPS_TEST_PORT, default 9010, for engineers sharing a machine); a busy port
 * fails the test rather than serving something else.
 */
const FIRST_PORT = Number(process.env.APPS_TEST_PORT ?? 9010);
const PORTS = { react: FIRST_PORT, vue: FIRST_PORT + 1, reactDev: FIRST_PORT + 2 };
/** Packing, two installs and two builds on 2 busy cores. */
const SETUP_TIMEOUT = 240_000;

let work;
let tarball;
let browser;

before(
  async () => {
    work = await makeWorkDir();
    tarball = await pack(work);
    browser = await launchChromium();
  },
  { timeout: SETUP_TIMEOUT },
);

after(async () => {
  await browser?.close();
  if (work) await removeWorkDir(work);
});

/** Runs a command, resolving with its output and exit code instead of throwing on a non-zero exit. */
const check = (file, args, cwd = ROOT) =>
  run(file, args, { cwd }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error) => ({ code: error.code, output: `${error.stdout}${error.stderr}` }),
  );

/**
 * Installs test/apps/<name> from the tarball, builds it with Vite, serves the build on `port` and opens it in
 * Chromium. `problems` collects the page's errors, console errors and failed requests.
 */
async function builtApp(name, port) {
  const dir = await installApp(name, work);
  await buildApp(dir);
  const served = await serveBuilt(dir, port);
  const closeServer = () => new Promise((resolve) => served.server.httpServer.close(resolve));
  const { page, problems } = await openPage(browser, served.url).catch(async (error) => {
    await closeServer();
    throw error;
  });
  return {
    dir,
    pkgDir: join(dir, 'node_modules/coop-chair-quiz'),
    page,
    problems,
    async close() {
      await page.close();
      await closeServer();
    },
  };
}

const quizFile = async (pkgDir, name) => JSON.parse(await readFile(join(pkgDir, 'quizzes', name), 'utf8'));

describe('the packed npm package', () => {
  it('passes publint with warnings counted as errors', async () => {
    const { code, output } = await check(bin('publint'), ['--strict', tarball]);
    assert.equal(code, 0, output);
  });

  it('has types and modules that resolve for Node ESM and for bundlers (are-the-types-wrong, esm-only profile)', async () => {
    // esm-only: the package is ES modules only ("type": "module", no require entry), so CommonJS and node10
    // resolution are out of scope; every entry must resolve, with its types, under node16 ESM and bundler.
    const { code, output } = await check(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped']);
    assert.equal(code, 0, output);
  });
});

describe('a React 19 app built with Vite, with the package installed from the tarball', () => {
  let app;
  before(async () => (app = await builtApp('react', PORTS.react)), { timeout: SETUP_TIMEOUT });
  after(() => app?.close());

  it('installs the lib/ just built, not a cached older package', async () => {
    assert.equal(
      await sha256(join(app.pkgDir, 'lib/coop-chair-quiz.js')),
      await sha256(join(ROOT, 'lib/coop-chair-quiz.js')),
    );
  });

  it('type-checks against the packed declarations: the JSX declarations of docs/embedding.md, and a typed detail on a document listener', async () => {
    const { code, output } = await check('npm', ['run', 'typecheck'], app.dir);
    assert.equal(code, 0, output);
  });

  it('uses the JSX declarations docs/embedding.md gives, word for word', async () => {
    const docs = await readFile(join(ROOT, 'docs/embedding.md'), 'utf8');
    const declarations = (await readFile(join(app.dir, 'src/coop-chair-quiz-jsx.d.ts'), 'utf8')).replace(
      /^\/\/.*\n/,
      '',
    );
    assert.ok(
      docs.includes(`\`\`\`tsx\n${declarations}\`\`\``),
      'docs/embedding.md has no tsx block equal to src/coop-chair-quiz-jsx.d.ts',
    );
  });

  it("renders a quiz from the app's public folder, in the page's Arabic", async () => {
    const quiz = await quizFile(app.pkgDir, 'assembly-hall.json');
    assert.equal(await waitForQuiz(app.page, '#public-quiz', quiz.chairs.length), quiz.question.ar);
  });

  it('delivers a click on a chair to the handler given as oncoop-chair-quiz-choose, and never to camelCase onCoopChairQuizChoose', async () => {
    await clickChair(app.page, '#public-quiz', 3);
    await app.page.waitForFunction(() => document.querySelector('#choice').textContent !== 'none', { timeout: 5000 });
    assert.equal(await textOf(app.page, '#choice'), 'assembly-hall 3');
    assert.equal(await textOf(app.page, '#camel-case-calls'), '0');
  });

  it('shows the built-in meeting-room quiz from src="/quizzes/meeting-room.json", and a real pick works', async () => {
    const quiz = await quizFile(app.pkgDir, 'meeting-room.json');
    assert.equal(await waitForQuiz(app.page, '#built-in-quiz', quiz.chairs.length), quiz.question.ar);
    await clickChair(app.page, '#built-in-quiz', 5);
  });

  it('tells a listener on document when each quiz is ready', async () => {
    await app.page.waitForFunction(
      () => document.querySelector('#ready-on-document').textContent.split(' ').length === 2,
      {
        timeout: 5000,
      },
    );
    assert.equal(await textOf(app.page, '#ready-on-document'), 'assembly-hall meeting-room');
  });

  it('shows the built-in quiz without src in the built app (the bundle in assets/, the quizzes copied to public/quizzes/)', async () => {
    const quiz = await quizFile(app.pkgDir, 'meeting-room.json');
    assert.equal(await waitForQuiz(app.page, '#no-src-quiz', quiz.chairs.length), quiz.question.ar);
  });

  it("has a custom-elements.json that lists exactly the class's attributes, public properties and typed events", async () => {
    const manifest = await manifestDeclaration(app.pkgDir);
    const facts = await classFacts(app.page, manifest.members);
    assert.deepEqual(manifest.attributes, facts.attributes, 'attributes: manifest vs observedAttributes');
    for (const property of facts.properties)
      assert.ok(manifest.members.includes(property), `the manifest lacks the property ${property}`);
    assert.deepEqual(facts.missing, [], 'members in the manifest that the element does not have');
    assert.deepEqual(manifest.events, await typedEvents(app.pkgDir), 'events: manifest vs lib/events.d.ts');
  });

  it('runs with no page error, console error or failed request', () => {
    assert.deepEqual(app.problems, []);
  });

  it('works under vite dev too, where the built-in quiz needs its src (docs/embedding.md)', async () => {
    const dev = await serveDev(app.dir, PORTS.reactDev);
    const { page: devPage, problems: devProblems } = await openPage(browser, dev.url);
    try {
      const quiz = await quizFile(app.pkgDir, 'meeting-room.json');
      assert.equal(await waitForQuiz(devPage, '#built-in-quiz', quiz.chairs.length), quiz.question.ar);
      await clickChair(devPage, '#public-quiz', 4);
      await devPage.waitForFunction(() => document.querySelector('#choice').textContent !== 'none', { timeout: 5000 });
      assert.equal(await textOf(devPage, '#choice'), 'assembly-hall 4');
      // Without src the element looks beside the pre-bundled module, in node_modules/.vite/: the docs say so.
      await devPage.waitForFunction(
        () => document.querySelector('#no-src-quiz').shadowRoot?.querySelector('[part="error"]'),
        { timeout: 15000 },
      );
      const lost = `${dev.url}node_modules/.vite/quizzes/meeting-room.json`;
      assert.deepEqual(await devPage.evaluate(() => document.querySelector('#no-src-quiz').quizUrl), lost);
      assert.deepEqual(
        devProblems.filter((problem) => !problem.includes(lost) && !problem.includes('404 (Not Found)')),
        [],
      );
    } finally {
      await devPage.close();
      await dev.server.close();
    }
  });
});

describe('a Vue 3 app built with Vite that configures @lit/localize itself', () => {
  let app;
  before(async () => (app = await builtApp('vue', PORTS.vue)), { timeout: SETUP_TIMEOUT });
  after(() => app?.close());

  it("shows the app's own heading in French and the quiz in English, each from its own localization", async () => {
    const quiz = await quizFile(app.pkgDir, 'meeting-room.json');
    await app.page.waitForSelector('#app-heading', { timeout: 10000 });
    assert.equal(await textOf(app.page, '#app-heading'), 'Le choix de notre coopérative');
    assert.equal(await waitForQuiz(app.page, '#public-quiz', quiz.chairs.length), quiz.question.en);
    const again = await app.page.evaluate(
      () => document.querySelector('#public-quiz').shadowRoot.querySelector('[part="base"]').lang,
    );
    assert.equal(again, 'en');
  });

  it('delivers a click on a chair to the @coop-chair-quiz-choose handler', async () => {
    await clickChair(app.page, '#public-quiz', 2);
    await app.page.waitForFunction(() => document.querySelector('#choice').textContent !== 'none', { timeout: 5000 });
    assert.equal(await textOf(app.page, '#choice'), 'meeting-room 2');
  });

  it('runs with no page error, console error or failed request', () => {
    assert.deepEqual(app.problems, []);
  });
});
