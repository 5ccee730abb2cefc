/**
 * The entry of `coop-chair-quiz-explain.js`: the zod schema and its messages, which the component loads only
 * when a quiz file fails its quick check, to tell the author exactly what is wrong (see `load.ts`). The page
 * shows a quiz whose chairs overlap, so the authors' layout rules stay out of this file (0.3 kB).
 */
import { problemLine } from './messages.js';
import { quizProblems, type ParseResult } from './schema.js';

/** `parseQuiz(data, { layout: false })` of schema.ts, without the layout rules' code. */
// `_options`: load.ts asks for `{ layout: false }`, which is all this one does.
export function parseQuiz(data: unknown, _options?: { layout?: false }): ParseResult {
  const { quiz, problems } = quizProblems(data);
  return quiz ? { ok: true, quiz } : { ok: false, problems: problems.map(problemLine) };
}
