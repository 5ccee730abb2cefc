// After `vite build`: put every quiz (JSON and pictures) in dist/quizzes/ with an index of them, the JSON
// Schema in dist/schema/, and the demo page as dist/index.html, so dist/ deploys as is to any static host.
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const quizzesIn = join(root, 'quizzes');
const quizzesOut = join(dist, 'quizzes');

await mkdir(quizzesOut, { recursive: true });
const index = [];
for (const name of (await readdir(quizzesIn)).sort()) {
  if (name.startsWith('.') || name.endsWith('.md')) continue;
  await copyFile(join(quizzesIn, name), join(quizzesOut, name));
  if (name.endsWith('.json')) {
    const quiz = JSON.parse(await readFile(join(quizzesIn, name), 'utf8'));
    index.push({ id: quiz.id, file: name, title: quiz.title, chairs: quiz.chairs.length });
  }
}
// The built-in quiz first, then the others by id.
index.sort((a, b) => (a.id === 'meeting-room' ? -1 : b.id === 'meeting-room' ? 1 : a.id.localeCompare(b.id)));
await writeFile(join(quizzesOut, 'index.json'), `${JSON.stringify({ version: 1, quizzes: index }, null, 2)}\n`);

await mkdir(join(dist, 'schema'), { recursive: true });
await copyFile(join(root, 'schema', 'quiz.schema.json'), join(dist, 'schema', 'quiz.schema.json')).catch(() => {});

for (const name of await readdir(join(root, 'demo'))) {
  if (name === 'index.html') {
    const html = (await readFile(join(root, 'demo', name), 'utf8'))
      .replace('src="../src/define.ts"', 'src="./coop-chair-quiz.js"')
      .replace('<head>', '<head>\n    <meta name="quizzes-dir" content="./quizzes/" />');
    await writeFile(join(dist, 'index.html'), html);
  } else if (/\.(js|css)$/.test(name)) {
    await copyFile(join(root, 'demo', name), join(dist, name));
  }
}
console.log(`dist/: ${index.length} quiz(zes), index.json, demo index.html`);
