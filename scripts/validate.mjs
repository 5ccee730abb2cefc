#!/usr/bin/env node
// npm run validate [-- file.json …]: checks quiz files (every quizzes/*.json by default) with the component's
// own schema and the file checks in validate-quiz.ts. Prints "ok" per good file and one line per problem;
// exits 1 when anything is wrong. Runs the TypeScript sources through Vite's module runner (no build step).
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const { module } = await runnerImport(join(root, 'scripts/validate-quiz.ts'), { logLevel: 'silent', configFile: false });

let files = process.argv.slice(2).map((f) => resolve(f));
if (!files.length) {
  const dir = join(root, 'quizzes');
  files = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort().map((n) => join(dir, n));
}

let failed = 0;
for (const file of files) {
  const problems = await module.validateQuizFile(file);
  if (problems.length) {
    failed++;
    for (const line of problems) console.log(line);
  } else {
    console.log(`${file.startsWith(root) ? file.slice(root.length) : file}: ok`);
  }
}
if (failed) {
  console.log(`\n${failed} of ${files.length} quiz file(s) have problems (see docs/authoring.md).`);
  process.exit(1);
}
