/**
 * The component's check of a quiz file: yes or no, in under a kilobyte gzipped, instead of the ten kilobytes of
 * zod that saying *why* takes. It accepts exactly what the zod schema in `schema.ts` accepts, which
 * test/unit/quiz-check.test.ts verifies on the real quizzes and about 53,000 variants of them; for a file
 * it refuses, `load.ts` loads that schema to tell the author what is wrong.
 */
import type { Quiz } from './schema.js';
import {
  forEachText,
  ID_PATTERN,
  isAllowedImageUrl,
  LANG_PATTERN,
  MAX_CHAIRS,
  NOUNS,
  QUIZ_VERSION,
  TEXT_FIELDS,
} from './format.js';

type Value = Record<string, unknown>;
type Fields = Record<string, (value: unknown) => boolean>;

const isObject = (v: unknown): v is Value => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown, min = -Infinity, max = Infinity): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
/** Lengths in code points, as zod counts them (an emoji is one character, two UTF-16 units). */
const isNonEmpty = (v: unknown, max: number) =>
  isString(v) && /\S/.test(v) && (v.length <= max || [...v].length <= max);
const isLang = (v: unknown) => isString(v) && LANG_PATTERN.test(v);
const isId = (v: unknown) => isString(v) && ID_PATTERN.test(v);
const isList = (v: unknown, item: (v: unknown) => boolean, min = 0, max = Infinity) =>
  Array.isArray(v) && v.length >= min && v.length <= max && v.every(item);
const isRecord = (v: unknown, key: (k: string) => boolean, item: (v: unknown) => boolean) =>
  isObject(v) && Object.keys(v).every((k) => key(k) && item(v[k]));
const isText = (max: number) => (v: unknown) =>
  isNonEmpty(v, max) || (isRecord(v, isLang, (t) => isNonEmpty(t, max)) && Object.keys(v as Value).length > 0);

/** A strict object: these fields (`?` for optional ones) and no others. */
const isStrict = (fields: Fields) => (v: unknown) =>
  isObject(v) &&
  Object.keys(v).every((k) => !k.endsWith('?') && (Object.hasOwn(fields, k) || Object.hasOwn(fields, `${k}?`))) &&
  Object.keys(fields).every((f) => {
    const optional = f.endsWith('?');
    const value = v[optional ? f.slice(0, -1) : f];
    return (optional && value === undefined) || fields[f](value);
  });

/** Text fields, from the one list of them. */
const texts = (kind: keyof typeof TEXT_FIELDS): Fields =>
  Object.fromEntries(Object.entries(TEXT_FIELDS[kind]).map(([name, max]) => [name, isText(max)]));

const isPercent = (v: unknown) => isNumber(v, 0, 100);

const isQuizShape = isStrict({
  '$schema?': isString,
  version: (v) => v === QUIZ_VERSION,
  id: isId,
  'noun?': (v) => (NOUNS as readonly unknown[]).includes(v),
  'lang?': isLang,
  'languages?': (v) => isList(v, isLang, 1),
  ...texts('quiz'),
  image: isStrict({
    src: (v) => isString(v) && /\S/.test(v) && isAllowedImageUrl(v),
    ...texts('image'),
    'width?': (v) => isNumber(v) && v > 0,
    'height?': (v) => isNumber(v) && v > 0,
  }),
  chairs: (v) =>
    isList(
      v,
      isStrict({
        number: (n) => Number.isSafeInteger(n) && (n as number) >= 1,
        x: isPercent,
        y: isPercent,
        ...texts('chair'),
        'scores?': (s) => isRecord(s, () => true, isPercent),
      }),
      2,
      MAX_CHAIRS,
    ),
  'traits?': (v) => isList(v, isStrict({ id: isId, ...texts('trait') })),
});

/**
 * `quizRules` as a yes or no, without its messages (and over the same `forEachText`): chairs numbered 1…N in
 * order (which also rules out a number given twice), scores only for declared traits, and every text in exactly
 * the declared languages.
 */
function followsRules(quiz: Quiz): boolean {
  const languages = quiz.languages ?? [quiz.lang];
  const traits = new Set(quiz.traits?.map((t) => t.id));
  let textsOk = true;
  forEachText(quiz, (text) => {
    if (
      isString(text)
        ? languages.length > 1
        : !languages.every((l) => l in text) || !Object.keys(text).every((l) => languages.includes(l))
    ) {
      textsOk = false;
    }
  });
  return (
    textsOk &&
    languages.includes(quiz.lang) &&
    quiz.chairs.every((c, i) => c.number === i + 1 && Object.keys(c.scores ?? {}).every((k) => traits.has(k)))
  );
}

/** The quiz, with its defaults filled in, when `data` is a valid quiz; otherwise undefined. */
export function checkQuiz(data: unknown): Quiz | undefined {
  if (!isQuizShape(data)) return undefined;
  const quiz = { ...(data as Value), lang: (data as Value).lang ?? 'ar' } as Quiz;
  return followsRules(quiz) ? quiz : undefined;
}
