// The list of quizzes in a folder, for the demo's quiz picker: dist/quizzes/index.json after a build, and the
// same answer from the dev server at /quizzes/index.json. No code change is needed to add a quiz.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const BUILT_IN_ID = 'meeting-room';

export async function quizIndex(dir) {
  const quizzes = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json') && n !== 'index.json')) {
    try {
      // A UTF-8 byte order mark is fine for the page and the validator: fine here too.
      const quiz = JSON.parse((await readFile(join(dir, name), 'utf8')).replace(/^\uFEFF/, ''));
      quizzes.push({ id: quiz.id, file: name, title: quiz.title, chairs: quiz.chairs?.length ?? 0 });
    } catch {
      // A broken file is `npm run validate`'s business; the picker lists it by file name.
      quizzes.push({ id: name.replace(/\.json$/, ''), file: name, title: name, chairs: 0 });
    }
  }
  quizzes.sort((a, b) => (a.id === BUILT_IN_ID ? -1 : b.id === BUILT_IN_ID ? 1 : a.id.localeCompare(b.id)));
  return { version: 1, quizzes };
}
