/* global wp -- the block editor's global, inside page.evaluate() */
// The WordPress plugin on a real site (run by scripts/test-wordpress.mjs, once for the Arabic site and once for
// the French one). The tests run in this order and some build on the ones before: the site quiz uploaded in
// "a valid quiz…" is the one later tests show.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WordPressClient } from '../../scripts/wp-client.mjs';
import { builtInQuiz, goodSvg, quizJson, unsafeSvg } from './quiz-files.mjs';

const TIMEOUT = 30_000;
const SITE_QUIZ = 'coop-garden';

/** The plugin's own strings for a language (wordpress/languages/<lang>.php), read by PHP itself. */
function strings(root, lang) {
  const file = join(root, 'wordpress', 'languages', `${lang}.php`);
  return JSON.parse(execFileSync('php', ['-r', `echo json_encode(include $argv[1]);`, file], { encoding: 'utf8' }));
}
const quizLang = (site) => (site.name === 'ar' ? 'ar' : 'fr');

/** The text before the first placeholder of the plugin's translation of `english` in the site's language. */
function message(site, root, english) {
  const table = (site.strings ??= strings(root, quizLang(site)));
  assert.ok(table[english], `no ${site.name} translation of "${english}"`);
  return table[english].split('%')[0];
}

async function folder(site) {
  return (await readdir(join(site.content, 'uploads', 'coop-chair-quiz')).catch(() => [])).sort();
}

async function editorClient(site) {
  return (site.editorClient ??= await new WordPressClient(site.url).login(site.EDITOR.user, site.EDITOR.password));
}

async function publish(site, title, content) {
  const editor = await editorClient(site);
  const { status, data } = await editor.rest('/wp/v2/posts', {
    method: 'POST',
    json: { title, content, status: 'publish' },
  });
  assert.equal(status, 201, `the editor's post was not saved: ${JSON.stringify(data).slice(0, 300)}`);
  const saved = await editor.rest(`/wp/v2/posts/${data.id}`, { query: { context: 'edit' } });
  assert.equal(saved.data.content.raw, content, 'WordPress changed what the editor saved');
  return data.link;
}

async function openPage(browser, url) {
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(String(error)));
  page.on(
    'response',
    (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && page.errors.push(`HTTP ${r.status()} ${r.url()}`),
  );
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

async function logIn(browser, site, who) {
  const page = await openPage(browser, `${site.url}/wp-login.php`);
  await page.type('#user_login', who.user);
  await page.type('#user_pass', who.password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
  return page;
}

/** Waits for the quiz's chairs, picks `number` with a real click, returns what the page shows. */
async function pickChair(page, number, selector = 'coop-chair-quiz') {
  await page.waitForFunction(
    (s) => document.querySelector(s)?.shadowRoot?.querySelector('[part~="chair"]'),
    {},
    selector,
  );
  const chair = await page.evaluateHandle(
    (s, n) => document.querySelector(s).shadowRoot.querySelector(`[part~="chair"][data-number="${n}"]`),
    selector,
    number,
  );
  await chair.click();
  await page.waitForFunction(
    (s) => document.querySelector(s).shadowRoot.querySelector('[part="result"] .result-title'),
    {},
    selector,
  );
  return page.evaluate((s) => {
    const root = document.querySelector(s).shadowRoot;
    return {
      chairs: root.querySelectorAll('[part~="chair"]').length,
      lang: root.querySelector('[part="base"]').getAttribute('lang'),
      dir: root.querySelector('[part="base"]').getAttribute('dir'),
      title: root.querySelector('.result-title').textContent.trim(),
      badge: root.querySelector('.badge').textContent.trim(),
      remembered: !!root.querySelector('.remembered-note'),
      width: document.querySelector(s).getBoundingClientRect().width,
      htmlLang: document.documentElement.lang,
      htmlDir: document.documentElement.dir,
    };
  }, selector);
}

/** Media → Chair quizzes as the site owner, with `files` ({ name: [fileName, text] }) chosen and sent. */
async function uploadInBrowser(browser, site, files) {
  const page = await logIn(browser, site, site.ADMIN);
  await page.goto(`${site.url}/wp-admin/upload.php?page=coop-chair-quiz`, { waitUntil: 'load' });
  for (const [input, path] of Object.entries(files)) await (await page.$(`#${input}`)).uploadFile(path);
  await page.click('#coop_quiz_submit');
  return page;
}

/** A POST to the admin page straight from Node, as a script would send it, past any browser check. */
async function uploadDirect(site, files, { nonce = true, as = 'admin' } = {}) {
  const client = as === 'admin' ? site.admin : await editorClient(site);
  const page = await site.admin.text('/wp-admin/upload.php?page=coop-chair-quiz');
  const form = new FormData();
  if (nonce) form.set('_wpnonce', WordPressClient.field(page.text, '_wpnonce'));
  for (const [name, [fileName, content]] of Object.entries(files)) form.set(name, new Blob([content]), fileName);
  const { status, text } = await client.text('/wp-admin/upload.php?page=coop-chair-quiz', {
    method: 'POST',
    body: form,
  });
  const notice = /id="coop-chair-quiz-result"[^>]*><p>([^<]*)<\/p>/.exec(text)?.[1];
  return { status, text, notice: notice?.replace(/&quot;|&#0?34;/g, '"').replace(/&#0?39;|&rsquo;/g, '’') };
}

/** A file named `name` (the browser sends the name as it is) in a folder of this site's test files. */
/** With WP_SCREENSHOTS=folder, a picture of the page for a person to look at (the test asserts nothing on it). */
async function screenshot(page, site, name) {
  if (!process.env.WP_SCREENSHOTS) return;
  await mkdir(process.env.WP_SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(process.env.WP_SCREENSHOTS, `${site.name}-${name}.png`) });
}

async function writeTemp(site, name, content) {
  const dir = join(site.root, '..', `files-${site.name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, name), content);
  return join(dir, name);
}

/** Every string the plugin translates: __()-style calls in its PHP and JS, and block.json's title, description and keywords. */
async function pluginStrings(root) {
  const found = new Set();
  const dir = join(root, 'wordpress');
  for (const name of await readdir(dir, { recursive: true })) {
    if (!/\.(php|js)$/.test(name) || name.startsWith('languages')) continue;
    const code = await readFile(join(dir, name), 'utf8');
    for (const m of code.matchAll(/\b(?:__|esc_html__|esc_attr__)\(\s*'((?:[^'\\]|\\.)*)',\s*'coop-chair-quiz'/g))
      found.add(m[1].replace(/\\'/g, "'"));
  }
  const block = JSON.parse(await readFile(join(dir, 'block', 'block.json'), 'utf8'));
  for (const text of [block.title, block.description, ...block.keywords]) found.add(text);
  return [...found];
}

export const tests = [
  [
    'every string of the plugin has a translation in the site’s language',
    async ({ site, root }) => {
      const table = strings(root, quizLang(site));
      const all = await pluginStrings(root);
      assert.ok(all.length > 40, `only ${all.length} strings found`);
      assert.deepEqual(
        all.filter((text) => !table[text]),
        [],
      );
    },
  ],
  [
    'a post with the block, saved by an editor without unfiltered_html, shows a working quiz in the page’s language and direction',
    async ({ site, browser }) => {
      // Without unfiltered_html, WordPress strips a script from what the editor saves.
      const editor = await editorClient(site);
      const probe = await editor.rest('/wp/v2/posts', {
        method: 'POST',
        json: { title: 'Probe', content: '<p>a</p><script>alert(1)</script>', status: 'draft' },
      });
      assert.equal(probe.data.content.raw, '<p>a</p>alert(1)', 'the editor must not have unfiltered_html');
      const link = await publish(site, 'Block', '<!-- wp:coop-chair-quiz/quiz {"digits":"arab"} /-->');
      const page = await openPage(browser, link);
      const shown = await pickChair(page, 1);
      const quiz = builtInQuiz('meeting-room');
      const lang = quizLang(site);
      assert.deepEqual(
        {
          chairs: shown.chairs,
          lang: shown.lang,
          title: shown.title,
          badge: shown.badge,
          htmlDir: shown.htmlDir || 'ltr',
        },
        {
          chairs: quiz.chairs.length,
          lang,
          title: quiz.chairs[0].title[lang],
          badge: '١',
          htmlDir: lang === 'ar' ? 'rtl' : 'ltr',
        },
      );
      assert.equal(shown.dir, lang === 'ar' ? 'rtl' : 'ltr');
      // Twenty Twenty-Three's content column gives the quiz its width (issue 13: never 0 px).
      assert.ok(shown.width >= 300, `the quiz is ${shown.width} px wide`);
      await screenshot(page, site, 'block-post');
      assert.deepEqual(page.errors, []);
    },
  ],
  [
    'a post with the shortcode, saved by the editor, shows the quiz it names in the language it names and remembers the answer',
    async ({ site, browser }) => {
      const lang = site.name === 'ar' ? 'fr' : 'ar';
      const link = await publish(
        site,
        'Shortcode',
        `<!-- wp:shortcode -->\n[coop_chair_quiz quiz="assembly-hall" lang="${lang}" digits="arab" remember="1"]\n<!-- /wp:shortcode -->`,
      );
      const page = await openPage(browser, link);
      const quiz = builtInQuiz('assembly-hall');
      const shown = await pickChair(page, 3);
      assert.deepEqual(
        [shown.chairs, shown.lang, shown.title, shown.badge],
        [quiz.chairs.length, lang, quiz.chairs[2].title[lang], '٣'],
      );
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() =>
        document.querySelector('coop-chair-quiz')?.shadowRoot?.querySelector('.result .note'),
      );
      assert.deepEqual(page.errors, []);
    },
  ],
  [
    'the script is printed as a module, once, with every attribute escaped, and only on pages that show a quiz',
    async ({ site }) => {
      const link = await publish(
        site,
        'Two quizzes',
        '<!-- wp:coop-chair-quiz/quiz /-->\n<!-- wp:shortcode -->[coop_chair_quiz lang="en"]<!-- /wp:shortcode -->\n' +
          '<!-- wp:shortcode -->[coop_chair_quiz action-href="https://coop.example/join?from=quiz" action-label="انضموا إلينا" share-url="https://coop.example/r/{quiz}-{chair}.html"]<!-- /wp:shortcode -->',
      );
      const html = await (await fetch(link)).text();
      const tags = html.match(/<script[^>]*coop-chair-quiz\.js[^>]*>/g) ?? [];
      assert.equal(tags.length, 1, `one script tag, got ${tags.length}`);
      assert.match(
        tags[0],
        /^<script type="module" src=["']http:\/\/127\.0\.0\.1:\d+\/wp-content\/plugins\/coop-chair-quiz\/dist\/coop-chair-quiz\.js\?ver=[\d.]+["']/,
      );
      assert.match(
        html,
        /<coop-chair-quiz src="http:\/\/127\.0\.0\.1:\d+\/wp-content\/plugins\/coop-chair-quiz\/dist\/quizzes\/meeting-room\.json" digits="latn"><\/coop-chair-quiz>/,
      );
      assert.match(html, /<coop-chair-quiz src="[^"]+meeting-room\.json" lang="en"><\/coop-chair-quiz>/);
      assert.match(
        html,
        /<coop-chair-quiz src="[^"]+meeting-room\.json" action-href="https:\/\/coop\.example\/join\?from=quiz" action-label="انضموا إلينا" share-url="https:\/\/coop\.example\/r\/\{quiz\}-\{chair\}\.html"><\/coop-chair-quiz>/,
      );
      const samplePage = await (await fetch(`${site.url}/?page_id=2`)).text();
      assert.ok(
        samplePage.length > 1000 && !samplePage.includes('coop-chair-quiz'),
        'the sample page must not load the script',
      );
    },
  ],
  [
    'unknown attributes, values and quiz ids are refused: editors see why, visitors see nothing and no attribute gets through',
    async ({ site, root }) => {
      const bad = [
        '[coop_chair_quiz quiz="../../wp-config"]',
        '[coop_chair_quiz quiz="meeting-room" onclick="alert(1)"]',
        '[coop_chair_quiz lang="de"]',
        '[coop_chair_quiz digits="roman"]',
        '[coop_chair_quiz quiz="no-such-quiz"]',
        '[coop_chair_quiz remember="sometimes"]',
        '[coop_chair_quiz action-href="javascript:alert(1)" action-label="x"]',
        '[coop_chair_quiz next-href="//evil.example/" next-label="x"]',
        '[coop_chair_quiz lang="fr\\" onmouseover=\\"alert(1)"]',
      ];
      const link = await publish(
        site,
        'Refused',
        bad.map((s) => `<!-- wp:shortcode -->${s}<!-- /wp:shortcode -->`).join('\n'),
      );
      const visitor = await (await fetch(link)).text();
      assert.ok(
        !/<coop-chair-quiz[\s>]/.test(visitor) && !/onclick|onmouseover/.test(visitor.replace(/<!--[^]*?-->/g, '')),
        'a refused shortcode printed something',
      );
      assert.equal(visitor.match(/<!-- coop-chair-quiz: refused attributes -->/g)?.length, bad.length);
      const asEditor = (await (await editorClient(site)).text(new URL(link).pathname + new URL(link).search)).text;
      assert.equal(asEditor.match(/class="coop-chair-quiz-refused" role="alert"/g)?.length, bad.length);
      assert.ok(asEditor.includes(message(site, root, 'The chair quiz is not shown:')));
      assert.ok(!/<coop-chair-quiz[\s>]/.test(asEditor));
    },
  ],
  [
    'a quiz the validator refuses gets its problems listed in the browser in the site’s language, and nothing is uploaded',
    async ({ site, browser, root }) => {
      const before = await folder(site);
      const json = await writeTemp(
        site,
        'broken-room.json',
        quizJson('broken-room', 'broken-room.svg', (q) => (q.chairs[0].x = 140)),
      );
      const svg = await writeTemp(site, 'broken-room.svg', goodSvg());
      const page = await uploadInBrowser(browser, site, { coop_quiz_json: json, coop_quiz_picture: svg });
      await page.waitForSelector('#coop-chair-quiz-check:not([hidden])');
      const text = await page.$eval('#coop-chair-quiz-check', (box) => box.textContent);
      assert.ok(text.includes(message(site, root, 'This quiz file has problems, nothing was uploaded:')), text);
      assert.match(text, /chairs\[0\]\.x: expected a number from 0 to 100, got 140/);
      await screenshot(page, site, 'upload-refused-in-browser');
      assert.equal(page.url(), `${site.url}/wp-admin/upload.php?page=coop-chair-quiz`);
      assert.deepEqual(await folder(site), before);
    },
  ],
  [
    'an SVG with a script passes the browser’s check but the server refuses it, in the site’s language, and changes nothing',
    async ({ site, browser, root }) => {
      const before = await folder(site);
      const json = await writeTemp(site, 'script-room.json', quizJson('script-room', 'script-room.svg'));
      const svg = await writeTemp(site, 'script-room.svg', unsafeSvg('<script>alert(document.cookie)</script>'));
      const page = await uploadInBrowser(browser, site, { coop_quiz_json: json, coop_quiz_picture: svg });
      await page.waitForSelector('#coop-chair-quiz-result.notice-error');
      const text = await page.$eval('#coop-chair-quiz-result', (box) => box.textContent);
      assert.ok(
        text.includes(
          message(
            site,
            root,
            'The SVG picture is refused: it holds a script, an event handler, an external reference or markup that is not a plain picture (%s).',
          ),
        ),
        text,
      );
      assert.match(text, /<script>/);
      await screenshot(page, site, 'upload-refused-by-server');
      assert.deepEqual(await folder(site), before);
    },
  ],
  [
    'the server refuses what is unsafe whatever the browser said, each with its message in the site’s language, and changes nothing',
    async ({ site, root }) => {
      const before = await folder(site);
      const quiz = (id = 'safe-room', picture = 'safe-room.svg') => ['quiz.json', quizJson(id, picture)];
      const cases = [
        ['not JSON', { coop_quiz_json: ['quiz.json', '{"id": "x",'] }, 'The quiz file is not valid JSON (%s).'],
        [
          'JSON that is not a quiz',
          { coop_quiz_json: ['quiz.json', '[1, 2, 3]'] },
          'This JSON file is not a quiz: a quiz has "version": 1, an "id", an "image" and "chairs" (see the playground).',
        ],
        [
          'over 1 MB',
          {
            coop_quiz_json: [
              'quiz.json',
              quizJson('big-room', 'big-room.svg', (q) => (q.padding = 'x'.repeat(1048576))),
            ],
          },
          'The quiz file is larger than 1 MB.',
        ],
        [
          'a bad id',
          { coop_quiz_json: quiz('Bad--Id'), coop_quiz_picture: ['safe-room.svg', goodSvg()] },
          'The quiz id "%s" is not allowed: use lowercase letters, digits and single dashes, such as "coop-garden".',
        ],
        [
          'a path as id',
          { coop_quiz_json: quiz('../evil') },
          'The quiz id "%s" is not allowed: use lowercase letters, digits and single dashes, such as "coop-garden".',
        ],
        [
          'a built-in id',
          {
            coop_quiz_json: quiz('meeting-room', 'meeting-room.svg'),
            coop_quiz_picture: ['meeting-room.svg', goodSvg()],
          },
          'The id "%s" belongs to a built-in quiz: give your quiz another id.',
        ],
        [
          'a picture path',
          { coop_quiz_json: quiz('safe-room', '../../x.svg') },
          'The picture "%s" must be a file name beside the quiz (letters, digits, dashes) ending in .png, .jpg, .webp, .avif or .svg.',
        ],
        ['no picture', { coop_quiz_json: quiz() }, 'The quiz shows the picture "%s": upload it with the quiz.'],
        [
          'another picture',
          { coop_quiz_json: quiz(), coop_quiz_picture: ['other.svg', goodSvg()] },
          'The quiz shows the picture "%1$s", but the picture uploaded is "%2$s".',
        ],
        [
          'a GIF',
          { coop_quiz_json: quiz('safe-room', 'safe-room.gif'), coop_quiz_picture: ['safe-room.gif', 'GIF89a'] },
          'The picture "%s" must be a file name beside the quiz (letters, digits, dashes) ending in .png, .jpg, .webp, .avif or .svg.',
        ],
        [
          'text named .png',
          { coop_quiz_json: quiz('safe-room', 'safe-room.png'), coop_quiz_picture: ['safe-room.png', 'not a png'] },
          'The picture must be a PNG, JPEG, WebP, AVIF or SVG file, and its name must end with its type.',
        ],
        [
          'a PNG named .svg',
          { coop_quiz_json: quiz(), coop_quiz_picture: ['safe-room.svg', '\x89PNG\r\n\x1a\n0000'] },
          'The picture must be a PNG, JPEG, WebP, AVIF or SVG file, and its name must end with its type.',
        ],
        ...[
          ['an event handler', '<rect width="1" height="1" onload="alert(1)"/>'],
          ['an external link', '<a href="https://evil.example/"><rect width="1" height="1"/></a>'],
          ['an external image', '<image href="https://evil.example/x.png" width="1" height="1"/>'],
          [
            'a javascript: link',
            '<a xlink:href="javascript:alert(1)" xmlns:xlink="http://www.w3.org/1999/xlink"><rect width="1" height="1"/></a>',
          ],
          ['foreignObject', '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'],
          ['an animated href', '<a href="#x"><set attributeName="href" to="javascript:alert(1)"/></a>'],
          ['a CSS import', '<style>@import url(https://evil.example/x.css);</style>'],
        ].map(([what, addition]) => [
          `an SVG with ${what}`,
          { coop_quiz_json: quiz(), coop_quiz_picture: ['safe-room.svg', unsafeSvg(addition)] },
          'The SVG picture is refused: it holds a script, an event handler, an external reference or markup that is not a plain picture (%s).',
        ]),
        [
          'an SVG with entities',
          {
            coop_quiz_json: quiz(),
            coop_quiz_picture: [
              'safe-room.svg',
              `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]>${goodSvg().replace(/^<\?xml[^>]*>/, '')}`,
            ],
          },
          'The SVG picture is refused: it holds a script, an event handler, an external reference or markup that is not a plain picture (%s).',
        ],
      ];
      const wrong = [];
      for (const [what, files, english] of cases) {
        const { notice } = await uploadDirect(site, files);
        if (!notice?.startsWith(message(site, root, english))) wrong.push(`${what}: ${notice}`);
      }
      assert.deepEqual(wrong, []);
      const noNonce = await uploadDirect(
        site,
        { coop_quiz_json: quiz(), coop_quiz_picture: ['safe-room.svg', goodSvg()] },
        { nonce: false },
      );
      assert.ok(
        noNonce.notice?.startsWith(
          message(
            site,
            root,
            'The security check failed (the page was open too long). Reload the page and upload again.',
          ),
        ),
        noNonce.notice,
      );
      const byEditor = await uploadDirect(
        site,
        { coop_quiz_json: quiz(), coop_quiz_picture: ['safe-room.svg', goodSvg()] },
        { as: 'editor' },
      );
      assert.equal(byEditor.status, 403, 'an editor (no manage_options) must not add quizzes');
      assert.deepEqual(await folder(site), before);
    },
  ],
  [
    'a valid quiz with its picture is added through the page, and a block shows it from wp-content/uploads/coop-chair-quiz/',
    async ({ site, browser, root }) => {
      const json = await writeTemp(site, `${SITE_QUIZ}.json`, quizJson(SITE_QUIZ, `${SITE_QUIZ}.svg`));
      const svg = await writeTemp(site, `${SITE_QUIZ}.svg`, goodSvg());
      const page = await uploadInBrowser(browser, site, { coop_quiz_json: json, coop_quiz_picture: svg });
      await page.waitForSelector('#coop-chair-quiz-result.notice-success');
      assert.ok(
        (await page.$eval('#coop-chair-quiz-result', (b) => b.textContent)).includes(
          message(site, root, 'The quiz "%s" is saved. Add it to a page with the Chair quiz block.'),
        ),
      );
      assert.deepEqual(await folder(site), [`${SITE_QUIZ}.json`, `${SITE_QUIZ}.svg`]);
      const link = await publish(site, 'Site quiz', `<!-- wp:coop-chair-quiz/quiz {"quiz":"${SITE_QUIZ}"} /-->`);
      const visitor = await openPage(browser, link);
      const shown = await pickChair(visitor, 2);
      assert.equal(shown.title, builtInQuiz('assembly-hall').chairs[1].title[quizLang(site)]);
      assert.ok(
        (await visitor.$eval('coop-chair-quiz', (q) => q.getAttribute('src'))).endsWith(
          `/wp-content/uploads/coop-chair-quiz/${SITE_QUIZ}.json`,
        ),
      );
      assert.deepEqual(visitor.errors, []);
    },
  ],
  [
    'an editor inserts the block and the shortcode in the block editor, sees the live preview, picks the site quiz and publishes two working quizzes',
    async ({ site, browser, root }) => {
      const page = await logIn(browser, site, site.EDITOR);
      await page.goto(`${site.url}/wp-admin/post-new.php`, { waitUntil: 'load' });
      await page.waitForFunction(
        () =>
          window.wp?.blocks?.getBlockType('coop-chair-quiz/quiz') && wp.data.select('core/editor').getCurrentPostId(),
      );
      const blockType = await page.evaluate(() => ({
        title: wp.blocks.getBlockType('coop-chair-quiz/quiz').title,
        quizzes: window.coopChairQuizEditor.quizzes.map((q) => q.id),
      }));
      assert.equal(blockType.title, message(site, root, 'Chair quiz'));
      assert.ok(
        blockType.quizzes.includes(SITE_QUIZ) && blockType.quizzes.includes('meeting-room'),
        blockType.quizzes.join(),
      );
      await page.evaluate(() =>
        wp.data
          .dispatch('core/block-editor')
          .insertBlocks(wp.blocks.createBlock('coop-chair-quiz/quiz', { digits: 'arab' })),
      );
      // The live preview is the real element, in the editor's own document.
      const preview = '.editor-styles-wrapper coop-chair-quiz';
      await page.waitForFunction(
        (s) => document.querySelector(s)?.shadowRoot?.querySelector('[part~="chair"]'),
        { timeout: TIMEOUT },
        preview,
      );
      await page.evaluate(() => {
        const block = wp.data
          .select('core/block-editor')
          .getBlocks()
          .find((b) => b.name === 'coop-chair-quiz/quiz');
        wp.data
          .dispatch('core/block-editor')
          .updateBlockAttributes(block.clientId, { quiz: 'coop-garden', remember: true });
      });
      await page.waitForFunction(
        (s) =>
          document.querySelector(s)?.getAttribute('src')?.endsWith('/coop-garden.json') &&
          document.querySelector(s).shadowRoot?.querySelector('[part~="chair"]'),
        { timeout: TIMEOUT },
        preview,
      );
      // The editor follows the site's language and direction, and so does the preview.
      const looks = await page.evaluate(
        (s) => ({
          dir: document.documentElement.dir || 'ltr',
          quiz: document.querySelector(s).shadowRoot.querySelector('[part="base"]').getAttribute('dir'),
        }),
        preview,
      );
      assert.deepEqual(looks, site.name === 'ar' ? { dir: 'rtl', quiz: 'rtl' } : { dir: 'ltr', quiz: 'ltr' });
      await page.evaluate((s) => document.querySelector(s).scrollIntoView(), preview);
      await screenshot(page, site, 'block-editor');
      // And the shortcode, in a Shortcode block, as the classic way would put it.
      await page.evaluate(() =>
        wp.data
          .dispatch('core/block-editor')
          .insertBlocks(
            wp.blocks.createBlock('core/shortcode', { text: '[coop_chair_quiz quiz="assembly-hall" lang="en"]' }),
          ),
      );
      const saved = await page.evaluate(async () => {
        wp.data.dispatch('core/editor').editPost({ title: 'From the block editor', status: 'publish' });
        await wp.data.dispatch('core/editor').savePost();
        const post = wp.data.select('core/editor').getCurrentPost();
        return { status: post.status, link: post.link, content: wp.data.select('core/editor').getEditedPostContent() };
      });
      assert.equal(saved.status, 'publish');
      assert.match(
        saved.content,
        /<!-- wp:coop-chair-quiz\/quiz \{"quiz":"coop-garden","digits":"arab","remember":true\} \/-->/,
      );
      assert.match(
        saved.content,
        /<!-- wp:shortcode -->\n?\[coop_chair_quiz quiz="assembly-hall" lang="en"\]\n?<!-- \/wp:shortcode -->/,
      );
      const visitor = await openPage(browser, saved.link);
      const shown = await pickChair(visitor, 1);
      assert.equal(shown.badge, '١');
      assert.equal(shown.title, builtInQuiz('assembly-hall').chairs[0].title[quizLang(site)]);
      const fromShortcode = await pickChair(visitor, 4, 'coop-chair-quiz[lang="en"]');
      assert.deepEqual(
        [fromShortcode.lang, fromShortcode.title],
        ['en', builtInQuiz('assembly-hall').chairs[3].title.en],
      );
      assert.deepEqual(visitor.errors, []);
    },
  ],
  [
    'the site owner removes a site quiz and its picture, and a page that showed it shows nothing to visitors',
    async ({ site, browser, root }) => {
      const link = await publish(
        site,
        'Removed quiz',
        `<!-- wp:shortcode -->[coop_chair_quiz quiz="${SITE_QUIZ}"]<!-- /wp:shortcode -->`,
      );
      assert.match(await (await fetch(link)).text(), /<coop-chair-quiz src="[^"]+coop-garden\.json">/);
      const page = await logIn(browser, site, site.ADMIN);
      await page.goto(`${site.url}/wp-admin/upload.php?page=coop-chair-quiz`, { waitUntil: 'load' });
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.click(`button[name="coop_quiz_delete"][value="${SITE_QUIZ}"]`),
      ]);
      const text = await page.$eval('#coop-chair-quiz-result.notice-success', (b) => b.textContent);
      assert.ok(
        text.includes(message(site, root, 'The quiz "%s" is removed. Pages that showed it now show nothing there.')),
        text,
      );
      assert.deepEqual(await folder(site), []);
      const visitor = await (await fetch(link)).text();
      assert.ok(
        !/<coop-chair-quiz[\s>]/.test(visitor) && visitor.includes('<!-- coop-chair-quiz: refused attributes -->'),
      );
    },
  ],
];
