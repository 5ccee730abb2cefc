/**
 * The JSON Schema for editors (schema/quiz.schema.json), checked by an independent validator (ajv) against the
 * component's own rules: it never refuses a file the validator accepts, it refuses what a per-field rule can say,
 * and the rules it cannot say — the whole-file ones, which only `npm run validate` checks — are exactly the ones
 * docs/authoring.md names.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { quizSchemaJson, quizSchemaText, SCHEMA_ID } from '../../scripts/schema-json.js';
import { readJson } from '../../scripts/json-syntax.js';
import { checkQuizFile } from '../../scripts/validate-quiz.js';
import { parseQuiz } from '../../src/quiz/schema.js';

const root = new URL('../../', import.meta.url).pathname;
const broken = join(root, 'test/fixtures/broken');
const docs = () => readFile(join(root, 'docs/authoring.md'), 'utf8');

/** ajv, knowing the two keywords VS Code reads (messages and value descriptions), which are not validation. */
function editorValidator() {
  const ajv = new Ajv2020({ allErrors: true });
  ajv.addVocabulary(['patternErrorMessage', 'markdownEnumDescriptions']);
  return ajv.compile(JSON.parse(quizSchemaText()));
}

/**
 * What only the validator checks, by problem kind, and the words docs/authoring.md uses for it in its list
 * "What only npm run validate checks".
 */
const VALIDATOR_ONLY: Record<string, string> = {
  idFileName: 'the id is the file name',
  numbering: 'numbered 1, 2, 3… in the order they are listed',
  nearEdge: 'inside the picture',
  tooClose: 'far enough apart',
  missingTranslation: 'every declared language in every text',
  manyPlainTexts: 'every declared language in every text',
  unknownTrait: 'scores name declared traits',
  pictureMissing: 'the picture is there',
  pictureOutside: 'in the quiz’s folder',
  pictureBadAddress: 'a well-formed address',
  pictureUnknownFormat: 'SVG, PNG, JPEG, GIF, WebP or AVIF',
  pictureNoSize: '`width` and `height` are given',
  svgNoSize: '`width` and `height` are given',
  pictureRatio: 'match the picture’s real aspect ratio',
  svgUnsafe: 'no scripts',
  notUtf8: 'saved as UTF-8',
};

describe('the JSON Schema for editors', () => {
  it('is up to date with the zod schema (run `npm run schema` when this fails)', async () => {
    expect(await readFile(join(root, 'schema/quiz.schema.json'), 'utf8')).toBe(quizSchemaText());
  });

  it('describes every field, and has an $id for files anywhere', () => {
    const schema = quizSchemaJson();
    expect(schema.$id).toBe(SCHEMA_ID);
    const undescribed: string[] = [];
    const walk = (node: any, path: string) => {
      for (const [name, field] of Object.entries<any>(node.properties ?? {})) {
        if (!field.description) undescribed.push(`${path}${name}`);
        walk(field, `${path}${name}.`);
        if (field.items) walk(field.items, `${path}${name}[].`);
      }
    };
    walk(schema, '');
    expect(undescribed).toEqual([]);
    // Every pattern has a message for people, instead of `String does not match the pattern of "\S"`.
    const bare: string[] = [];
    const patterns = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (typeof n.pattern === 'string' && !n.patternErrorMessage) bare.push(path);
      for (const [k, v] of Object.entries(n)) patterns(v, `${path}/${k}`);
    };
    patterns(schema, '');
    expect(bare).toEqual([]);
  });

  it('suggests common language codes without refusing others', () => {
    const validate = editorValidator();
    const lang = quizSchemaJson().properties.lang;
    expect(lang.examples).toEqual(expect.arrayContaining(['ar', 'fr', 'en', 'zgh']));
    return readFile(join(root, 'test/fixtures/small.json'), 'utf8').then((text) => {
      const quiz = JSON.parse(text);
      expect(validate({ ...quiz, lang: 'ber' }), 'ber').toBe(true);
      expect(validate({ ...quiz, lang: 'Arabic' }), 'Arabic').toBe(false);
    });
  });

  it('is referenced by every quiz in quizzes/', async () => {
    const names = (await readdir(join(root, 'quizzes'))).filter((n) => n.endsWith('.json'));
    expect(names).toContain('meeting-room.json');
    for (const name of names) {
      expect(JSON.parse(await readFile(join(root, 'quizzes', name), 'utf8')).$schema).toBe(
        '../schema/quiz.schema.json',
      );
    }
  });
});

describe('the JSON Schema beside npm run validate, on the corpus of broken files', () => {
  it('never refuses what the validator accepts, and leaves to it exactly the whole-file rules the docs name', async () => {
    const validate = editorValidator();
    const onlyValidator = new Set<string>();
    const refusedByBoth: string[] = [];
    for (const name of (await readdir(broken)).filter((n) => n.endsWith('.json')).sort()) {
      const json = readJson((await readFile(join(broken, name), 'utf8')).replace(/^\uFEFF/, ''));
      if (!json.ok) continue; // not JSON: an editor says so itself
      const problems = (await checkQuizFile(join(broken, name))).filter((p) => !p.warning);
      const schemaAccepts = validate(json.data);
      if (!schemaAccepts) {
        expect(problems, `${name}: the schema refuses it, the validator accepts it`).not.toEqual([]);
        refusedByBoth.push(name);
      } else {
        for (const p of problems) onlyValidator.add(p.kind);
      }
    }
    expect([...onlyValidator].sort()).toEqual(Object.keys(VALIDATOR_ONLY).sort());
    // The per-field rules a schema can say, it says: URL schemes, non-empty translations, ids, the noun.
    expect(refusedByBoth).toEqual(
      expect.arrayContaining([
        'javascript-picture.json',
        'empty-translations.json',
        'bad-id.json',
        'bad-noun.json',
        'unknown-field.json',
        'position-out.json',
        'null.json',
      ]),
    );
  });

  it('is named, rule by rule, in docs/authoring.md', async () => {
    const text = await docs();
    const section = /## What only `npm run validate` checks\n([\s\S]*?)\n## /.exec(text)?.[1] ?? '';
    const words = section.replace(/\s+/g, ' ');
    for (const rule of new Set(Object.values(VALIDATOR_ONLY))) expect(words, rule).toContain(rule);
  });
});

describe('docs/authoring.md', () => {
  it('has examples that validate: every JSON block that is a whole quiz passes the schema, and ajv agrees', async () => {
    const validate = editorValidator();
    const blocks = [...(await docs()).matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks.length).toBeGreaterThan(2);
    let quizzes = 0;
    for (const block of blocks) {
      // A fragment such as `"title": "…"` is shown as it sits in a file: read it inside an object.
      const data = JSON.parse(block.trim().startsWith('{') ? block : `{${block}}`);
      if (!('version' in data)) continue;
      quizzes++;
      const result = parseQuiz(data);
      expect(result.ok ? [] : result.problems).toEqual([]);
      expect(validate(data)).toBe(true);
    }
    expect(quizzes).toBeGreaterThan(0);
  });
});
