// Quiz uploads for the plugin's test, made from the project's own quizzes so that they stay valid as the format
// grows: a good site quiz, one the validator refuses, and ones only the server can refuse.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const read = (name) => readFileSync(join(root, 'quizzes', name), 'utf8');

/** A quiz as the playground would export it, with id `id` and picture file `picture`. */
export function quizJson(id, picture, change = () => {}) {
  const quiz = JSON.parse(read('assembly-hall.json'));
  delete quiz.$schema;
  quiz.id = id;
  quiz.image.src = picture;
  change(quiz);
  return JSON.stringify(quiz, null, 2);
}

export const goodSvg = () => read('assembly-hall.svg');

/** The built-in picture with one unsafe addition, e.g. '<script>alert(1)</script>'. */
export const unsafeSvg = (addition) => goodSvg().replace(/(<svg[^>]*>)/, `$1${addition}`);

export const builtInQuiz = (id) => JSON.parse(read(`${id}.json`));
