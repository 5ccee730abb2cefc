/**
 * The visitor's last answer to a quiz, kept in their own browser only (the `remember` attribute). Storage can be
 * missing or refuse (private browsing, sandboxed frames): then nothing is kept and the quiz works the same.
 */
const key = (quizId: string) => `coop-chair-quiz:${quizId}`;

/** The chair last chosen in this quiz of `chairs` chairs, if one was kept and is still a chair of it. */
export function recallAnswer(quizId: string, chairs: number): number | undefined {
  try {
    const chair = Number(localStorage.getItem(key(quizId)));
    return Number.isInteger(chair) && chair >= 1 && chair <= chairs ? chair : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `chair` as the answer to the quiz, or forgets the answer (`undefined`). */
export function keepAnswer(quizId: string, chair: number | undefined): void {
  try {
    if (chair === undefined) localStorage.removeItem(key(quizId));
    else localStorage.setItem(key(quizId), String(chair));
  } catch {
    // No storage: nothing is kept.
  }
}
