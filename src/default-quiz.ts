/**
 * Where the built-in quiz lives: `quizzes/meeting-room.json` beside the script. The script-tag build sits in
 * `dist/` next to `dist/quizzes/` (the build defines `__COOP_QUIZZES_DIR__` as "./quizzes/"); from source and
 * from the npm package's `lib/`, `quizzes/` is one folder up.
 */
declare const __COOP_QUIZZES_DIR__: string | undefined;

export const DEFAULT_QUIZ = 'meeting-room.json';

export function defaultQuizUrl(): string {
  const dir = typeof __COOP_QUIZZES_DIR__ === 'string' ? __COOP_QUIZZES_DIR__ : '../quizzes/';
  const here = import.meta.url;
  return new URL(dir + DEFAULT_QUIZ, here).href;
}
