// After `vite build`: put every quiz (JSON and pictures) in dist/quizzes/ with an index of them, the JSON
// Schema in dist/schema/, the demo page as dist/index.html and the quiz playground (demo/author.html, its own
// bundle) in dist/author/, so dist/ deploys as is to any static host.
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import { quizIndex } from './quiz-index.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const quizzesIn = join(root, 'quizzes');
const quizzesOut = join(dist, 'quizzes');

await mkdir(quizzesOut, { recursive: true });
for (const name of await readdir(quizzesIn)) {
  if (name.startsWith('.') || name.endsWith('.md')) continue;
  await copyFile(join(quizzesIn, name), join(quizzesOut, name));
}
const index = await quizIndex(quizzesIn);
await writeFile(join(quizzesOut, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);

await mkdir(join(dist, 'schema'), { recursive: true });
await copyFile(join(root, 'schema', 'quiz.schema.json'), join(dist, 'schema', 'quiz.schema.json')).catch(() => {});

for (const name of await readdir(join(root, 'demo'))) {
  if (name === 'index.html') {
    const html = (await readFile(join(root, 'demo', name), 'utf8'))
      .replace('src="../src/define.ts"', 'src="./coop-chair-quiz.js"')
      .replace('href="./author.html"', 'href="./author/author.html"')
      .replace('<head>', '<head>\n    <meta name="quizzes-dir" content="./quizzes/" />');
    await writeFile(join(dist, 'index.html'), html);
  } else if (/\.(js|css)$/.test(name)) {
    await copyFile(join(root, 'demo', name), join(dist, name));
  }
}
console.log(`dist/: ${index.quizzes.length} quizzes with quizzes/index.json, the demo as index.html`);

// The parts the element loads only when needed, each built on its own so that it imports nothing (vite.config.ts
// keeps them out of the main build): a chunk that imported from coop-chair-quiz.js would load a second copy of it
// on pages that version the script URL. The validator explains a broken quiz file (zod and the schema, src/load.ts);
// the share controls (their buttons and texts) and the picture maker (src/result-sharing.ts), and a friend's link
// (src/friend-link.ts) get Lit and msg() from the element as arguments.
for (const [entry, file, what] of [
  [['quiz', 'explain.ts'], 'coop-chair-quiz-explain.js', 'the validator for broken quiz files'],
  [['share-controls.ts'], 'coop-chair-quiz-share.js', 'the share controls and texts'],
  [['share-picture.ts'], 'coop-chair-quiz-share-picture.js', 'the share picture maker'],
  [['friend-link.ts'], 'coop-chair-quiz-friend.js', "a friend's link: the invitation and the comparison"],
]) {
  // With the project's build plugins (vite.config.ts): the translators' notes dropped, the templates collapsed.
  await build({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: {
      emptyOutDir: false,
      lib: { entry: join(root, 'src', ...entry), formats: ['es'], fileName: () => file },
    },
  });
  console.log(`dist/${file}: ${what}`);
}

// The playground for authors: a page of its own, built from demo/author.html into dist/author/.
await build({
  configFile: false,
  root: join(root, 'demo'),
  base: './',
  logLevel: 'warn',
  // The page's assets sit in dist/author/assets/: the built-in quiz is two folders up (src/default-quiz.ts).
  define: { __COOP_QUIZZES_DIR__: JSON.stringify('../../quizzes/') },
  build: {
    outDir: join(dist, 'author'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: join(root, 'demo', 'author.html'), output: { minify: true } },
  },
});
console.log('dist/author/author.html: the quiz playground');
