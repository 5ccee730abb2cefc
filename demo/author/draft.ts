/**
 * The quiz being written, as the editor holds it, and the quiz file built from it.
 *
 * The editor keeps every text as translations by language (`{ ar, fr, en }`), even the ones not filled in yet, so
 * that a half-written quiz can be validated by the component's own schema (`parseQuiz`): an empty field becomes an
 * empty string in the built file, and the schema says `chairs[2].title.fr: must not be empty` about it.
 * Nothing here checks a quiz rule by hand; `buildQuiz` only shapes the data. Pure: no DOM.
 */
import { SCHEMA_URL, TEXT_FIELDS } from '../../src/quiz/format.js';
import { ID_PATTERN, QUIZ_VERSION } from '../../src/quiz/schema.js';
import type { Point } from './chairs.js';
import { round } from './chairs.js';

/** One text by language code: `{ ar: "…", fr: "…" }`; missing or empty = not written yet. */
export type Texts = Record<string, string>;

export const QUIZ_TEXTS = ['title', 'question', 'intro', 'disclaimer'] as const;
/** In the schema's order, which the file keeps (src/quiz/schema.ts), so that a reopened quiz diffs cleanly. */
export const CHAIR_TEXTS = [
  'place',
  'title',
  'description',
  'leadership',
  'collaboration',
  'headline',
  'strength',
  'tip',
  'share',
  'together',
] as const;
export const TRAIT_TEXTS = ['label', 'opposite'] as const;
export type QuizTextName = (typeof QUIZ_TEXTS)[number];
export type ChairTextName = (typeof CHAIR_TEXTS)[number];
export type TraitTextName = (typeof TRAIT_TEXTS)[number];

/** Which object of the format a text belongs to (the keys of `TEXT_FIELDS` in src/quiz/format.ts). */
export type TextOwner = keyof typeof TEXT_FIELDS;

const fieldEntry = (owner: TextOwner, name: string) =>
  Object.entries(TEXT_FIELDS[owner]).find(([key]) => key.replace('?', '') === name);

/** The longest a text may be, in characters, as the schema counts them (`TEXT_FIELDS`, one source for both). */
export function textLimit(owner: TextOwner, name: string): number {
  const entry = fieldEntry(owner, name);
  if (!entry) throw new Error(`no text "${name}" in a ${owner}`);
  return entry[1];
}

/** Whether a quiz may leave a text out (marked `?` in `TEXT_FIELDS`): omitted from the file when nothing is written. */
export const isOptionalText = (owner: TextOwner, name: string): boolean =>
  fieldEntry(owner, name)?.[0].endsWith('?') ?? false;

/**
 * A trait of the quiz's scores (kept from an opened file: the editor writes its texts, not its id or the scores).
 * `id` is kept as the file had it, even when it is not a valid id, so that the schema names the problem.
 */
export interface DraftTrait {
  id: unknown;
  texts: Record<TraitTextName, Texts>;
}

export interface DraftChair extends Point {
  texts: Record<ChairTextName, Texts>;
  /** Kept from an opened file (the editor does not edit trait scores). */
  scores?: unknown;
}

/**
 * Where the picture comes from:
 * - `url`: written as is — a file name beside the quiz (`room.jpg`) or an http(s) address;
 * - `file`: chosen from the author's computer; small ones are embedded as a `data:` URL, larger ones are
 *   downloaded beside the quiz under `pictureFileName()`.
 */
export type DraftPicture =
  | { kind: 'none' }
  | { kind: 'url'; url: string }
  | { kind: 'file'; name: string; type: string; size: number; dataUrl?: string };

export interface Draft {
  id: string;
  /** The quiz's own language (always written, always first in `languages`). */
  lang: string;
  languages: string[];
  texts: Record<QuizTextName, Texts>;
  picture: DraftPicture;
  alt: Texts;
  /** The picture's natural size, read from the loaded picture; unknown until it loads. */
  width?: number;
  height?: number;
  chairs: DraftChair[];
  /** Kept from an opened file. */
  schema?: string;
  /** The traits of an opened file, when it has a list of them. */
  traits?: DraftTrait[];
  /** An opened file's `traits` when it is not a list of objects: written back as it was, for the schema to name. */
  otherTraits?: unknown;
}

/** Pictures up to this size (bytes) are embedded in the quiz file as a `data:` URL. */
export const EMBED_LIMIT = 100 * 1024;
/**
 * The `$schema` of a new quiz: the published schema, since a downloaded file may be saved anywhere (a relative
 * `../schema/quiz.schema.json` only resolves from this repository's quizzes/ folder). An opened file keeps its own.
 */
export const DEFAULT_SCHEMA = SCHEMA_URL;
export const DEFAULT_ID = 'my-quiz';

const emptyTexts = <K extends string>(names: readonly K[]) =>
  Object.fromEntries(names.map((n) => [n, {}])) as Record<K, Texts>;

export function emptyChair(point: Point): DraftChair {
  return { x: round(point.x), y: round(point.y), texts: emptyTexts(CHAIR_TEXTS) };
}

export function emptyDraft(): Draft {
  return {
    id: DEFAULT_ID,
    lang: 'ar',
    languages: ['ar'],
    texts: emptyTexts(QUIZ_TEXTS),
    picture: { kind: 'none' },
    alt: {},
    chairs: [],
  };
}

/** The quiz's languages, its own first, each once. */
export function declaredLanguages(draft: Pick<Draft, 'lang' | 'languages'>): string[] {
  return [...new Set([draft.lang, ...draft.languages])];
}

/** The base of the file names: the quiz id when it is a valid one, else "quiz". */
export const fileBase = (id: string): string => (ID_PATTERN.test(id.trim()) ? id.trim() : 'quiz');

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/svg+xml': 'svg',
  'image/avif': 'avif',
};

/** The name a picture from the author's computer gets beside the quiz file: `<id>.<ext>`. */
export function pictureFileName(id: string, picture: { name: string; type: string }): string {
  const fromName = /\.([a-z0-9]{2,5})$/i.exec(picture.name)?.[1]?.toLowerCase();
  const ext = EXTENSIONS[picture.type] ?? (fromName === 'jpeg' ? 'jpg' : fromName) ?? 'png';
  return `${fileBase(id)}.${ext}`;
}

/** Whether the picture goes inside the quiz file (`data:` URL) rather than beside it. */
export const embedsPicture = (picture: DraftPicture): boolean =>
  picture.kind === 'file' && picture.size <= EMBED_LIMIT && Boolean(picture.dataUrl);

/** `image.src` as written in the quiz file. */
export function pictureSrc(draft: Pick<Draft, 'id' | 'picture'>): string {
  const { picture } = draft;
  if (picture.kind === 'url') return picture.url.trim();
  if (picture.kind === 'file') return embedsPicture(picture) ? picture.dataUrl! : pictureFileName(draft.id, picture);
  return '';
}

type TextValue = string | Texts;

/**
 * A text as the file writes it: a plain string when the quiz has one language, else one entry per declared
 * language (empty when not written yet: the schema then names the missing field). Optional texts with nothing
 * written in any language are left out. Texts written in a language no longer declared are not written.
 */
export function textValue(texts: Texts, languages: readonly string[], optional: boolean): TextValue | undefined {
  const value = (lang: string) => (texts[lang] ?? '').trim();
  if (optional && languages.every((l) => !value(l))) return undefined;
  if (languages.length === 1) return value(languages[0]);
  return Object.fromEntries(languages.map((l) => [l, value(l)]));
}

/** Drops `undefined` fields, so optional ones are absent from the JSON rather than null. */
function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** The quiz file for `draft`, with fields in the order of `quizzes/meeting-room.json`. */
export function buildQuiz(draft: Draft): Record<string, unknown> {
  const languages = declaredLanguages(draft);
  const text = (texts: Texts, owner: TextOwner, name: string) =>
    textValue(texts, languages, isOptionalText(owner, name));
  return compact({
    $schema: draft.schema ?? DEFAULT_SCHEMA,
    version: QUIZ_VERSION,
    id: draft.id.trim(),
    lang: draft.lang,
    languages,
    ...Object.fromEntries(QUIZ_TEXTS.map((name) => [name, text(draft.texts[name], 'quiz', name)])),
    image: compact({
      src: pictureSrc(draft),
      alt: text(draft.alt, 'image', 'alt'),
      width: draft.width,
      height: draft.height,
    }),
    chairs: draft.chairs.map((chair, i) =>
      compact({
        number: i + 1,
        x: round(chair.x),
        y: round(chair.y),
        ...Object.fromEntries(CHAIR_TEXTS.map((name) => [name, text(chair.texts[name], 'chair', name)])),
        scores: chair.scores,
      }),
    ),
    traits:
      draft.traits?.map((trait) =>
        compact({
          id: trait.id,
          ...Object.fromEntries(TRAIT_TEXTS.map((name) => [name, text(trait.texts[name], 'trait', name)])),
        }),
      ) ?? draft.otherTraits,
  });
}

/** The quiz file as text, the way the files in quizzes/ are written (two-space indent, final newline). */
export const quizJson = (draft: Draft): string => `${JSON.stringify(buildQuiz(draft), null, 2)}\n`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Any text value from a file, as translations: a plain string is in the quiz's own language. */
function toTexts(value: unknown, lang: string): Texts {
  if (typeof value === 'string') return { [lang]: value };
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

const KNOWN_FIELDS = new Set([
  '$schema',
  'version',
  'id',
  'lang',
  'languages',
  'title',
  'question',
  'intro',
  'disclaimer',
  'image',
  'chairs',
  'traits',
]);

export interface OpenedDraft {
  draft: Draft;
  /** Fields of the file the editor does not know and did not keep (`"colour"`, `chairs[2].size`). */
  dropped: string[];
}

/** Bytes of a `data:` URL's payload, for deciding whether it stays embedded. */
export function dataUrlBytes(url: string): number {
  const [, meta = '', payload = ''] = /^data:([^,]*),(.*)$/s.exec(url) ?? [];
  if (meta.endsWith(';base64')) return Math.floor((payload.replace(/=+$/, '').length * 3) / 4);
  try {
    return new TextEncoder().encode(decodeURIComponent(payload)).length;
  } catch {
    return payload.length;
  }
}

/**
 * An opened quiz file as a draft, taking what it can from whatever it is: a broken file still opens, and the
 * schema then lists what is wrong with it. Chairs are put in the order of their numbers.
 */
export function draftFromData(data: unknown): OpenedDraft {
  const file = isRecord(data) ? data : {};
  const dropped = Object.keys(file).filter((k) => !KNOWN_FIELDS.has(k));
  const lang = typeof file.lang === 'string' && file.lang.trim() ? file.lang.trim() : 'ar';
  const languages = declaredLanguages({
    lang,
    languages: Array.isArray(file.languages)
      ? file.languages.filter((l): l is string => typeof l === 'string' && l.trim() !== '')
      : [],
  });
  const image = isRecord(file.image) ? file.image : {};
  const src = typeof image.src === 'string' ? image.src.trim() : '';
  const id = typeof file.id === 'string' ? file.id : DEFAULT_ID;
  let picture: DraftPicture = { kind: 'none' };
  if (/^data:/i.test(src)) {
    const type = /^data:([^;,]+)/i.exec(src)?.[1]?.toLowerCase() ?? 'image/png';
    picture = {
      kind: 'file',
      name: pictureFileName(id, { name: '', type }),
      type,
      size: dataUrlBytes(src),
      dataUrl: src,
    };
  } else if (src) {
    picture = { kind: 'url', url: src };
  }
  const number = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
  const rawChairs = (Array.isArray(file.chairs) ? file.chairs : []).map((c, i) => ({ c: isRecord(c) ? c : {}, i }));
  rawChairs.sort((a, b) => number(a.c.number, a.i + 1) - number(b.c.number, b.i + 1) || a.i - b.i);
  const chairFields = new Set(['number', 'x', 'y', 'scores', ...CHAIR_TEXTS]);
  const chairs = rawChairs.map(({ c, i }) => {
    for (const key of Object.keys(c)) if (!chairFields.has(key)) dropped.push(`chairs[${i}].${key}`);
    const chair = emptyChair({ x: number(c.x, 50), y: number(c.y, 50) });
    for (const name of CHAIR_TEXTS) chair.texts[name] = toTexts(c[name], lang);
    if (c.scores !== undefined) chair.scores = c.scores;
    return chair;
  });
  const positive = (v: unknown) => (typeof v === 'number' && v > 0 ? v : undefined);
  const draft: Draft = {
    id,
    lang,
    languages,
    texts: Object.fromEntries(QUIZ_TEXTS.map((n) => [n, toTexts(file[n], lang)])) as Record<QuizTextName, Texts>,
    picture,
    alt: toTexts(image.alt, lang),
    width: positive(image.width),
    height: positive(image.height),
    chairs,
  };
  if (typeof file.$schema === 'string') draft.schema = file.$schema;
  if (Array.isArray(file.traits) && file.traits.every(isRecord)) {
    draft.traits = file.traits.map((t, i) => {
      for (const key of Object.keys(t))
        if (key !== 'id' && !TRAIT_TEXTS.includes(key as TraitTextName)) dropped.push(`traits[${i}].${key}`);
      return { id: t.id, texts: { label: toTexts(t.label, lang), opposite: toTexts(t.opposite, lang) } };
    });
  } else if (file.traits !== undefined) draft.otherTraits = file.traits;
  return { draft, dropped };
}

/** Small immutable edits, one per kind of field the editor has. */
export const setQuizText = (draft: Draft, name: QuizTextName, lang: string, value: string): Draft => ({
  ...draft,
  texts: { ...draft.texts, [name]: { ...draft.texts[name], [lang]: value } },
});

export const setAlt = (draft: Draft, lang: string, value: string): Draft => ({
  ...draft,
  alt: { ...draft.alt, [lang]: value },
});

export const setChairText = (draft: Draft, index: number, name: ChairTextName, lang: string, value: string): Draft => ({
  ...draft,
  chairs: draft.chairs.map((c, i) =>
    i === index ? { ...c, texts: { ...c.texts, [name]: { ...c.texts[name], [lang]: value } } } : c,
  ),
});

export const setTraitText = (draft: Draft, index: number, name: TraitTextName, lang: string, value: string): Draft => ({
  ...draft,
  traits: draft.traits?.map((t, i) =>
    i === index ? { ...t, texts: { ...t.texts, [name]: { ...t.texts[name], [lang]: value } } } : t,
  ),
});

/** Turns a language on or off (the quiz's own language stays). Texts already written in it are kept in the draft. */
export function setLanguage(draft: Draft, lang: string, on: boolean): Draft {
  if (lang === draft.lang) return draft;
  const others = draft.languages.filter((l) => l !== lang && l !== draft.lang);
  return { ...draft, languages: on ? [draft.lang, ...others, lang] : [draft.lang, ...others] };
}

/** Sets the picture; its size is unknown until it loads. */
export const setPicture = (draft: Draft, picture: DraftPicture, size?: { width: number; height: number }): Draft => ({
  ...draft,
  picture,
  width: size?.width,
  height: size?.height,
});
