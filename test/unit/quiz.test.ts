import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQuiz } from '../../src/quiz/schema.js';

const builtIn = JSON.parse(readFileSync(new URL('../../quizzes/meeting-room.json', import.meta.url), 'utf8'));

/** A small valid quiz in Arabic only, to break one thing at a time. */
const small = () => ({
  version: 1,
  id: 'small',
  title: 'غرفة صغيرة',
  question: 'أيّ كرسي تختار؟',
  image: { src: 'room.svg', alt: 'غرفة فيها ثلاثة كراسٍ', width: 800, height: 600 },
  chairs: [1, 2, 3].map((number) => ({
    number,
    x: 20 * number,
    y: 50,
    place: `المكان ${number}`,
    title: `العنوان ${number}`,
    description: 'وصف قصير.',
    leadership: 'قيادة.',
    collaboration: 'تعاون.',
  })),
});

const problemsOf = (data: unknown) => {
  const result = parseQuiz(data);
  if (result.ok) throw new Error('expected the quiz to be refused');
  return result.problems;
};

describe('the quiz schema', () => {
  it('accepts the built-in quiz', () => {
    const result = parseQuiz(builtIn);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.quiz.chairs).toHaveLength(10);
  });

  it('accepts a small Arabic-only quiz and defaults its language to Arabic', () => {
    const result = parseQuiz(small());
    expect(result.ok && result.quiz.lang).toBe('ar');
  });

  // Each row breaks one thing and names the exact message an author sees.
  const cases: [string, (q: ReturnType<typeof small> & Record<string, any>) => void, string[]][] = [
    ['a chair outside 0…100', (q) => (q.chairs[2].x = 140), ['chairs[2].x: expected a number from 0 to 100, got 140']],
    [
      'a position that is not a number',
      (q) => ((q.chairs[0] as any).y = '50%'),
      ['chairs[0].y: expected a number from 0 to 100, got "50%"'],
    ],
    [
      'a missing required text',
      (q) => delete (q.chairs[1] as any).title,
      [
        'chairs[1].title: expected a text: a string, or an object of translations such as {"ar": "…", "fr": "…"}, got nothing',
      ],
    ],
    [
      'an empty text',
      (q) => (q.chairs[1].description = '   '),
      ['chairs[1].description: must not be empty, got "   "'],
    ],
    [
      'an empty translation',
      (q) => ((q as any).title = { ar: 'عنوان', en: '' }),
      ['title.en: must not be empty, got ""', 'title.en: is a language the quiz does not declare in "languages" (ar)'],
    ],
    [
      'a translation in an undeclared language',
      (q) => ((q as any).title = { ar: 'عنوان', fe: 'titre' }),
      ['title.fe: is a language the quiz does not declare in "languages" (ar)'],
    ],
    [
      'a text too long for the card',
      (q) => (q.chairs[0].title = 'ك'.repeat(61)),
      [`chairs[0].title: is too long: at most 60 characters, got "${'ك'.repeat(40)}…"`],
    ],
    [
      'a misspelt field',
      (q) => ((q.chairs[0] as any).tittle = 'x'),
      ['chairs[0]: unknown field "tittle" (check the spelling; see docs/authoring.md for the fields)'],
    ],
    [
      'an unknown version',
      (q) => ((q as any).version = 2),
      ['version: expected 1: this component reads version 1 of the quiz format, got 2'],
    ],
    ['no version', (q) => delete (q as any).version, ['version: is missing: add "version": 1, got nothing']],
    [
      'a javascript: picture',
      (q) => (q.image.src = 'javascript:alert(1)'),
      [
        'image.src: expected a relative path, an http(s) URL or a data:image/… URL (other schemes such as javascript: are refused), got "javascript:alert(1)"',
      ],
    ],
    [
      'a data: URL that is not an image',
      (q) => (q.image.src = 'data:text/html,<script>alert(1)</script>'),
      [
        'image.src: expected a relative path, an http(s) URL or a data:image/… URL (other schemes such as javascript: are refused), got "data:text/html,<script>alert(1)</script>"',
      ],
    ],
    [
      'a bad id',
      (q) => (q.id = 'Meeting Room'),
      ['id: expected lowercase letters, digits and dashes, like "meeting-room", got "Meeting Room"'],
    ],
    ['one chair only', (q) => q.chairs.splice(1), ['chairs: expected at least 2 chairs, got a list of 1']],
    [
      'a duplicate chair number',
      (q) => (q.chairs[2].number = 2),
      ['chairs[2].number: duplicate chair number 2 (chair 2 in the list has it too)'],
    ],
    [
      'chairs not numbered 1…N',
      (q) => (q.chairs[2].number = 7),
      ['chairs[2].number: expected 3: chairs are numbered 1 to 3 in the order they are listed, got 7'],
    ],
    [
      'a fractional chair number',
      (q) => (q.chairs[2].number = 2.5),
      ['chairs[2].number: expected a whole number from 1, got 2.5'],
    ],
    [
      'chairs too close to tap apart',
      (q) => (q.chairs[1].x = 22),
      [
        'chairs[1]: chair 2 is too close to chair 1: 6 px apart at 320 px wide, at least 28 px needed to tap them apart',
      ],
    ],
    [
      'a chair on the edge',
      (q) => (q.chairs[0].x = 1),
      [
        'chairs[0]: chair 1 is too close to the edge of the picture: at 320 px wide its marker would stick out (keep its centre 5% from the left and right edges and 6% from the top and bottom)',
      ],
    ],
    [
      'a missing translation',
      (q) => {
        (q as any).languages = ['ar', 'fr'];
        for (const key of ['title', 'question'] as const) (q as any)[key] = { ar: 'نص', fr: 'texte' };
        q.image.alt = { ar: 'غرفة', fr: 'salle' } as any;
        for (const c of q.chairs)
          for (const k of ['place', 'title', 'description', 'leadership', 'collaboration'] as const)
            (c as any)[k] = { ar: 'نص', fr: 'texte' };
        (q.chairs[1] as any).leadership = { ar: 'قيادة' };
      },
      ['chairs[1].leadership: is missing the "fr" translation'],
    ],
    [
      'a score for an undeclared trait',
      (q) => ((q.chairs[0] as any).scores = { courage: 50 }),
      ['chairs[0].scores.courage: unknown trait "courage": declare it in "traits"'],
    ],
  ];
  it.each(cases)('refuses %s with a message naming the field', (_name, breakIt, expected) => {
    const quiz = small();
    breakIt(quiz as any);
    expect(problemsOf(quiz)).toEqual(expected);
  });

  it('refuses things that are not a quiz at all', () => {
    expect(problemsOf(null)).toEqual(['(the whole file): expected object, got null']);
    expect(problemsOf([1, 2])[0]).toBe('(the whole file): expected object, got a list of 2');
  });

  it('leaves the layout rules to authors: the component accepts close chairs and large generated quizzes', () => {
    const close = small();
    close.chairs[1].x = 21;
    expect(parseQuiz(close).ok).toBe(false);
    expect(parseQuiz(close, { layout: false }).ok).toBe(true);
    const big = small();
    big.chairs = Array.from({ length: 1000 }, (_, i) => ({
      ...big.chairs[0],
      number: i + 1,
      x: (i % 40) * 2.5 + 1,
      y: Math.floor(i / 40) * 4 + 1,
    }));
    expect(parseQuiz(big, { layout: false }).ok).toBe(true);
    big.chairs.push({ ...big.chairs[0], number: 1001 });
    expect(problemsOf(big)).toEqual(['chairs: expected at most 1000 chairs, got a list of 1001']);
  });

  it('reports every problem at once, not just the first', () => {
    const quiz = small();
    quiz.chairs[0].x = -5;
    quiz.chairs[2].title = '';
    expect(problemsOf(quiz)).toHaveLength(2);
  });
});
