/**
 * The component's quick check (src/quiz/quick-check.ts) must accept exactly the files the zod schema accepts, and give
 * the same quiz back: otherwise a page would show a quiz that `npm run validate` refuses, or refuse one with no
 * reason to give. Both run here on every real quiz and on thousands of broken variants of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { quizSchemaText } from '../../scripts/schema-json.js';
import { parseQuiz, quizJsonSchema } from '../../src/quiz/schema.js';
import { checkQuiz } from '../../src/quiz/quick-check.js';
import { TEXT_FIELDS } from '../../src/quiz/format.js';

type Json = unknown;
const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
const read = (url: URL) => JSON.parse(readFileSync(url, 'utf8'));

const quizzesDir = new URL('../../quizzes/', import.meta.url);
const fixturesDir = new URL('../fixtures/', import.meta.url);
/** The real quizzes, cut to three chairs (the others are alike) to keep the run short. */
const quizzes: [string, any][] = readdirSync(quizzesDir)
  .filter((n) => n.endsWith('.json') && n !== 'index.json')
  .map((n) => [n, read(new URL(n, quizzesDir))]);
const bases: [string, Json][] = [
  ...quizzes.map(([n, quiz]): [string, Json] => [n, quiz]),
  ...quizzes.map(([n, quiz]): [string, Json] => [`${n} (3 chairs)`, { ...quiz, chairs: quiz.chairs.slice(0, 3) }]),
  ...readdirSync(fixturesDir)
    .filter((n) => n.endsWith('.json') && n !== 'not-json.json')
    .map((n): [string, Json] => [`fixtures/${n}`, read(new URL(n, fixturesDir))]),
];

/** An object with an own `__proto__` key, as `JSON.parse` makes it. */
const withProto = (value: Json) => JSON.parse(`{"__proto__": ${JSON.stringify(value)}}`);

const lengths = [0, 1, 40, 41, 60, 61, 80, 81, 160, 161, 200, 201, 220, 221, 300, 301, 400, 401];
const values: Json[] = [
  undefined,
  null,
  true,
  false,
  0,
  -1,
  0.5,
  1,
  2,
  3,
  1.5,
  99.99,
  100,
  100.5,
  140,
  -0.01,
  1e300,
  2 ** 53,
  '',
  ' ',
  '\n',
  'x',
  'ar',
  'fr',
  'AR',
  'ar-MA',
  'zgh',
  'Meeting Room',
  'meeting-room',
  '-a',
  'room.svg',
  'javascript:alert(1)',
  ' JAVASCRIPT:x',
  'data:text/html,<b>x</b>',
  'data:image/svg+xml,<svg/>',
  'data:image/png;base64,AA',
  'https://example.org/a.png',
  'http:x',
  'ftp://x/y.png',
  '<img src=x onerror=alert(1)>',
  ...lengths.map((n) => 'ك'.repeat(n)),
  // Emoji are one character each for zod and JSON Schema (code points), two UTF-16 units: the quick check must agree.
  ...[39, 40, 41, 60, 61].map((n) => '😀'.repeat(n)),
  `${'ك'.repeat(59)}😀`,
  `${'ك'.repeat(60)}😀`,
  '\uD83D'.repeat(61),
  '👩🏽‍🌾'.repeat(12),
  'chair',
  'seat',
  'place',
  'Chair',
  'bench',
  [],
  [1],
  ['ar'],
  ['ar', 'fr'],
  ['fr'],
  ['AR'],
  [{}],
  {},
  { ar: '' },
  { ar: ' ' },
  { ar: 'x' },
  { fr: 'x' },
  { ar: 'x', fr: 'y' },
  { ar: 'x', fr: 'y', en: 'z' },
  { AR: 'x' },
  { ar: 1 },
  { ar: 'ك'.repeat(61) },
  withProto('x'),
  { constructor: 'x' },
  { toString: 1 },
  { initiative: 50 },
  { initiative: 101 },
];
// (`intro?` and the like: the quick check spells optional fields with a "?", which a file must not use.)
const extraKeys = [
  'tittle',
  'constructor',
  'toString',
  'hasOwnProperty',
  '__proto__',
  '',
  'title?',
  'intro?',
  'lang?',
  'tip?',
  'width?',
  'scores?',
  'traits?',
];

/** Every path to a value inside `data`, in the first two and the last items of each list (the others are alike). */
function paths(data: Json, path: (string | number)[] = []): (string | number)[][] {
  const out = [path];
  if (Array.isArray(data))
    data.forEach((v, i) => (i < 2 || i === data.length - 1) && out.push(...paths(v, [...path, i])));
  else if (data && typeof data === 'object')
    for (const k of Object.keys(data)) out.push(...paths((data as Record<string, Json>)[k], [...path, k]));
  return out;
}

function edit(data: Json, path: (string | number)[], change: (parent: any, key: string | number) => void): Json {
  const copy = clone(data);
  if (!path.length) return copy;
  let parent: any = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  change(parent, path[path.length - 1]);
  return copy;
}
const setAt = (data: Json, path: (string | number)[], value: Json) =>
  path.length
    ? edit(data, path, (p, k) =>
        Object.defineProperty(p, k, { value: clone(value), enumerable: true, writable: true, configurable: true }),
      )
    : clone(value);
const deleteAt = (data: Json, path: (string | number)[]) =>
  edit(data, path, (p, k) => (Array.isArray(p) ? p.splice(Number(k), 1) : delete p[k]));

/** A seeded random, so a failure can be reproduced. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function* variants(): Generator<[string, Json]> {
  yield* bases;
  for (const whole of [null, [], 'quiz', 1, {}, []]) yield [`the whole file is ${JSON.stringify(whole)}`, whole];
  for (const [name, base] of bases.filter(([, b]) => (b as any)?.chairs?.length !== 10)) {
    for (const path of paths(base)) {
      const at = `${name} ${path.join('.')}`;
      if (path.length) yield [`${at} deleted`, deleteAt(base, path)];
      for (const value of values) yield [`${at} = ${JSON.stringify(value)?.slice(0, 40)}`, setAt(base, path, value)];
      const here = path.reduce<any>((v, k) => v[k], base);
      if (here && typeof here === 'object' && !Array.isArray(here)) {
        for (const key of extraKeys) yield [`${at} + key ${key}`, setAt(base, [...path, key], 'x')];
      }
    }
  }
  // Chair counts around the limits, numbered in order.
  const [, meeting] = quizzes[0];
  for (const count of [1, 2, 3, 999, 1000, 1001]) {
    const quiz = clone(meeting);
    quiz.chairs = Array.from({ length: count }, (_, i) => ({
      ...meeting.chairs[i % meeting.chairs.length],
      number: i + 1,
    }));
    yield [`${count} chairs`, quiz];
  }
  // Two changes at once, at random places.
  const next = random(7);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  for (let i = 0; i < 3000; i++) {
    const [name, base] = pick(bases.slice(quizzes.length));
    const all = paths(base).filter((p) => p.length);
    const first = pick(all);
    const second = pick(all);
    const once = next() < 0.3 ? deleteAt(base, first) : setAt(base, first, pick(values));
    try {
      yield [`${name} ${first.join('.')} and ${second.join('.')} (random ${i})`, setAt(once, second, pick(values))];
    } catch {
      // The first change removed the place of the second.
    }
  }
}

describe('the quick check (src/quiz/quick-check.ts)', () => {
  it('accepts exactly what the zod schema accepts, and gives the same quiz', () => {
    const differences: string[] = [];
    let accepted = 0;
    let refused = 0;
    for (const [name, data] of variants()) {
      const quick = checkQuiz(data);
      const full = parseQuiz(data, { layout: false });
      if (full.ok) accepted++;
      else refused++;
      // One difference is allowed: zod drops a "__proto__" key from a translation object, the quick check refuses
      // the file. That is safe (the component then asks zod, and shows zod's quiz) and no real quiz has one.
      const protoKey = JSON.stringify(data ?? null).includes('"__proto__"');
      if (Boolean(quick) !== full.ok && !(protoKey && !quick)) {
        differences.push(
          `${name}: quick check ${quick ? 'accepts' : 'refuses'}, zod ${full.ok ? 'accepts' : `refuses (${full.problems[0]})`}`,
        );
      } else if (quick && full.ok) {
        try {
          expect(quick).toStrictEqual(full.quiz);
        } catch {
          differences.push(`${name}: the two give different quizzes`);
        }
      }
    }
    expect(differences.slice(0, 10)).toEqual([]);
    // The corpus exercises both answers, many times each.
    expect(accepted).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(5000);
  }, 300_000); // tens of thousands of files: a corpus, not a timing (93 s measured with the machine at load 16)

  it('is never stricter in the editor: the JSON Schema (read by ajv) accepts every variant the page accepts', () => {
    const ajv = new Ajv2020({ allErrors: false });
    ajv.addVocabulary(['patternErrorMessage', 'markdownEnumDescriptions']);
    const editor = ajv.compile(JSON.parse(quizSchemaText()));
    const underlined: string[] = [];
    let accepted = 0;
    for (const [name, data] of variants()) {
      if (!checkQuiz(data)) continue;
      accepted++;
      if (!editor(data)) underlined.push(`${name}: ${JSON.stringify(editor.errors?.[0])}`);
    }
    expect(underlined.slice(0, 10)).toEqual([]);
    expect(accepted).toBeGreaterThan(500);
  }, 120_000);

  it('knows the same text fields as the zod schema', () => {
    // Walk zod's public JSON Schema of the format: a text is anyOf a string with a maxLength and an object.
    const found: Record<string, string[]> = {};
    const walk = (schema: any, where: string) => {
      for (const [name, field] of Object.entries<any>(schema.properties ?? {})) {
        const optional = !(schema.required ?? []).includes(name);
        const string = field.anyOf?.find((o: any) => o.type === 'string');
        if (string && field.anyOf.some((o: any) => o.type === 'object'))
          (found[where] ??= []).push(`${name}${optional ? '?' : ''}:${string.maxLength}`);
        else if (field.type === 'object') walk(field, name);
        else if (field.type === 'array') walk(field.items, name === 'chairs' ? 'chair' : 'trait');
      }
    };
    walk(quizJsonSchema(), 'quiz');
    const listed = Object.fromEntries(
      Object.entries(TEXT_FIELDS).map(([kind, fields]) => [
        kind,
        Object.entries(fields).map(([k, max]) => `${k}:${max}`),
      ]),
    );
    expect(found).toEqual(listed);
  });
});
