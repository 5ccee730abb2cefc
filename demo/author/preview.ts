/**
 * The quiz the live preview shows: the quiz file as it will be downloaded, made showable while it is still being
 * written. Texts not written yet (or not valid yet) read a placeholder, an id not valid yet reads "preview", and
 * the picture is a URL the preview can load. Which texts to patch is read from the schema's own problem lines,
 * so nothing about the rules is repeated here. Chairs are never moved: chairs too close together show as visitors
 * would see them (the component shows them; only the authors' layout rules object), and a quiz the component
 * would refuse (fewer than two chairs) stays refused. Pure: no DOM.
 */
import { ID_PATTERN, parseQuiz } from '../../src/quiz/schema.js';
import { buildQuiz, CHAIR_TEXTS, declaredLanguages, QUIZ_TEXTS, TRAIT_TEXTS, type Draft } from './draft.js';
import { splitProblem, type PathPart } from './problems.js';

const isObject = (v: unknown): v is Record<string | number, unknown> => typeof v === 'object' && v !== null;
const TEXT_KEYS = new Set<string>([...QUIZ_TEXTS, ...CHAIR_TEXTS, ...TRAIT_TEXTS, 'alt']);

/** A neutral placeholder picture at the quiz's aspect ratio, while none is chosen. */
export function placeholderPicture(width = 800, height = 600): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#e9e2d3"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** Patches the text at `path` in `quiz` with `placeholder`; false when `path` is not a text. */
function patchText(
  quiz: Record<string, unknown>,
  path: readonly PathPart[],
  languages: readonly string[],
  placeholder: string,
): boolean {
  if (!path.some((k) => typeof k === 'string' && TEXT_KEYS.has(k)) || path.includes('src')) return false;
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (isObject(o) ? o[k] : undefined), quiz);
  const last = path[path.length - 1];
  if (!isObject(parent)) return false;
  const value = parent[last];
  if (typeof value === 'string') {
    parent[last] = placeholder;
    return true;
  }
  if (isObject(value)) {
    for (const lang of languages) if (typeof value[lang] !== 'string' || !value[lang]) value[lang] = placeholder;
    return true;
  }
  return false;
}

/** The quiz to preview: see the module comment. `pictureUrl` must be absolute or a `data:` URL. */
export function previewQuiz(draft: Draft, pictureUrl: string, placeholder: string): Record<string, unknown> {
  const quiz = buildQuiz({ ...draft, id: ID_PATTERN.test(draft.id.trim()) ? draft.id : 'preview' });
  (quiz.image as Record<string, unknown>).src = pictureUrl;
  const languages = declaredLanguages(draft);
  // The schema reports the whole-quiz rules (translations) only once the types are right: a few rounds.
  for (let round = 0; round < 4; round++) {
    const result = parseQuiz(quiz, { layout: false });
    if (result.ok) break;
    let patched = false;
    for (const line of result.problems)
      patched = patchText(quiz, splitProblem(line).path, languages, placeholder) || patched;
    if (!patched) break;
  }
  return quiz;
}

/**
 * Every problem with the quiz as it would be downloaded, one line each, as `parseQuiz` words them. The schema checks
 * where the chairs are only once every field has the right type; so the same check also runs on the preview's
 * quiz (the same file with its unwritten texts filled in), and a chair placed too close to another is reported at
 * once, before any text is written. Same schema, same messages: only more of them, sooner.
 */
export function quizProblems(draft: Draft): string[] {
  const built = parseQuiz(buildQuiz(draft));
  const lines = built.ok ? [] : [...built.problems];
  const preview = parseQuiz(previewQuiz(draft, placeholderPicture(draft.width, draft.height), '…'));
  if (!preview.ok) for (const line of preview.problems) if (!lines.includes(line)) lines.push(line);
  return lines;
}
