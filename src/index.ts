/**
 * The package entry: the element class, its events and the quiz types, with no side effects.
 * Import `coop-chair-quiz/define.js` to register the tag.
 */
export { CoopChairQuiz } from './coop-chair-quiz.js';
export type { QuizReadyDetail, ChairChooseDetail, QuizErrorDetail, ResetDetail } from './events.js';
export { QuizLoadError, loadQuiz, type QuizLoadErrorKind, type LoadOptions } from './load.js';
export {
  parseQuiz,
  QuizSchema,
  QUIZ_VERSION,
  NOUNS,
  type Quiz,
  type Chair,
  type QuizImage,
  type Text,
  type Trait,
  type Noun,
  type ParseResult,
} from './quiz/schema.js';
