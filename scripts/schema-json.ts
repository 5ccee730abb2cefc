/**
 * The JSON Schema text for quiz files, for editors: generated from the component's own zod schema
 * (src/quiz/schema.ts), then given what helps an author as they type and what zod cannot export — a description
 * of every field (short, from the field table of docs/authoring.md), examples, language suggestions, the picture
 * URL rule, non-empty translation objects, and messages for patterns (`patternErrorMessage`, read by VS Code).
 * Kept out of the zod schema so that none of these words weigh on the script the page loads.
 */
import { LANG_PATTERN, MAX_CHAIRS, SCHEMA_URL } from '../src/quiz/format.js';
import { quizJsonSchema } from '../src/quiz/schema.js';

/** Where the schema is published, so that a quiz file anywhere can name it (see SCHEMA_URL). */
export const SCHEMA_ID = SCHEMA_URL;

/** Language codes an author of these quizzes is likely to want, suggested by editors (any valid code is accepted). */
const COMMON_LANGS: [string, string][] = [
  ['ar', 'Arabic — العربية'],
  ['fr', 'French — Français'],
  ['en', 'English'],
  ['zgh', 'Standard Moroccan Tamazight — ⵜⴰⵎⴰⵣⵉⵖⵜ'],
  ['es', 'Spanish — Español'],
  ['ar-MA', 'Moroccan Arabic — الدارجة'],
];

/**
 * `image.src`: a relative path, an http(s) URL or a `data:image/…` URL, after leading white space — the rule of
 * `isAllowedImageUrl` in src/quiz/format.ts, as a pattern (JSON Schema patterns have no `i` flag).
 */
export const IMAGE_SRC_PATTERN =
  '^(?=[\\s\\S]*\\S)(?!\\s*(?![Hh][Tt][Tt][Pp][Ss]?:|[Dd][Aa][Tt][Aa]:[Ii][Mm][Aa][Gg][Ee]/[A-Za-z0-9.+-]+[;,])[A-Za-z][A-Za-z0-9+.-]*:)';

const QUIZ_FIELDS: Record<string, string> = {
  $schema: `This schema, for your editor: "${SCHEMA_ID}" anywhere, or "../schema/quiz.schema.json" for a quiz in this project's quizzes/.`,
  version: 'Always 1: the version of the quiz format. A file with another version is refused with a clear message.',
  id: 'The file name without .json: lowercase letters, digits and dashes ("assembly-hall").',
  noun: 'What visitors pick, as the interface names it: "chair" (default), "seat" (a bus, a theatre) or "place".',
  lang: 'The quiz\'s own language, the one plain strings are written in. Default "ar".',
  languages:
    'Every language the quiz provides, e.g. ["ar", "fr", "en"]. When given, every text must have every one of them. Default: just lang.',
  title: "The quiz's title, shown at the top. At most 80 characters.",
  question:
    'The question above the picture; it also names the group of chairs for screen readers, so make it a real question. At most 160 characters.',
  intro: 'One or two sentences under the question. At most 300 characters.',
  disclaimer:
    'The "for fun, not a psychological assessment" line; without it the component shows its own. At most 200 characters.',
  image: 'The picture of the room, and what it shows.',
  chairs: `The chairs, numbered 1, 2, 3… in the order listed: at least 2 (and at most ${MAX_CHAIRS}; the spacing rule keeps a quiz to about 30).`,
  traits:
    'Traits that chairs may score: [{ "id": "initiative", "label": "…", "opposite": "…" }]. With an opposite, a trait is a scale between two strengths, shown without numbers.',
};
const IMAGE_FIELDS: Record<string, string> = {
  src: 'The picture: a file name beside the JSON ("meeting-room.svg"), an https:// URL, or a data:image/… URL. Nothing else (javascript: is refused).',
  alt: 'What the picture shows, for people who cannot see it: the room, and where the numbered chairs are. At most 400 characters.',
  width:
    "The picture's width in pixels. With height, the page reserves space at this ratio; the validator checks it against the file.",
  height: "The picture's height in pixels (see width).",
};
const CHAIR_FIELDS: Record<string, string> = {
  number: '1, 2, 3… in the order the chairs are listed: the number visitors see and share.',
  x: "The centre of the chair, in percent of the picture's width, from the left (0–100).",
  y: "The centre of the chair, in percent of the picture's height, from the top (0–100).",
  place:
    'Where the chair is, in a few words ("by the window"); screen readers say it after the number. At most 60 characters.',
  title: 'The result\'s title: a short, memorable name ("The bridge builder"). At most 60 characters.',
  description: 'Two or three sentences on how this person behaves in a team. At most 400 characters.',
  leadership: 'Their leadership style. At most 220 characters.',
  collaboration: 'Their collaboration style. At most 220 characters.',
  headline:
    'One sentence of what this chair says about the person, the first line of the result and the line shared with it (optional, recommended). At most 90 characters.',
  strength: 'One strength (optional). At most 160 characters.',
  tip: 'One friendly tip (optional), set apart on the card as a call-out. At most 160 characters.',
  share:
    'What is shared with the result instead of the headline (optional), in the first person or neutral. At most 160 characters.',
  together:
    'What this person brings beside a friend, in a comparison of two results ("decides when talk goes round in circles") (optional; without it, the strength). At most 120 characters.',
  scores:
    '{ "initiative": 80 }: 0–100 for traits declared in "traits". For a scale (a trait with an "opposite"), 100 is the label\'s end and 0 the opposite\'s.',
};
const TRAIT_FIELDS: Record<string, string> = {
  id: 'The trait\'s id, used in the chairs\' "scores": lowercase letters, digits and dashes.',
  label: "The trait's name, shown to visitors. At most 40 characters.",
  opposite:
    'The other end of a scale on which every position is a strength ("listening" opposite "initiative") (optional). At most 40 characters.',
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON Schema node is any JSON, walked and edited in place
type Schema = Record<string, any>;

const PATTERN_MESSAGES: Record<string, string> = {
  '\\S': 'must not be empty',
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'lowercase letters, digits and dashes, like "meeting-room"',
  [LANG_PATTERN.source]: 'a language code such as "ar", "fr" or "ar-MA"',
};

/** Language suggestions for a language-code schema, without refusing other valid codes. */
const withLangSuggestions = (schema: Schema): Schema => ({
  ...schema,
  patternErrorMessage: PATTERN_MESSAGES[LANG_PATTERN.source],
  examples: COMMON_LANGS.map(([code]) => code),
  anyOf: [
    { enum: COMMON_LANGS.map(([code]) => code), markdownEnumDescriptions: COMMON_LANGS.map(([, name]) => name) },
    { type: 'string' },
  ],
});

/** A text: a plain string, or a non-empty object of translations whose keys the editor suggests. */
function helpText(text: Schema, description: string, example?: unknown): Schema {
  const [plain, translations] = text.anyOf;
  const value = translations.additionalProperties;
  return {
    description,
    ...(example === undefined ? {} : { examples: [example] }),
    anyOf: [
      { ...plain, patternErrorMessage: PATTERN_MESSAGES['\\S'] },
      {
        ...translations,
        description: 'Translations by language code: { "ar": "…", "fr": "…" }. At least one.',
        minProperties: 1,
        propertyNames: { ...translations.propertyNames, patternErrorMessage: PATTERN_MESSAGES[LANG_PATTERN.source] },
        properties: Object.fromEntries(
          COMMON_LANGS.slice(0, 3).map(([code, name]) => [
            code,
            { ...value, description: name, patternErrorMessage: PATTERN_MESSAGES['\\S'] },
          ]),
        ),
        additionalProperties: { ...value, patternErrorMessage: PATTERN_MESSAGES['\\S'] },
      },
    ],
  };
}

const isText = (s: Schema) => Array.isArray(s?.anyOf) && s.anyOf.some((o: Schema) => o.type === 'object');

/** Describes every field of an object schema from `fields`; texts get the text help. */
function describeObject(schema: Schema, fields: Record<string, string>, examples: Record<string, unknown> = {}) {
  for (const [name, field] of Object.entries<Schema>(schema.properties)) {
    const description = fields[name];
    if (!description) throw new Error(`scripts/schema-json.ts: no description for the field "${name}"`);
    if (isText(field)) schema.properties[name] = helpText(field, description, examples[name]);
    else {
      if (typeof field.pattern === 'string' && PATTERN_MESSAGES[field.pattern])
        field.patternErrorMessage = PATTERN_MESSAGES[field.pattern];
      schema.properties[name] = { description, ...field, ...(name in examples ? { examples: [examples[name]] } : {}) };
    }
  }
}

export function quizSchemaJson(): Schema {
  const { $schema, ...generated } = quizJsonSchema() as Schema;
  const schema: Schema = {
    $schema,
    $id: SCHEMA_ID,
    title: 'coop-chair-quiz quiz file, version 1',
    description:
      'A "which chair do you pick?" quiz: a picture, numbered chairs placed on it in percent, and what each chair says about the person. Generated from src/quiz/schema.ts by `npm run schema`; see docs/authoring.md. Some rules need the whole file or the picture (chairs numbered 1..N, spacing, translations present, the picture itself): `npm run validate` checks those.',
    ...generated,
  };
  const p = schema.properties;
  describeObject(schema, QUIZ_FIELDS, {
    id: 'meeting-room',
    noun: 'chair',
    title: { ar: 'غرفة الاجتماع', fr: 'La salle de réunion' },
    languages: ['ar', 'fr', 'en'],
  });
  p.lang = withLangSuggestions(p.lang);
  p.languages.items = withLangSuggestions(p.languages.items);
  p.$schema.examples = [SCHEMA_ID, '../schema/quiz.schema.json'];
  describeObject(p.image, IMAGE_FIELDS, { src: 'meeting-room.svg', width: 800, height: 600 });
  p.image.properties.src.pattern = IMAGE_SRC_PATTERN;
  p.image.properties.src.patternErrorMessage =
    'a file name beside the quiz, an https:// URL or a data:image/… URL (javascript: and other schemes are refused)';
  describeObject(p.chairs.items, CHAIR_FIELDS, { x: 50, y: 50 });
  describeObject(p.traits.items, TRAIT_FIELDS, { id: 'initiative' });
  return schema;
}

export const quizSchemaText = (): string => `${JSON.stringify(quizSchemaJson(), null, 2)}\n`;
