export const BUILT_IN_ID: string;
export function quizIndex(
  dir: string,
): Promise<{ version: 1; quizzes: { id: string; file: string; title: unknown; chairs: number }[] }>;
