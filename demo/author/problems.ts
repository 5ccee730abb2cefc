/**
 * From the schema's problem lines (`parseQuiz` → `chairs[2].title.fr: must not be empty, got ""`) to what the
 * editor shows: which form field a problem concerns, and what kind of problem it is, so that the page can say it
 * in the author's language next to that field. The rules themselves are the schema's; this only reads its
 * messages. A message this module does not recognise is still shown, as the schema wrote it. Pure: no DOM.
 */
import type { Draft } from './draft.js';
import { CHAIR_TEXTS, QUIZ_TEXTS, TRAIT_TEXTS, declaredLanguages } from './draft.js';
import { classify, type ProblemKind } from '../../src/quiz/author-messages.js';

// The kinds and their wording are shared with `npm run validate`: src/quiz/author-messages.ts.
export { classify, type ProblemKind };

export type PathPart = string | number;

/**
 * The form field a problem belongs to:
 * `id` · `languages` · `picture` · `chairs` (how many) · `general` (the whole file, unknown fields) ·
 * `quiz:<text>:<lang>` · `alt:<lang>` · `chair:<i>:position` · `chair:<i>:number` · `chair:<i>:<text>:<lang>` ·
 * `chair:<i>:other` (scores and the like) · `trait:<i>:<text>:<lang>`. `<i>` is the chair's index (number − 1) or
 * the trait's; a trait's id is not edited here, so its problems go to `general`.
 */
export type FieldKey = string;

export interface Problem {
  /** The line exactly as `parseQuiz` gave it. */
  line: string;
  path: PathPart[];
  /** The message part of the line (after `path: `). */
  message: string;
  field: FieldKey;
  kind: ProblemKind;
  /** Numbers and names taken from the message: chair numbers, a maximum length, a language code… */
  values: Record<string, string | number>;
}

const TOKEN = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([A-Za-z_$][\w$-]*)/y;

/** Splits `chairs[2].title.fr: must not be empty` into its path and message (the format of src/quiz/messages.ts). */
export function splitProblem(line: string): { path: PathPart[]; message: string } {
  const whole = '(the whole file): ';
  if (line.startsWith(whole)) return { path: [], message: line.slice(whole.length) };
  const path: PathPart[] = [];
  TOKEN.lastIndex = 0;
  let end = 0;
  for (let m = TOKEN.exec(line); m; m = TOKEN.exec(line)) {
    if (m[1] !== undefined) path.push(Number(m[1]));
    else if (m[2] !== undefined) path.push(JSON.parse(m[2]) as string);
    else path.push(m[3]);
    end = TOKEN.lastIndex;
    if (line.startsWith(': ', end)) return { path, message: line.slice(end + 2) };
  }
  return { path: [], message: line };
}

/** The language a message names, as in `is missing the "fr" translation`. */
const languageInMessage = (message: string) => /the "([^"]+)" translation/.exec(message)?.[1];

/** The form field that shows a problem at `path`. */
export function fieldFor(
  path: readonly PathPart[],
  message: string,
  draft: Pick<Draft, 'lang' | 'languages'>,
): FieldKey {
  const [head, second, third, fourth] = path;
  const langOf = (part: PathPart | undefined) =>
    typeof part === 'string' ? part : (languageInMessage(message) ?? declaredLanguages(draft)[0]);
  if (head === undefined) return 'general';
  if (head === 'id') return 'id';
  if (head === 'lang' || head === 'languages') return 'languages';
  if (typeof head === 'string' && (QUIZ_TEXTS as readonly string[]).includes(head))
    return `quiz:${head}:${langOf(second)}`;
  if (head === 'image') return second === 'alt' ? `alt:${langOf(third)}` : 'picture';
  if (head === 'chairs') {
    if (typeof second !== 'number') return 'chairs';
    if (third === undefined || third === 'x' || third === 'y') return `chair:${second}:position`;
    if (third === 'number') return `chair:${second}:number`;
    if (typeof third === 'string' && (CHAIR_TEXTS as readonly string[]).includes(third))
      return `chair:${second}:${third}:${langOf(fourth)}`;
    return `chair:${second}:other`;
  }
  if (head === 'traits' && typeof second === 'number' && (TRAIT_TEXTS as readonly PathPart[]).includes(third))
    return `trait:${second}:${third as string}:${langOf(fourth)}`;
  return 'general';
}

/** The chair index a field belongs to, if any. */
export const chairOfField = (field: FieldKey): number | undefined => {
  const m = /^chair:(\d+):/.exec(field);
  return m ? Number(m[1]) : undefined;
};

/** `parseQuiz`'s problem lines, read for the editor. */
export function readProblems(lines: readonly string[], draft: Pick<Draft, 'lang' | 'languages'>): Problem[] {
  return lines.map((line) => {
    const { path, message } = splitProblem(line);
    return { line, path, message, field: fieldFor(path, message, draft), ...classify(message, path) };
  });
}

/** Problems by field, for showing each next to its field. */
export function byField(problems: readonly Problem[]): Map<FieldKey, Problem[]> {
  const map = new Map<FieldKey, Problem[]>();
  for (const p of problems) map.set(p.field, [...(map.get(p.field) ?? []), p]);
  return map;
}

/**
 * Problems that are shown next to their field before the author has touched it: the ones the author caused by
 * placing chairs or choosing a picture. "Still empty" texts wait until the field was used (or a download tried),
 * so a new quiz does not open covered in red; the summary lists them all from the start.
 */
export const showsUntouched = (p: Problem): boolean =>
  !['empty', 'missingText', 'missingTranslation', 'noPicture', 'fewChairs'].includes(p.kind);
