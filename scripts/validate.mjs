#!/usr/bin/env node
// npm run validate [-- file.json …] [--lang ar|fr|en]: checks quiz files (the project's quizzes/*.json when none is
// given), every problem of a file at once, each as file:line:column, in the author's language (default: the
// system's, from LC_ALL / LC_MESSAGES / LANG, else English), then a summary line per file. Paths are taken from
// the folder the command was run in (npm runs scripts from the project root, and says where it was run in
// INIT_CWD). Exits 1 when a file has problems (warnings alone do not fail), 2 for a wrong command line. Runs the
// TypeScript sources through Vite's module runner (no build step).
import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const load = (file) => runnerImport(join(root, file), { logLevel: 'silent', configFile: false }).then((r) => r.module);
const [{ checkQuizFile }, { chooseLang, reportLines, failedLine }] = await Promise.all([
  load('scripts/validate-quiz.ts'),
  load('scripts/validate-report.ts'),
]);

const cwd = process.env.INIT_CWD || process.cwd();
const args = process.argv.slice(2);
let langFlag;
const names = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--lang') langFlag = args[++i];
  else if (arg.startsWith('--lang=')) langFlag = arg.slice('--lang='.length);
  else names.push(arg);
}
if (langFlag !== undefined && !['ar', 'fr', 'en'].includes(langFlag)) {
  console.error(`--lang: expected ar, fr or en, got ${JSON.stringify(langFlag ?? '')}`);
  process.exit(2);
}
const lang = chooseLang(langFlag);

let files = names.map((f) => resolve(cwd, f));
if (!files.length) {
  const dir = join(root, 'quizzes');
  files = (await readdir(dir))
    .filter((n) => n.endsWith('.json') && n !== 'index.json')
    .sort()
    .map((n) => join(dir, n));
}

let failed = 0;
for (const file of files) {
  const problems = await checkQuizFile(file, { cwd });
  if (problems.some((p) => !p.warning)) failed++;
  const shown = relative(cwd, file) || '.';
  for (const line of reportLines(shown, problems, lang)) console.log(line);
}
if (failed) {
  console.log(`\n${failedLine(failed, files.length, lang)}`);
  process.exit(1);
}
