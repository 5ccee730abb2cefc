/**
 * The entry of `coop-chair-quiz-explain.js`: the zod schema and its messages, which the component loads only
 * when a quiz file fails its quick check, to tell the author exactly what is wrong (see `load.ts`).
 */
export { parseQuiz } from './schema.js';
