#!/usr/bin/env node
// npm run schema: writes schema/quiz.schema.json from the zod schema in src/quiz/schema.ts (the single source of truth).
// A unit test fails when the committed file differs from what this writes.
import { mkdir, writeFile } from 'node:fs/promises';
import { runnerImport } from 'vite';

const root = new URL('..', import.meta.url);
const { module } = await runnerImport(new URL('scripts/schema-json.ts', root).pathname, {
  logLevel: 'silent',
  configFile: false,
});
await mkdir(new URL('schema/', root), { recursive: true });
await writeFile(new URL('schema/quiz.schema.json', root), module.quizSchemaText());
console.log('schema/quiz.schema.json written');
