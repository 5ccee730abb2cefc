import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateQuizFile } from '../../scripts/validate-quiz.js';
import { SCHEMA_URL } from '../../src/quiz/format.js';
import { parseQuiz } from '../../src/quiz/schema.js';
import {
  buildQuiz,
  dataUrlBytes,
  draftFromData,
  EMBED_LIMIT,
  emptyChair,
  emptyDraft,
  pictureFileName,
  pictureSrc,
  quizJson,
  DEFAULT_SCHEMA,
  isOptionalText,
  setChairText,
  setLanguage,
  setPicture,
  setQuizText,
  setTraitText,
  textLimit,
  textValue,
  type Draft,
} from '../../demo/author/draft.js';

const root = new URL('../../', import.meta.url).pathname;
const fixtures = join(root, 'test/fixtures');
let dir: string;
let roomSvg: Buffer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quiz-author-'));
  roomSvg = await readFile(join(fixtures, 'room.svg'));
});

/** A complete little quiz, written the way the page writes one. */
function written(picture: Draft['picture'], languages = ['ar']): Draft {
  let draft: Draft = { ...emptyDraft(), id: 'salle', languages };
  draft = setPicture(draft, picture, { width: 400, height: 300 });
  draft = {
    ...draft,
    chairs: [emptyChair({ x: 25, y: 40 }), emptyChair({ x: 50, y: 60 }), emptyChair({ x: 75, y: 40 })],
  };
  for (const lang of languages) {
    draft = setQuizText(draft, 'title', lang, `عنوان ${lang}`);
    draft = setQuizText(draft, 'question', lang, `سؤال ${lang}`);
    draft = { ...draft, alt: { ...draft.alt, [lang]: `وصف ${lang}` } };
    draft.chairs.forEach((_, i) => {
      for (const name of ['place', 'title', 'description', 'leadership', 'collaboration'] as const) {
        draft = setChairText(draft, i, name, lang, `${name} ${i + 1} ${lang}`);
      }
    });
  }
  return draft;
}

/** Writes the built quiz as `<id>.json` in the temp dir and runs `npm run validate`'s checks on it. */
async function validate(draft: Draft, extra: Record<string, Buffer> = {}) {
  for (const [name, bytes] of Object.entries(extra)) await writeFile(join(dir, name), bytes);
  const file = join(dir, `${draft.id}.json`);
  await writeFile(file, quizJson(draft));
  return validateQuizFile(file, dir);
}

describe('author page: the quiz file it builds', () => {
  it('writes texts as plain strings for one language, as translations for several', () => {
    expect(textValue({ ar: ' نص ' }, ['ar'], false)).toBe('نص');
    expect(textValue({ ar: 'نص', fr: 'texte', en: 'ignored' }, ['ar', 'fr'], false)).toEqual({ ar: 'نص', fr: 'texte' });
    // Not written yet: empty, so the schema names the field.
    expect(textValue({}, ['ar'], false)).toBe('');
    expect(textValue({ ar: 'نص' }, ['ar', 'fr'], false)).toEqual({ ar: 'نص', fr: '' });
    // Optional and not written in any language: left out.
    expect(textValue({ ar: '  ' }, ['ar', 'fr'], true)).toBeUndefined();
    expect(textValue({ fr: 'x' }, ['ar', 'fr'], true)).toEqual({ ar: '', fr: 'x' });
  });

  it('numbers chairs 1…N in order and writes fields in the order of the quizzes in quizzes/', () => {
    const quiz = buildQuiz(written({ kind: 'url', url: 'room.svg' }));
    expect(Object.keys(quiz)).toEqual([
      '$schema',
      'version',
      'id',
      'lang',
      'languages',
      'title',
      'question',
      'image',
      'chairs',
    ]);
    const chairs = quiz.chairs as Record<string, unknown>[];
    expect(chairs.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(Object.keys(chairs[0])).toEqual([
      'number',
      'x',
      'y',
      'place',
      'title',
      'description',
      'leadership',
      'collaboration',
    ]);
    expect(quiz.image).toEqual({ src: 'room.svg', alt: 'وصف ar', width: 400, height: 300 });
    expect(parseQuiz(quiz)).toMatchObject({ ok: true });
  });

  it('points a new quiz’s $schema at the published schema, which resolves wherever the file is saved', () => {
    expect(DEFAULT_SCHEMA).toBe(SCHEMA_URL);
    expect(new URL(String(buildQuiz(emptyDraft()).$schema)).protocol).toBe('https:');
    // An opened file keeps its own (the quizzes in quizzes/ say ../schema/quiz.schema.json).
    const opened = draftFromData({ $schema: '../schema/quiz.schema.json' }).draft;
    expect(buildQuiz(opened).$schema).toBe('../schema/quiz.schema.json');
  });

  it('writes a chair’s headline, together and share texts, and leaves them out while they are empty', () => {
    let draft = written({ kind: 'url', url: 'room.svg' });
    draft = setChairText(draft, 0, 'headline', 'ar', ' يقود حين يتردّد الآخرون. ');
    draft = setChairText(draft, 0, 'together', 'ar', 'يحسم الأمر');
    draft = setChairText(draft, 0, 'share', 'ar', 'اخترت كرسي القائد');
    const chairs = buildQuiz(draft).chairs as Record<string, unknown>[];
    expect(chairs[0]).toMatchObject({
      headline: 'يقود حين يتردّد الآخرون.',
      together: 'يحسم الأمر',
      share: 'اخترت كرسي القائد',
    });
    expect(Object.keys(chairs[1])).not.toContain('headline');
    expect(parseQuiz(buildQuiz(draft))).toMatchObject({ ok: true });
    const long = setChairText(draft, 1, 'headline', 'ar', 'ط'.repeat(textLimit('chair', 'headline') + 1));
    expect(parseQuiz(buildQuiz(long))).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^chairs\[1\]\.headline: is too long: at most 90 characters/)],
    });
  });

  it('takes each text’s limit and whether it is optional from the format (src/quiz/format.ts)', () => {
    expect([textLimit('chair', 'headline'), textLimit('chair', 'together'), textLimit('chair', 'share')]).toEqual([
      90, 120, 160,
    ]);
    expect([textLimit('trait', 'opposite'), textLimit('quiz', 'title'), textLimit('chair', 'title')]).toEqual([
      40, 80, 60,
    ]);
    expect(['headline', 'together', 'share', 'tip'].map((n) => isOptionalText('chair', n))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([
      isOptionalText('chair', 'title'),
      isOptionalText('trait', 'label'),
      isOptionalText('trait', 'opposite'),
    ]).toEqual([false, false, true]);
    expect(() => textLimit('trait', 'colour')).toThrow(/no text "colour"/);
  });

  it('opens a file’s traits for their texts, writes the other end of a scale, and keeps a broken traits value', () => {
    const file = {
      lang: 'ar',
      languages: ['ar', 'fr'],
      traits: [
        { id: 'initiative', label: { ar: 'المبادرة', fr: 'Initiative' }, colour: 'red' },
        { id: 7, label: 'x' },
      ],
    };
    const { draft, dropped } = draftFromData(file);
    expect(dropped).toEqual(['traits[0].colour']);
    const edited = setTraitText(setTraitText(draft, 0, 'opposite', 'ar', 'الإصغاء'), 0, 'opposite', 'fr', 'Écoute');
    expect(buildQuiz(edited).traits).toEqual([
      { id: 'initiative', label: { ar: 'المبادرة', fr: 'Initiative' }, opposite: { ar: 'الإصغاء', fr: 'Écoute' } },
      { id: 7, label: { ar: 'x', fr: '' } },
    ]);
    expect(buildQuiz(draftFromData({ traits: 'all of them' }).draft).traits).toBe('all of them');
    expect(buildQuiz(emptyDraft())).not.toHaveProperty('traits');
  });

  it('gives a new quiz’s problems through the schema, one per empty field', () => {
    const result = parseQuiz(buildQuiz(emptyDraft()));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      'title: must not be empty, got ""',
      'question: must not be empty, got ""',
      'image.src: must not be empty, got ""',
      'image.alt: must not be empty, got ""',
      'chairs: expected at least 2 chairs, got a list of 0',
    ]);
  });

  it('turns languages on and off, keeping what was written', () => {
    let draft = setQuizText(emptyDraft(), 'title', 'fr', 'Titre');
    draft = setLanguage(draft, 'fr', true);
    expect(draft.languages).toEqual(['ar', 'fr']);
    expect(buildQuiz(draft).title).toEqual({ ar: '', fr: 'Titre' });
    draft = setLanguage(draft, 'fr', false);
    expect(buildQuiz(draft).title).toBe('');
    expect(draft.texts.title.fr).toBe('Titre');
    expect(setLanguage(draft, 'ar', false).languages).toEqual(['ar']);
  });

  it('embeds a small picture from the computer, and names a larger one after the quiz', () => {
    const small = {
      kind: 'file' as const,
      name: 'Ma salle.SVG',
      type: 'image/svg+xml',
      size: 204,
      dataUrl: 'data:image/svg+xml;base64,AAAA',
    };
    expect(pictureSrc({ id: 'salle', picture: small })).toBe(small.dataUrl);
    const large = { kind: 'file' as const, name: 'IMG_2024.JPEG', type: '', size: EMBED_LIMIT + 1 };
    expect(pictureSrc({ id: 'salle', picture: large })).toBe('salle.jpg');
    expect(pictureFileName('Not valid!', { name: 'x.webp', type: 'image/webp' })).toBe('quiz.webp');
    expect(pictureSrc({ id: 'salle', picture: { kind: 'url', url: ' https://example.org/a.png ' } })).toBe(
      'https://example.org/a.png',
    );
  });

  it('passes npm run validate with an embedded picture', async () => {
    const dataUrl = `data:image/svg+xml;base64,${roomSvg.toString('base64')}`;
    expect(
      await validate(written({ kind: 'file', name: 'room.svg', type: 'image/svg+xml', size: roomSvg.length, dataUrl })),
    ).toEqual([]);
  });

  it('passes npm run validate with the picture saved beside the quiz under the name it gives', async () => {
    const draft = {
      ...written({ kind: 'file', name: 'big room.svg', type: 'image/svg+xml', size: EMBED_LIMIT * 2 }),
      id: 'grande-salle',
    };
    expect(pictureSrc(draft)).toBe('grande-salle.svg');
    const [missing, ...others] = await validate(draft);
    expect(missing).toMatch(
      /^grande-salle\.json:\d+:\d+: image › src: The picture "grande-salle\.svg" is not there \(looked for grande-salle\.svg\)/,
    );
    expect(others).toEqual([]);
    expect(await validate(draft, { 'grande-salle.svg': roomSvg })).toEqual([]);
  });

  it('passes npm run validate in three languages', async () => {
    await copyFile(join(fixtures, 'room.svg'), join(dir, 'room.svg'));
    expect(await validate(written({ kind: 'url', url: 'room.svg' }, ['ar', 'fr', 'en']))).toEqual([]);
  });

  it('writes every quiz in quizzes/ back as it is (meeting-room.json to the byte)', async () => {
    const names = (await readdir(join(root, 'quizzes'))).filter((n) => n.endsWith('.json') && n !== 'index.json');
    expect(names).toContain('meeting-room.json');
    for (const name of names) {
      const text = await readFile(join(root, 'quizzes', name), 'utf8');
      const { draft, dropped } = draftFromData(JSON.parse(text));
      expect(dropped, name).toEqual([]);
      expect(JSON.parse(quizJson(draft)), name).toEqual(JSON.parse(text));
      // Same keys in the same order (a reopened quiz diffs cleanly); numbers may lose a trailing ".0".
      expect(Object.keys(buildQuiz(draft)), name).toEqual(Object.keys(JSON.parse(text)));
      if (name === 'meeting-room.json') expect(quizJson(draft)).toBe(text);
    }
  });

  it('passes npm run validate with the file the browser test downloaded (test/fixtures/author-download.json)', async () => {
    const file = join(fixtures, 'author-download.json');
    expect(await validateQuizFile(file, root)).toEqual([]);
    const quiz = JSON.parse(await readFile(file, 'utf8'));
    expect(quiz.chairs).toHaveLength(3);
    expect(quiz.image.src).toMatch(/^data:image\/svg\+xml;base64,/);
  });
});

describe('author page: opening a quiz file', () => {
  it('opens whatever it can of a broken file, chairs in the order of their numbers', () => {
    const { draft, dropped } = draftFromData({
      id: 'x',
      colour: 'red',
      title: 'غرفة',
      languages: ['ar', 'fr', 7],
      image: { src: 'room.png', alt: { ar: 'وصف', fr: 42 }, width: -1 },
      chairs: [{ number: 2, x: 10, title: { fr: 'Deux' } }, 'nonsense', { number: 1, y: 70, size: 3 }],
    });
    expect(dropped).toEqual(['colour', 'chairs[2].size']);
    expect(draft.languages).toEqual(['ar', 'fr']);
    expect(draft.texts.title).toEqual({ ar: 'غرفة' });
    expect(draft.alt).toEqual({ ar: 'وصف' });
    expect(draft.picture).toEqual({ kind: 'url', url: 'room.png' });
    expect(draft.width).toBeUndefined();
    expect(draft.chairs.map((c) => [c.x, c.y])).toEqual([
      [50, 70],
      [10, 50],
      [50, 50],
    ]);
    expect(draft.chairs[1].texts.title).toEqual({ fr: 'Deux' });
  });

  it('opens anything at all as a new quiz', () => {
    for (const data of [null, 3, 'text', [], { chairs: 'no' }]) {
      const { draft } = draftFromData(data);
      expect(draft.chairs).toEqual([]);
      expect(draft.lang).toBe('ar');
    }
  });

  it('keeps an embedded picture as a picture from the computer, with its size', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>';
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    const { draft } = draftFromData({ id: 'salle', image: { src } });
    expect(draft.picture).toEqual({
      kind: 'file',
      name: 'salle.svg',
      type: 'image/svg+xml',
      size: svg.length,
      dataUrl: src,
    });
    expect(pictureSrc(draft)).toBe(src);
    expect(dataUrlBytes(`data:image/svg+xml,${encodeURIComponent('<svg>é</svg>')}`)).toBe(13);
  });
});
