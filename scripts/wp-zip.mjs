#!/usr/bin/env node
// npm run wp:zip (run by npm run build): the WordPress plugin zip, dist/coop-chair-quiz-wordpress.zip, from
// wordpress/ and the dist/ that `vite build` and postbuild.mjs just made, shipped as it is. One folder,
// coop-chair-quiz/, as WordPress's "Upload Plugin" expects. Fixed file dates, so the same dist/ gives the same zip.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import { ZIP_NAME } from './wp-zip-name.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const ZIP_PATH = join(dist, ZIP_NAME);
const FOLDER = 'coop-chair-quiz';
const DATE = new Date('2026-01-01T00:00:00Z');

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

await stat(join(dist, 'coop-chair-quiz.js')).catch(() => {
  console.error('wp-zip: dist/coop-chair-quiz.js is missing: run `npm run build` first');
  process.exit(1);
});

const zip = new JSZip();
let count = 0;
for await (const path of files(join(root, 'wordpress'))) {
  zip.file(`${FOLDER}/${relative(join(root, 'wordpress'), path)}`, await readFile(path), {
    date: DATE,
    createFolders: false,
  });
  count++;
}
for await (const path of files(dist)) {
  if (path === ZIP_PATH) continue;
  zip.file(`${FOLDER}/dist/${relative(dist, path)}`, await readFile(path), { date: DATE, createFolders: false });
  count++;
}
const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
await writeFile(ZIP_PATH, bytes);
console.log(`dist/${ZIP_NAME}: the WordPress plugin, ${count} files, ${(bytes.length / 1024).toFixed(0)} kB`);
