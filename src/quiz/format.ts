/**
 * The parts of the quiz format that are plain data and plain functions, with no zod: the limits, the patterns,
 * which fields are texts, and the whole-quiz rules. The zod schema (`schema.ts`) and the browser's quick check
 * (`quick-check.ts`) both build on them, so a limit or a rule is written once.
 */

export const QUIZ_VERSION = 1;

/**
 * The JSON Schema's `$id`, where it is published (the npm package carries `schema/`): the `$schema` for a quiz
 * file anywhere, such as a download from the playground (`../schema/quiz.schema.json` only works in quizzes/).
 */
export const SCHEMA_URL = 'https://unpkg.com/coop-chair-quiz@0.1/schema/quiz.schema.json';

/** Languages are BCP 47-ish tags: `ar`, `fr`, `en`, `zgh`, `ar-MA`… */
export const LANG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Quiz ids are also file names: lowercase letters, digits and dashes. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Limits on lengths, in characters, so that texts fit the result card at phone width. */
export const MAX_LENGTH = {
  title: 80,
  question: 160,
  intro: 300,
  disclaimer: 200,
  alt: 400,
  place: 60,
  chairTitle: 60,
  description: 400,
  style: 220,
  note: 160,
  /** A chair's one-sentence headline: the card's first line and the share texts' quote, at most two phone lines. */
  headline: 90,
  /** What a chair brings beside another, in a friend's comparison ("decides when talk goes round in circles"). */
  together: 120,
  traitLabel: 40,
} as const;

/** What a visitor picks, as the interface names it: a meeting room has chairs, a bus seats. Default `chair`. */
export const NOUNS = ['chair', 'seat', 'place'] as const;
export type Noun = (typeof NOUNS)[number];

/** A bound against absurd files; the layout rules keep authored quizzes far below it (about 30 chairs). */
export const MAX_CHAIRS = 1000;

/** A text shown to visitors: a string in the quiz's own language, or translations by language code. */
export type Text = string | Record<string, string>;

/**
 * Every text field and its longest length, by object: the quiz itself, its picture, each chair and each trait.
 * `?` marks the optional ones. (A unit test checks this list against the zod schema.)
 */
export const TEXT_FIELDS = {
  quiz: {
    title: MAX_LENGTH.title,
    question: MAX_LENGTH.question,
    'intro?': MAX_LENGTH.intro,
    'disclaimer?': MAX_LENGTH.disclaimer,
  },
  image: { alt: MAX_LENGTH.alt },
  chair: {
    place: MAX_LENGTH.place,
    title: MAX_LENGTH.chairTitle,
    description: MAX_LENGTH.description,
    leadership: MAX_LENGTH.style,
    collaboration: MAX_LENGTH.style,
    'headline?': MAX_LENGTH.headline,
    'strength?': MAX_LENGTH.note,
    'tip?': MAX_LENGTH.note,
    'share?': MAX_LENGTH.note,
    'together?': MAX_LENGTH.together,
  },
  trait: { label: MAX_LENGTH.traitLabel, 'opposite?': MAX_LENGTH.traitLabel },
} as const;

/** Picture URLs: relative, http(s), or an inline `data:image/…`. Never `javascript:` or other schemes. */
export const isAllowedImageUrl = (src: string): boolean => {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(src.trim());
  if (!scheme) return true;
  const name = scheme[1].toLowerCase();
  return name === 'http' || name === 'https' || (name === 'data' && /^data:image\/[a-z0-9.+-]+[;,]/i.test(src.trim()));
};

type Path = (string | number)[];

/** The shape the whole-quiz rules read: a quiz whose fields already have the right types. */
export interface TypedQuiz {
  lang: string;
  languages?: string[];
  image: object;
  /** `number` may be missing in a `typedParts` view, where it had the wrong type. */
  chairs: { number?: number; scores?: Record<string, number> }[];
  traits?: { id: string }[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The parts of any JSON value that already have the right types, as a `TypedQuiz`, so that the whole-quiz rules
 * can run beside the type checks and an author reads every problem at once. What has a wrong type is left out
 * (the type checks name it); `undefined` when the rules cannot say anything (not an object, no list of chairs).
 * A language rule needs the declared languages: with a wrong `lang` or `languages`, texts are left out.
 */
export function typedParts(data: unknown): TypedQuiz | undefined {
  if (!isObject(data) || !Array.isArray(data.chairs)) return undefined;
  const lang = data.lang === undefined ? 'ar' : data.lang;
  const languages = data.languages;
  const langsOk =
    typeof lang === 'string' &&
    LANG_PATTERN.test(lang) &&
    (languages === undefined ||
      (Array.isArray(languages) &&
        languages.length > 0 &&
        languages.every((l) => typeof l === 'string' && LANG_PATTERN.test(l))));
  const texts = (value: unknown, kind: keyof typeof TEXT_FIELDS) => {
    const out: Record<string, unknown> = {};
    if (!langsOk || !isObject(value)) return out;
    for (const key of Object.keys(TEXT_FIELDS[kind])) {
      const name = key.replace('?', '');
      const text = value[name];
      if (typeof text === 'string' || (isObject(text) && Object.keys(text).length > 0)) out[name] = text;
    }
    return out;
  };
  const isScore = (v: unknown) => typeof v === 'number';
  return {
    lang: langsOk ? (lang as string) : 'ar',
    languages: langsOk ? (languages as string[] | undefined) : undefined,
    ...texts(data, 'quiz'),
    image: texts(data.image, 'image'),
    chairs: data.chairs.map((chair) => {
      if (!isObject(chair)) return {};
      const { number, scores } = chair;
      return {
        ...texts(chair, 'chair'),
        number: Number.isSafeInteger(number) && (number as number) >= 1 ? (number as number) : undefined,
        scores:
          isObject(scores) && Object.values(scores).every(isScore) ? (scores as Record<string, number>) : undefined,
      };
    }),
    traits: Array.isArray(data.traits)
      ? data.traits
          .filter(isObject)
          .filter((t) => typeof t.id === 'string')
          .map((t) => ({ ...texts(t, 'trait'), id: t.id as string }))
      : undefined,
  };
}

/** Visits every text of a quiz whose fields have the right types, with its path. */
export function forEachText(quiz: TypedQuiz, visit: (text: Text, path: Path) => void) {
  const fields = (value: object, kind: keyof typeof TEXT_FIELDS, path: Path) => {
    for (const key of Object.keys(TEXT_FIELDS[kind])) {
      const name = key.replace('?', '');
      const text = (value as Record<string, Text | undefined>)[name];
      if (text !== undefined) visit(text, [...path, name]);
    }
  };
  fields(quiz, 'quiz', []);
  fields(quiz.image, 'image', ['image']);
  quiz.chairs.forEach((chair, i) => fields(chair, 'chair', ['chairs', i]));
  quiz.traits?.forEach((trait, i) => fields(trait, 'trait', ['traits', i]));
}

/**
 * The whole-quiz rules that types alone cannot say, for a quiz whose fields have the right types. A file that
 * breaks them (two chairs numbered 3, a missing translation) never renders half right.
 */
export function quizRules(quiz: TypedQuiz): { path: Path; message: string; input?: unknown }[] {
  const problems: { path: Path; message: string; input?: unknown }[] = [];
  const add = (path: Path, message: string, input?: unknown) => problems.push({ path, message, input });

  // Chairs are numbered 1…N, in order, each number once.
  const seen = new Map<number, number>();
  quiz.chairs.forEach((chair, i) => {
    if (chair.number === undefined) return;
    const first = seen.get(chair.number);
    if (first !== undefined) {
      add(
        ['chairs', i, 'number'],
        `duplicate chair number ${chair.number} (chair ${first + 1} in the list has it too)`,
      );
    } else {
      seen.set(chair.number, i);
      if (chair.number !== i + 1) {
        add(
          ['chairs', i, 'number'],
          `expected ${i + 1}: chairs are numbered 1 to ${quiz.chairs.length} in the order they are listed`,
          chair.number,
        );
      }
    }
  });

  // Trait scores name declared traits.
  const traitIds = new Set((quiz.traits ?? []).map((t) => t.id));
  quiz.chairs.forEach((chair, i) => {
    for (const key of Object.keys(chair.scores ?? {})) {
      if (!traitIds.has(key)) add(['chairs', i, 'scores', key], `unknown trait "${key}": declare it in "traits"`);
    }
  });

  // Every declared language is present in every text (not checked when the languages themselves are wrong).
  const languages = quiz.languages ?? [quiz.lang];
  if (!languages.includes(quiz.lang)) add(['languages'], `must include the quiz's own language "${quiz.lang}"`);
  forEachText(quiz, (value, path) => {
    if (typeof value === 'string') {
      if (languages.length > 1)
        add(
          path,
          `is a plain text, but the quiz declares ${languages.join(', ')}: give an object with one text per language`,
        );
      return;
    }
    for (const lang of languages) if (!(lang in value)) add(path, `is missing the "${lang}" translation`);
    for (const lang of Object.keys(value))
      if (!languages.includes(lang))
        add([...path, lang], `is a language the quiz does not declare in "languages" (${languages.join(', ')})`);
  });
  return problems;
}
