/**
 * The quiz file format, version 1: the single source of truth.
 *
 * `npm run validate` uses this schema plus the file-system checks in `scripts/`; `schema/quiz.schema.json` is
 * generated from it (`npm run schema`); the playground shows its messages. Every message an author can see is
 * written here, in `format.ts` or in `messages.ts`.
 *
 * The component does not carry zod: it checks a file with `quick-check.ts`, which accepts exactly what this
 * schema accepts (test/unit/quiz-check.test.ts compares them on about 53,000 variants of the quizzes), and loads this
 * schema only for a file that fails, to say why (see `load.ts`). Limits and whole-quiz rules live in
 * `format.ts`, shared by both. The messages are ours, not zod's.
 */
import * as z from 'zod/mini';
import { describeIssues, describeValue, problemLine, type Problem } from './messages.js';
import {
  ID_PATTERN,
  isAllowedImageUrl,
  LANG_PATTERN,
  MAX_CHAIRS,
  MAX_LENGTH,
  NOUNS,
  QUIZ_VERSION,
  quizRules,
  typedParts,
} from './format.js';

export {
  ID_PATTERN,
  isAllowedImageUrl,
  LANG_PATTERN,
  MAX_CHAIRS,
  MAX_LENGTH,
  NOUNS,
  QUIZ_VERSION,
  type Noun,
  type Text,
} from './format.js';
export type { Problem } from './messages.js';

/**
 * Chairs' centres must be at least this far apart, in CSS pixels, when the picture is 320 px wide,
 * so that every chair stays a separate target of at least 24×24 px (WCAG 2.2, 2.5.8) with room to spare;
 * it is the chair marker's size at that width (see `--coop-chair-size` in the styles).
 */
export const MIN_CHAIR_GAP_PX = 28;
export const NARROW_WIDTH_PX = 320;

const nonEmpty = (max: number) =>
  z
    .string({ error: 'expected a text' })
    .check(
      z.regex(/\S/, { error: 'must not be empty' }),
      z.maxLength(max, { error: `is too long: at most ${max} characters` }),
    );

/**
 * A text shown to visitors: a plain string in the quiz's own language, or an object of translations
 * (`{ "ar": "…", "fr": "…" }`). Always shown as text, never as HTML.
 */
const text = (max: number) =>
  z.union(
    [
      nonEmpty(max),
      z
        .record(
          z.string().check(z.regex(LANG_PATTERN, { error: 'is not a language code such as "ar" or "fr"' })),
          nonEmpty(max),
        )
        .check(z.refine((o) => Object.keys(o).length > 0, { error: 'needs at least one language' })),
    ],
    { error: 'expected a text: a string, or an object of translations such as {"ar": "…", "fr": "…"}' },
  );

/** A chair's centre, in percent of the picture's width (x, from the left) or height (y, from the top). */
const percent = () =>
  z
    .number({ error: 'expected a number from 0 to 100' })
    .check(
      z.gte(0, { error: 'expected a number from 0 to 100' }),
      z.lte(100, { error: 'expected a number from 0 to 100' }),
    );

const ImageSchema = z.strictObject({
  src: z.string({ error: 'expected the picture file name or URL' }).check(
    z.regex(/\S/, { error: 'must not be empty' }),
    z.refine(isAllowedImageUrl, {
      error:
        'expected a relative path, an http(s) URL or a data:image/… URL (other schemes such as javascript: are refused)',
    }),
  ),
  alt: text(MAX_LENGTH.alt),
  width: z.optional(
    z.number({ error: 'expected a positive number' }).check(z.positive({ error: 'expected a positive number' })),
  ),
  height: z.optional(
    z.number({ error: 'expected a positive number' }).check(z.positive({ error: 'expected a positive number' })),
  ),
});

const TraitSchema = z.strictObject({
  id: z
    .string({ error: 'expected a trait id' })
    .check(z.regex(ID_PATTERN, { error: 'expected lowercase letters, digits and dashes' })),
  label: text(MAX_LENGTH.traitLabel),
  /** The other end of a scale (initiative ↔ listening): a chair's score is then its place between the two. */
  opposite: z.optional(text(MAX_LENGTH.traitLabel)),
});

const ChairSchema = z.strictObject({
  number: z
    .number({ error: 'expected a whole number from 1' })
    .check(z.int({ error: 'expected a whole number from 1' }), z.gte(1, { error: 'expected a whole number from 1' })),
  x: percent(),
  y: percent(),
  place: text(MAX_LENGTH.place),
  title: text(MAX_LENGTH.chairTitle),
  description: text(MAX_LENGTH.description),
  leadership: text(MAX_LENGTH.style),
  collaboration: text(MAX_LENGTH.style),
  headline: z.optional(text(MAX_LENGTH.headline)),
  strength: z.optional(text(MAX_LENGTH.note)),
  tip: z.optional(text(MAX_LENGTH.note)),
  share: z.optional(text(MAX_LENGTH.note)),
  together: z.optional(text(MAX_LENGTH.together)),
  scores: z.optional(
    z.record(
      z.string(),
      z
        .number({ error: 'expected a score from 0 to 100' })
        .check(
          z.gte(0, { error: 'expected a score from 0 to 100' }),
          z.lte(100, { error: 'expected a score from 0 to 100' }),
        ),
    ),
  ),
});

const QuizObject = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.literal(QUIZ_VERSION, {
    error: (issue) =>
      issue.input === undefined
        ? 'is missing: add "version": 1'
        : `expected 1: this component reads version ${QUIZ_VERSION} of the quiz format`,
  }),
  id: z
    .string({ error: 'expected the quiz id' })
    .check(z.regex(ID_PATTERN, { error: 'expected lowercase letters, digits and dashes, like "meeting-room"' })),
  noun: z.optional(z.enum(NOUNS, { error: 'expected "chair", "seat" or "place"' })),
  lang: z._default(
    z.string().check(z.regex(LANG_PATTERN, { error: 'expected a language code such as "ar" or "fr"' })),
    'ar',
  ),
  languages: z.optional(
    z
      .array(z.string().check(z.regex(LANG_PATTERN, { error: 'expected a language code such as "ar" or "fr"' })))
      .check(z.minLength(1, { error: 'expected at least one language' })),
  ),
  title: text(MAX_LENGTH.title),
  question: text(MAX_LENGTH.question),
  intro: z.optional(text(MAX_LENGTH.intro)),
  disclaimer: z.optional(text(MAX_LENGTH.disclaimer)),
  image: ImageSchema,
  chairs: z
    .array(ChairSchema, { error: 'expected a list of chairs' })
    .check(
      z.minLength(2, { error: 'expected at least 2 chairs' }),
      z.maxLength(MAX_CHAIRS, { error: `expected at most ${MAX_CHAIRS} chairs` }),
    ),
  traits: z.optional(z.array(TraitSchema)),
});

/**
 * The whole-quiz rules that types alone cannot say (see `quizRules`). The component applies them too, so a file
 * that would break the page (two chairs numbered 3, chairs on top of each other) never renders half right.
 */
export const QuizSchema = QuizObject.check(
  z.superRefine((quiz, ctx) => {
    // Only once the types are right: these rules read the fields. (`quizProblems` runs them beside the types,
    // over the parts whose types are right, to name every problem at once.)
    if (ctx.issues.length) return;
    for (const { path, message, input } of quizRules(quiz))
      ctx.issues.push({ code: 'custom', path, message, input, continue: true });
  }),
);

export type Quiz = z.output<typeof QuizSchema>;
export type Chair = Quiz['chairs'][number];
export type QuizImage = Quiz['image'];
export type Trait = NonNullable<Quiz['traits']>[number];

/** The schema as a JSON Schema object (for editors), generated from the same definition: see scripts/schema.mjs. */
export const quizJsonSchema = () => z.toJSONSchema(QuizObject, { io: 'input', unrepresentable: 'any' });

/**
 * The layout rules for authors (`npm run validate`, the playground): every chair inside the picture, and far
 * enough from the others to stay its own target of 24×24 px or more at 320 px wide (WCAG 2.2, 2.5.8).
 * The component itself renders a quiz that breaks them (chairs may overlap), so that generated or
 * machine-made quizzes with many chairs still work; authors get told.
 */
export function layoutProblems(data: unknown, { heightPerWidth }: { heightPerWidth?: number } = {}): Problem[] {
  const problems: Problem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path, message });
  const quiz = data as { image?: { width?: unknown; height?: unknown }; chairs?: unknown };
  // Over MAX_CHAIRS the file is refused anyway, and a million distances would only bury that message.
  if (!Array.isArray(quiz?.chairs) || quiz.chairs.length > MAX_CHAIRS) return problems;
  const size = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined);
  const width = size(quiz.image?.width);
  const height = size(quiz.image?.height);
  // The component's own default for a picture without a size is 4:3 (see the frame in coop-chair-quiz.ts).
  const ratio = heightPerWidth ?? (width && height ? height / width : 3 / 4);
  const w = NARROW_WIDTH_PX;
  const h = NARROW_WIDTH_PX * ratio;
  const half = MIN_CHAIR_GAP_PX / 2;
  const percent = (v: unknown) => (typeof v === 'number' && v >= 0 && v <= 100 ? v : undefined);
  // Chairs with a wrong position are the type checks' business; they are named by their place in the list.
  const px = quiz.chairs.map((c) => {
    const x = percent((c as { x?: unknown })?.x);
    const y = percent((c as { y?: unknown })?.y);
    return x === undefined || y === undefined ? undefined : { x: (x / 100) * w, y: (y / 100) * h };
  });
  px.forEach((p, i) => {
    if (!p) return;
    if (p.x < half || p.x > w - half || p.y < half || p.y > h - half) {
      add(
        ['chairs', i],
        `chair ${i + 1} is too close to the edge of the picture: at ${w} px wide its marker would stick out (keep its centre ${Math.ceil((half / w) * 100)}% from the left and right edges and ${Math.ceil((half / h) * 100)}% from the top and bottom)`,
      );
    }
    for (let j = 0; j < i; j++) {
      const q = px[j];
      if (!q) continue;
      const d = Math.hypot(p.x - q.x, p.y - q.y);
      if (d < MIN_CHAIR_GAP_PX) {
        add(
          ['chairs', i],
          `chair ${i + 1} is too close to chair ${j + 1}: ${d.toFixed(0)} px apart at ${w} px wide, at least ${MIN_CHAIR_GAP_PX} px needed to tap them apart`,
        );
      }
    }
  });
  return problems;
}

export type ParseResult = { ok: true; quiz: Quiz } | { ok: false; problems: string[] };

/**
 * Every problem of parsed JSON as a quiz, all at once: types, and the whole-quiz rules over the parts whose types
 * are right (see `typedParts`). Not the authors' layout rules (see `layoutProblems`). Never throws.
 * `jitless` keeps zod from probing `new Function` (reported as a violation under a strict CSP).
 */
export function quizProblems(data: unknown): { quiz?: Quiz; problems: Problem[] } {
  const result = QuizObject.safeParse(data, { reportInput: true, jitless: true });
  const parts = typedParts(data);
  const problems = result.success ? [] : describeIssues(result.error.issues);
  for (const { path, message, input } of parts ? quizRules(parts) : []) {
    problems.push({ path, message: input === undefined ? message : `${message}, got ${describeValue(input)}` });
  }
  return { quiz: result.success && !problems.length ? result.data : undefined, problems };
}

/**
 * Validates parsed JSON as a quiz. Never throws: a bad quiz gives one message per problem.
 * `layout: false` (the component) skips the authors' layout rules, see `layoutProblems`.
 */
export function parseQuiz(data: unknown, { layout = true } = {}): ParseResult {
  const { quiz, problems } = quizProblems(data);
  if (layout) problems.push(...layoutProblems(data));
  return quiz && !problems.length ? { ok: true, quiz } : { ok: false, problems: problems.map(problemLine) };
}
