import { describe, expect, it } from 'vitest';
import { MAX_CHAIRS, parseQuiz } from '../../src/quiz/schema.js';
import { fieldLabel, problemMessage } from '../../demo/author/describe.js';
import {
  buildQuiz,
  emptyChair,
  emptyDraft,
  setChairText,
  setLanguage,
  setPicture,
  setQuizText,
  type Draft,
} from '../../demo/author/draft.js';
import { placeholderPicture, previewQuiz, quizProblems } from '../../demo/author/preview.js';
import {
  byField,
  chairOfField,
  classify,
  fieldFor,
  readProblems,
  showsUntouched,
  splitProblem,
} from '../../demo/author/problems.js';
import { PAGE_LANGS, strings } from '../../demo/author/strings.js';

const ar = { lang: 'ar', languages: ['ar'] };
const arFr = { lang: 'ar', languages: ['ar', 'fr'] };

/** Two chairs far apart, every required text written, a picture: a valid quiz to break in one way at a time. */
function valid(): Draft {
  let d: Draft = setPicture(
    { ...emptyDraft(), id: 'salle' },
    { kind: 'url', url: 'room.svg' },
    { width: 400, height: 300 },
  );
  d = { ...d, chairs: [emptyChair({ x: 30, y: 50 }), emptyChair({ x: 70, y: 50 })], alt: { ar: 'وصف' } };
  d = setQuizText(setQuizText(d, 'title', 'ar', 'عنوان'), 'question', 'ar', 'سؤال');
  for (const i of [0, 1])
    for (const n of ['place', 'title', 'description', 'leadership', 'collaboration'] as const)
      d = setChairText(d, i, n, 'ar', 'نص');
  return d;
}

/** A written chair (its texts filled in) at (x, y). */
const at = (x: number, y: number) => ({ ...valid().chairs[0], x, y });

const lines = (data: unknown) => {
  const r = parseQuiz(data);
  return r.ok ? [] : r.problems;
};

describe('author page: reading the schema’s problems', () => {
  it.each([
    ['chairs[2].title.fr: must not be empty, got ""', ['chairs', 2, 'title', 'fr'], 'must not be empty, got ""'],
    ['image.src: expected the picture file name or URL', ['image', 'src'], 'expected the picture file name or URL'],
    ['(the whole file): unknown field "colour"', [], 'unknown field "colour"'],
    [
      'chairs[0].scores["team: spirit"]: unknown trait "team: spirit"',
      ['chairs', 0, 'scores', 'team: spirit'],
      'unknown trait "team: spirit"',
    ],
  ])('splits %s into its path and message', (line, path, message) => {
    expect(splitProblem(line)).toEqual({ path, message });
  });

  it.each([
    [['id'], '', ar, 'id'],
    [['languages', 1], '', ar, 'languages'],
    [['title'], 'must not be empty', ar, 'quiz:title:ar'],
    [['title', 'fr'], 'must not be empty', arFr, 'quiz:title:fr'],
    [['intro'], 'is missing the "fr" translation', arFr, 'quiz:intro:fr'],
    [['image', 'alt'], 'must not be empty', ar, 'alt:ar'],
    [['image', 'src'], 'must not be empty', ar, 'picture'],
    [['image', 'width'], 'expected a positive number', ar, 'picture'],
    [['chairs'], 'expected at least 2 chairs', ar, 'chairs'],
    [['chairs', 3], 'chair 4 is too close to chair 1', ar, 'chair:3:position'],
    [['chairs', 3, 'x'], 'expected a number from 0 to 100', ar, 'chair:3:position'],
    [['chairs', 3, 'number'], 'duplicate chair number 2', ar, 'chair:3:number'],
    [['chairs', 0, 'tip', 'fr'], 'must not be empty', arFr, 'chair:0:tip:fr'],
    [['chairs', 0, 'tip'], 'is missing the "en" translation', arFr, 'chair:0:tip:en'],
    [['chairs', 0, 'scores', 'x'], 'unknown trait "x"', ar, 'chair:0:other'],
    [['traits', 0, 'id'], '', ar, 'general'],
    [['traits', 1, 'opposite', 'fr'], 'is too long: at most 40 characters', arFr, 'trait:1:opposite:fr'],
    [['traits', 1, 'label'], 'must not be empty', ar, 'trait:1:label:ar'],
    [['chairs', 2, 'headline'], 'is too long: at most 90 characters', ar, 'chair:2:headline:ar'],
    [[], 'unknown field "colour"', ar, 'general'],
  ] as const)('puts a problem at %j next to the right field', (path, message, langs, field) => {
    expect(fieldFor([...path], message, langs)).toBe(field);
  });

  it('knows which chair a field belongs to', () => {
    expect(chairOfField('chair:12:title:fr')).toBe(12);
    expect(chairOfField('quiz:title:ar')).toBeUndefined();
  });

  /** One broken quiz per kind of rule the schema has; every message must be understood, in every page language. */
  const broken: [string, () => unknown][] = [
    ['a new quiz', () => buildQuiz(emptyDraft())],
    ['too close', () => buildQuiz({ ...valid(), chairs: [at(30, 50), at(32, 50)] })],
    ['near the edge', () => buildQuiz({ ...valid(), chairs: [at(1, 50), at(70, 98)] })],
    ['too long', () => buildQuiz(setQuizText(valid(), 'title', 'ar', 'ع'.repeat(81)))],
    ['bad id', () => buildQuiz({ ...valid(), id: 'Ma Salle' })],
    ['bad picture address', () => buildQuiz({ ...valid(), picture: { kind: 'url', url: 'javascript:alert(1)' } })],
    [
      'too many chairs',
      () => buildQuiz({ ...valid(), chairs: Array.from({ length: MAX_CHAIRS + 1 }, (_, i) => valid().chairs[i % 2]) }),
    ],
    [
      'outside',
      () => ({
        ...(buildQuiz(valid()) as object),
        chairs: [{ ...(buildQuiz(valid()).chairs as object[])[0], x: 140 }, (buildQuiz(valid()).chairs as object[])[1]],
      }),
    ],
    ['plain texts in a quiz of two languages', () => ({ ...(buildQuiz(valid()) as object), languages: ['ar', 'fr'] })],
    [
      'missing translation',
      () => ({ ...(buildQuiz(valid()) as object), languages: ['ar', 'fr'], title: { ar: 'عنوان' } }),
    ],
    ['a language turned on, texts not translated yet', () => buildQuiz(setLanguage(valid(), 'fr', true))],
    [
      'numbering',
      () => ({
        ...(buildQuiz(valid()) as object),
        chairs: (buildQuiz(valid()).chairs as object[]).map((c) => ({ ...c, number: 1 })),
      }),
    ],
    [
      'unknown trait',
      () => ({
        ...(buildQuiz(valid()) as object),
        chairs: (buildQuiz(valid()).chairs as object[]).map((c) => ({ ...c, scores: { x: 1 } })),
      }),
    ],
    [
      'bad score',
      () => ({
        ...(buildQuiz(valid()) as object),
        chairs: (buildQuiz(valid()).chairs as object[]).map((c) => ({ ...c, scores: { y: 140 } })),
      }),
    ],
    [
      'version, unknown field, languages',
      () => ({ ...(buildQuiz(valid()) as object), version: 2, colour: 'red', languages: ['fr'] }),
    ],
    ['no version', () => ({ ...(buildQuiz(valid()) as object), version: undefined })],
    ['bad language code', () => ({ ...(buildQuiz(valid()) as object), lang: 'Arabic!' })],
    ['undeclared language', () => ({ ...(buildQuiz(valid()) as object), title: { ar: 'عنوان', de: 'Titel' } })],
    ['a missing text and a bad noun', () => ({ ...(buildQuiz(valid()) as object), title: undefined, noun: 'bench' })],
    ['picture size', () => ({ ...(buildQuiz(valid()) as object), image: { src: 'room.svg', alt: 'وصف', width: -4 } })],
  ];

  it.each(broken)('understands every message the schema gives for %s, in Arabic, French and English', (what, make) => {
    const problemLines = lines(make());
    if (what === 'too close')
      expect(problemLines).toEqual([
        'chairs[1]: chair 2 is too close to chair 1: 6 px apart at 320 px wide, at least 28 px needed to tap them apart',
      ]);
    expect(problemLines.length).toBeGreaterThan(0);
    for (const problem of readProblems(problemLines, arFr)) {
      expect(problem.kind, problem.line).not.toBe('other');
      for (const lang of PAGE_LANGS) {
        const text = problemMessage(problem, strings(lang));
        expect(text, `${lang}: ${problem.line}`).not.toMatch(/undefined|NaN|\[object/);
        expect(fieldLabel(problem.field, strings(lang), true)).not.toMatch(/undefined/);
      }
    }
  });

  it('has met every kind of problem in the cases above (so each wording is checked)', () => {
    const kinds = new Set(broken.flatMap(([, make]) => readProblems(lines(make()), arFr).map((p) => p.kind)));
    expect([...kinds].sort()).toEqual(
      [
        'empty',
        'fewChairs',
        'idPattern',
        'languages',
        'manyChairs',
        'missingText',
        'missingTranslation',
        'nearEdge',
        'noPicture',
        'noun',
        'numbering',
        'outside',
        'pictureScheme',
        'pictureSize',
        'score',
        'tooClose',
        'tooLong',
        'unknownField',
        'unknownTrait',
        'version',
      ].sort(),
    );
  });

  it('says what is wrong with the numbers from the message', () => {
    const [close] = readProblems(lines(buildQuiz({ ...valid(), chairs: [at(30, 50), at(32, 50)] })), ar);
    expect(close).toMatchObject({ field: 'chair:1:position', kind: 'tooClose', values: { chair: 2, other: 1 } });
    expect(problemMessage(close, strings('en'))).toBe(
      'Chair 2 is too close to chair 1: on a phone, nobody could tap one without the other. Move them a little further apart.',
    );
    const [edge] = readProblems(lines(buildQuiz({ ...valid(), chairs: [at(2, 50), at(70, 50)] })), ar);
    expect(edge).toMatchObject({ kind: 'nearEdge', values: { chair: 1, marginX: 5, marginY: 6 } });
    expect(problemMessage(edge, strings('ar'))).toContain('الكرسي 1 قريب جدًا من حافة الصورة');
    const [long] = readProblems(lines(buildQuiz(setQuizText(valid(), 'title', 'ar', 'ع'.repeat(81)))), ar);
    expect(problemMessage(long, strings('fr'))).toBe('Texte trop long : 80 caractères au plus.');
    expect(classify('something new the schema says one day')).toEqual({
      kind: 'other',
      values: { message: 'something new the schema says one day' },
    });
  });

  it('labels fields for the summary, naming the language only when the quiz has several', () => {
    expect(fieldLabel('chair:2:title:fr', strings('ar'), true)).toBe('الكرسي 3 · عنوان النتيجة (Français)');
    expect(fieldLabel('chair:2:title:ar', strings('fr'), false)).toBe('Chaise 3 · Titre du résultat');
    expect(fieldLabel('chair:0:position', strings('en'), false)).toBe('Chair 1 · Place on the picture');
    expect(fieldLabel('alt:en', strings('en'), true)).toBe(
      'Description of the picture for people who cannot see it (English)',
    );
    expect(fieldLabel('picture', strings('en'), true)).toBe('Picture');
    expect(fieldLabel('trait:1:opposite:fr', strings('en'), true)).toBe('Trait 2 · Other end (Français)');
    expect(fieldLabel('chair:0:headline:ar', strings('fr'), false)).toBe('Chaise 1 · Phrase du résultat');
  });

  it('waits for a field to be used before calling it empty, but says at once where a chair is wrong', () => {
    const draft = { ...emptyDraft(), chairs: [emptyChair({ x: 50, y: 50 }), emptyChair({ x: 50, y: 50 })] };
    // The schema names every problem at once: the chairs' spacing even while texts are missing…
    expect(lines(buildQuiz(draft)).some((l) => l.includes('too close'))).toBe(true);
    // …and so does the page's own list, from the preview's quiz too.
    const problems = readProblems(quizProblems(draft), ar);
    const map = byField(problems);
    expect(map.get('quiz:title:ar')!.every(showsUntouched)).toBe(false);
    expect(problems.find((p) => p.kind === 'tooClose')).toBeDefined();
    expect(problems.filter(showsUntouched).map((p) => p.kind)).toEqual(['tooClose']);
  });
});

describe('author page: the live preview’s quiz', () => {
  it('shows a quiz still being written, with placeholders for the texts not written yet', () => {
    const draft = {
      ...emptyDraft(),
      id: 'Not Valid Yet',
      languages: ['ar', 'fr'],
      chairs: [emptyChair({ x: 30, y: 50 }), emptyChair({ x: 70, y: 50 })],
    };
    const quiz = previewQuiz(setQuizText(draft, 'title', 'ar', 'عنوان'), placeholderPicture(), '…');
    expect(parseQuiz(quiz).ok).toBe(true);
    expect(quiz.id).toBe('preview');
    expect(quiz.title).toEqual({ ar: 'عنوان', fr: '…' });
    expect((quiz.chairs as { title: unknown }[])[1].title).toEqual({ ar: '…', fr: '…' });
    expect((quiz.image as { src: string }).src).toMatch(/^data:image\/svg\+xml,/);
  });

  it('patches texts that are too long, but never moves chairs', () => {
    const long = setQuizText(valid(), 'question', 'ar', 'س'.repeat(200));
    expect(previewQuiz(long, 'https://example.org/room.png', '…').question).toBe('…');
    const close = { ...valid(), chairs: [emptyChair({ x: 30, y: 50 }), emptyChair({ x: 31, y: 50 })] }; // texts not written: patched
    const result = parseQuiz(previewQuiz(close, 'https://example.org/room.png', '…'));
    expect(!result.ok && result.problems).toEqual([
      'chairs[1]: chair 2 is too close to chair 1: 3 px apart at 320 px wide, at least 28 px needed to tap them apart',
    ]);
  });
});
