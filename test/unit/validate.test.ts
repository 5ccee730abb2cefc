import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUTHOR_LANGS } from '../../src/quiz/author-messages.js';
import { DEFAULT_MAX_BYTES } from '../../src/load.js';
import { imageSize, pictureFormat } from '../../scripts/image-size.js';
import { svgDangers } from '../../scripts/svg-safety.js';
import { checkQuizFile, PICTURE_BUDGET_BYTES, suggestId, validateQuizFile } from '../../scripts/validate-quiz.js';
import { chooseLang, reportLines, whereLabel } from '../../scripts/validate-report.js';

const root = new URL('../../', import.meta.url).pathname;
const fixtures = join(root, 'test/fixtures');
const broken = join(fixtures, 'broken');
const run = promisify(execFile);
let dir: string;
const small = async () => JSON.parse(await readFile(join(fixtures, 'small.json'), 'utf8'));

/** Writes `data` as `<dir>/<name>` (with the fixture picture beside it) and checks it. */
async function check(name: string, data: unknown) {
  await writeFile(
    join(dir, name),
    typeof data === 'string' || data instanceof Uint8Array ? data : JSON.stringify(data, null, 2),
  );
  return checkQuizFile(join(dir, name), { cwd: dir });
}
const kinds = async (name: string, data: unknown) => (await check(name, data)).map((p) => p.kind);

/** `npm run validate` itself, from a folder; resolves with the exit code and the output. */
function validate(args: string[], cwd = root, env: Record<string, string> = { LANG: 'C.UTF-8' }) {
  return run('npm', ['run', '--silent', 'validate', '--', ...args], {
    cwd,
    env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', ...env },
  }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quiz-validate-'));
  await copyFile(join(fixtures, 'room.svg'), join(dir, 'room.svg'));
});

/**
 * The corpus of broken files (test/fixtures/broken/), each with the kinds of problem it must give, in the order of
 * the file. Each is a mistake authors make; none may crash the validator or give a message without its place.
 */
export const CORPUS: Record<string, string[]> = {
  'comment.json': ['syntaxComment'],
  'trailing-comma.json': ['syntaxTrailingComma'],
  'curly-quotes.json': ['syntaxCurlyQuote'],
  'arabic-digits.json': ['syntaxArabicDigit'],
  'arabic-comma.json': ['syntaxArabicComma'],
  'missing-comma.json': ['syntaxMissingComma'],
  'single-quotes.json': ['syntaxSingleQuote'],
  'unclosed.json': ['syntaxUnclosed'],
  'not-json-html.json': ['syntaxHtml', 'syntaxUnclosed'],
  'empty.json': ['emptyFile'],
  'blank.json': ['emptyFile'],
  'binary.json': ['binaryFile'],
  'windows-1256.json': ['notUtf8'],
  'utf-16.json': ['utf16'],
  'bom.json': [],
  'percent-picture.json': ['pictureBadAddress'],
  'malformed-data-url.json': ['pictureBadAddress'],
  'malformed-data-percent.json': ['pictureBadAddress'],
  'outside-picture.json': ['pictureOutside'],
  'root-picture.json': ['pictureOutside'],
  'missing-picture.json': ['pictureMissing'],
  'raster-no-size.json': ['pictureNoSize'],
  'avif-picture.json': [],
  'svg-no-size.json': ['svgNoSize'],
  'svg-script.json': ['svgUnsafe', 'svgUnsafe', 'svgUnsafe', 'svgUnsafe'],
  'wrong-ratio.json': ['pictureRatio'],
  'Bus-Trip.json': ['idFileName'],
  'wrong-id.json': ['idFileName'],
  'javascript-picture.json': ['pictureScheme'],
  'empty-translations.json': ['empty'],
  'bad-noun.json': ['noun'],
  'unknown-field.json': ['unknownField'],
  'position-out.json': ['outside'],
  'bad-id.json': ['idPattern', 'idFileName'],
  'numbering.json': ['numbering'],
  'too-close.json': ['tooClose'],
  'near-edge.json': ['nearEdge'],
  'declared-english.json': ['manyPlainTexts'],
  'unknown-trait.json': ['unknownTrait'],
  'missing-translation.json': ['missingTranslation'],
  'unknown-format.json': ['pictureUnknownFormat'],
  'all-at-once.json': ['idFileName', 'pictureMissing', 'outside', 'tooClose', 'numbering'],
  'top-level-list.json': ['notAnObject'],
  'null.json': ['notAnObject'],
  'deep.json': ['tooDeep'],
};

describe('npm run validate: the corpus of broken files', () => {
  it('has a row for every file of the corpus', async () => {
    expect((await readdir(broken)).filter((n) => n.endsWith('.json')).sort()).toEqual(Object.keys(CORPUS).sort());
  });

  it.each(Object.entries(CORPUS))('names every problem of %s, and only those', async (name, expected) => {
    const problems = await checkQuizFile(join(broken, name), { cwd: broken });
    expect(problems.map((p) => p.kind)).toEqual(expected);
  });

  it.each(AUTHOR_LANGS)(
    'words every problem of the corpus with its place and a fix, in %s, never crashing',
    async (lang) => {
      for (const name of Object.keys(CORPUS)) {
        const lines = reportLines(name, await checkQuizFile(join(broken, name), { cwd: broken }), lang);
        const escaped = name.replace(/[.]/g, '\\.');
        for (const line of lines.slice(0, -1)) {
          expect(line, line).toMatch(new RegExp(`^${escaped}:\\d+:\\d+: \\S`));
          expect(line, line).not.toMatch(/undefined|NaN|\[object|ENOENT|EISDIR|Error:|chairs\[|got nothing/);
          // English words left in an Arabic or French line mean a message was not translated.
          if (lang !== 'en') expect(line, line).not.toMatch(/\b(the|is|expected|must)\b/);
        }
        expect(lines.at(-1)).toMatch(new RegExp(`^${escaped}: \\S`));
      }
    },
  );
});

describe('npm run validate: where each problem is', () => {
  it('gives the line and column of a value, of an unknown field and of a syntax mistake', async () => {
    const at = async (name: string) => (await checkQuizFile(join(broken, name))).map((p) => `${p.line}:${p.column}`);
    expect(await at('position-out.json')).toEqual(['35:12']); // "x": 140 of the third chair
    expect(await at('unknown-field.json')).toEqual(['32:7']); // the key "tittle"
    // A missing comma is on the line of the value before it, not on the next line where the parser stumbles.
    expect(await at('missing-comma.json')).toEqual(['5:32']);
    expect(await at('trailing-comma.json')).toEqual(['10:18']); // the comma itself
    expect(await at('comment.json')).toEqual(['2:17']);
    expect(await at('windows-1256.json')).toEqual(['4:13']); // the first Arabic letter
  });

  it('names chairs by their number, never by an index from 0', () => {
    expect(whereLabel(['chairs', 2, 'title', 'fr'], 'en')).toBe('chair 3 › title › fr');
    expect(whereLabel(['chairs', 0], 'ar')).toBe('الكرسي 1');
    expect(whereLabel(['traits', 1, 'label'], 'fr')).toBe('trait 2 › label');
  });
});

describe('npm run validate: what the page can show, and only that', () => {
  it('passes a good file', async () => {
    expect(await kinds('small.json', await small())).toEqual([]);
  });

  it('accepts a UTF-8 byte order mark, as the page does', async () => {
    const text = JSON.stringify(await small());
    expect(await kinds('small.json', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual(
      [],
    );
  });

  it('refuses a file over the page’s limit (DEFAULT_MAX_BYTES), as the page does', async () => {
    const text = JSON.stringify(await small());
    const padded = (bytes: number) => text + ' '.repeat(bytes - Buffer.byteLength(text));
    expect(await kinds('small.json', padded(DEFAULT_MAX_BYTES + 1))).toEqual(['tooLarge']);
    expect(await kinds('small.json', padded(DEFAULT_MAX_BYTES))).toEqual([]);
  });

  it('tells a directory, a missing file and an unreadable name apart', async () => {
    expect((await checkQuizFile(dir)).map((p) => p.kind)).toEqual(['isDirectory']);
    expect((await checkQuizFile(join(dir, 'nothing.json'))).map((p) => p.kind)).toEqual(['fileMissing']);
    expect((await checkQuizFile(join(dir, 'room.svg', 'x.json'))).map((p) => p.kind)).toEqual(['fileMissing']);
  });

  it('reads the size of a data: picture too', async () => {
    const quiz = await small();
    quiz.image.src = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300"></svg>')}`;
    expect(await kinds('small.json', quiz)).toEqual([]);
  });

  it('does not fetch http(s) pictures', async () => {
    const quiz = await small();
    quiz.image.src = 'https://example.org/room.png';
    expect(await kinds('small.json', quiz)).toEqual([]);
  });

  it('gives the exact width and height to add for a picture without them, read from the file', async () => {
    const [problem] = await checkQuizFile(join(broken, 'raster-no-size.json'));
    expect(problem.values).toEqual({ width: 1600, height: 900 });
    expect(reportLines('x.json', [problem], 'en')[0]).toContain('add "width": 1600, "height": 900 to "image"');
  });

  it('names a wrong picture ratio as the cause, instead of chairs "too close"', async () => {
    // At the declared 16:9 chairs 1 and 2 would be 12% × 180 px = 22 px apart; on the real square picture, 38 px.
    const problems = await checkQuizFile(join(broken, 'wrong-ratio.json'));
    expect(problems.map((p) => p.kind)).toEqual(['pictureRatio']);
    expect(problems[0].values).toMatchObject({ realWidth: 600, realHeight: 600 });
  });

  it('accepts an SVG without width/height when it is 4:3, the page’s own default', async () => {
    const quiz = await small();
    delete quiz.image.width;
    delete quiz.image.height;
    expect(await kinds('small.json', quiz)).toEqual([]);
  });

  it('suggests a valid id for a file name that is not one', () => {
    expect(suggestId('Bus-Trip')).toBe('bus-trip');
    expect(suggestId('Salle de Réunion 2')).toBe('salle-de-reunion-2');
  });

  it('warns about a heavy picture, with the budget, without failing the file', async () => {
    const png = new Uint8Array(PICTURE_BUDGET_BYTES + 1);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(png.buffer).setUint32(16, 400);
    new DataView(png.buffer).setUint32(20, 300);
    await writeFile(join(dir, 'heavy.png'), png);
    const quiz = await small();
    quiz.image.src = 'heavy.png';
    const problems = await check('small.json', quiz);
    expect(problems.map((p) => [p.kind, p.warning])).toEqual([['pictureHeavy', true]]);
    expect(reportLines('small.json', problems, 'en')).toEqual([
      expect.stringMatching(
        /^small\.json:7:\d+: warning: image › src: A heavy picture \(300 kB; suggested budget 300 kB\)/,
      ),
      'small.json: ok (1 warning)',
    ]);
  });
});

describe('pictures safe to publish', () => {
  it('finds scripts, event handlers, javascript: links and external references in an SVG', () => {
    expect(svgDangers('<svg><script>x()</script></svg>').map((d) => d.what)).toEqual(['script']);
    expect(svgDangers('<svg onload="x()"></svg>')).toEqual([{ what: 'handler', detail: 'onload' }]);
    expect(svgDangers('<svg><a href="javascript:x()"/></svg>').map((d) => d.what)).toEqual(['javascript']);
    expect(svgDangers('<svg><image xlink:href="https://t.example/p.png"/></svg>')).toEqual([
      { what: 'external', detail: 'https://t.example/p.png' },
    ]);
    expect(svgDangers('<svg><style>@import "https://f.example/x.css";</style></svg>').map((d) => d.what)).toEqual([
      'external',
    ]);
  });

  it('accepts the quizzes’ own pictures and inner references', async () => {
    for (const name of ['meeting-room.svg', 'assembly-hall.svg'])
      expect(svgDangers(await readFile(join(root, 'quizzes', name), 'utf8'))).toEqual([]);
    expect(
      svgDangers('<svg xmlns="http://www.w3.org/2000/svg"><use href="#chair"/><rect fill="url(#g)"/></svg>'),
    ).toEqual([]);
  });
});

// These start `npm run validate` itself (about 2 s each on a busy machine).
describe('npm run validate: the command', { timeout: 60_000 }, () => {
  it('passes every quiz in quizzes/', async () => {
    const { code, stdout } = await validate([]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/quizzes\/meeting-room\.json: ok/);
  });

  it('takes paths from the folder it is run in, and exits 1 with a summary per file', async () => {
    const { code, stdout } = await validate(['invalid.json', 'small.json'], fixtures);
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'invalid.json:35:9: chair 3 › x: A position is a number from 0 to 100 (percent of the picture) (found 140).',
      'invalid.json: 1 problem',
      'small.json: ok',
      '',
      '1 of 2 quiz files has problems (see docs/authoring.md).',
      '',
    ]);
  });

  it('speaks the system’s language, or the one --lang asks for', async () => {
    expect((await validate(['invalid.json'], fixtures, { LANG: 'ar_MA.UTF-8' })).stdout).toContain(
      'الكرسي 3 › x: يجب أن يكون الموضع عددًا من 0 إلى 100',
    );
    expect((await validate(['invalid.json', '--lang', 'fr'], fixtures, { LANG: 'ar_MA.UTF-8' })).stdout).toContain(
      'invalid.json: 1 problème',
    );
    expect((await validate(['invalid.json', '--lang=xx'], fixtures)).code).toBe(2);
  });

  it('chooses --lang, then LC_ALL, LC_MESSAGES and LANG, then English', () => {
    expect(chooseLang('fr', { LANG: 'ar_MA.UTF-8' })).toBe('fr');
    expect(chooseLang(undefined, { LC_ALL: 'fr_FR.UTF-8', LANG: 'ar_MA.UTF-8' })).toBe('fr');
    expect(chooseLang(undefined, { LANG: 'ar_MA.UTF-8' })).toBe('ar');
    expect(chooseLang(undefined, { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(chooseLang(undefined, { LANG: 'C' })).toBe('en');
    expect(chooseLang(undefined, {})).toBe('en');
  });

  it('counts in Arabic with its plural forms', () => {
    const problem = { line: 1, column: 1, path: [], kind: 'emptyFile' as const, values: {} };
    const summary = (n: number) => reportLines('x.json', Array(n).fill(problem), 'ar').at(-1);
    expect([1, 2, 3, 11, 100].map(summary)).toEqual([
      'x.json: مشكلة واحدة',
      'x.json: مشكلتان',
      'x.json: 3 مشكلات',
      'x.json: 11 مشكلة',
      'x.json: 100 مشكلة',
    ]);
  });

  it('keeps the old entry point: one line per problem, none for a good file', async () => {
    await mkdir(join(dir, 'sub'), { recursive: true });
    expect(await validateQuizFile(join(fixtures, 'small.json'), fixtures)).toEqual([]);
    expect(await validateQuizFile(join(fixtures, 'invalid.json'), fixtures)).toHaveLength(1);
  });
});

describe('picture sizes', () => {
  it('reads PNG, GIF, SVG and AVIF headers', () => {
    const png = new Uint8Array(32);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    new DataView(png.buffer).setUint32(16, 1200);
    new DataView(png.buffer).setUint32(20, 900);
    expect(imageSize(png)).toEqual({ width: 1200, height: 900 });
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x40, 0x01, 0xf0, 0x00, 0, 0]);
    expect(imageSize(gif)).toEqual({ width: 320, height: 240 });
    expect(imageSize(new TextEncoder().encode('<svg width="800" height="600" viewBox="0 0 8 6">'))).toEqual({
      width: 800,
      height: 600,
    });
    expect(imageSize(new TextEncoder().encode('<svg viewBox="0 0 640 480">'))).toEqual({ width: 640, height: 480 });
  });

  it('reads the size of an AVIF from its ispe box', async () => {
    const avif = await readFile(join(broken, 'room.avif'));
    expect(pictureFormat(avif)).toBe('avif');
    expect(imageSize(avif)).toEqual({ width: 400, height: 300 });
  });

  it('answers nothing, without throwing, for a header cut short', () => {
    expect(
      imageSize(
        new Uint8Array([
          0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0,
          8,
        ]),
      ),
    ).toEqual({ width: 256, height: 256 });
    expect(
      imageSize(new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0, 40, 0x45, 0x78, 0x69, 0x66, 0, 0, 0x49, 0x49])),
    ).toBeUndefined();
    expect(imageSize(new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]))).toBeUndefined();
  });
});

describe('JPEG sizes', () => {
  /** A JPEG header: an EXIF segment with this orientation (or none), then a frame of 400×300. */
  const jpeg = (orientation?: number, littleEndian = true) => {
    const bytes: number[] = [0xff, 0xd8];
    if (orientation !== undefined) {
      const tiff = new DataView(new ArrayBuffer(26));
      tiff.setUint16(0, littleEndian ? 0x4949 : 0x4d4d);
      tiff.setUint16(2, 42, littleEndian);
      tiff.setUint32(4, 8, littleEndian); // IFD0 right after the header
      tiff.setUint16(8, 1, littleEndian); // one entry
      tiff.setUint16(10, 0x0112, littleEndian); // Orientation
      tiff.setUint16(12, 3, littleEndian); // SHORT
      tiff.setUint32(14, 1, littleEndian);
      tiff.setUint16(18, orientation, littleEndian);
      const content = [...new TextEncoder().encode('Exif'), 0, 0, ...new Uint8Array(tiff.buffer)];
      bytes.push(0xff, 0xe1, (content.length + 2) >> 8, (content.length + 2) & 0xff, ...content);
    }
    bytes.push(0xff, 0xc0, 0, 17, 8, 300 >> 8, 300 & 0xff, 400 >> 8, 400 & 0xff, 3, ...new Array(12).fill(0));
    return new Uint8Array(bytes);
  };

  it('reads the frame size', () => {
    expect(imageSize(jpeg())).toEqual({ width: 400, height: 300 });
    expect(imageSize(jpeg(1))).toEqual({ width: 400, height: 300 });
    expect(imageSize(jpeg(3))).toEqual({ width: 400, height: 300 });
  });

  it('turns it like browsers do for a phone photo stored sideways (EXIF orientation 5 to 8)', () => {
    for (const orientation of [5, 6, 7, 8]) expect(imageSize(jpeg(orientation))).toEqual({ width: 300, height: 400 });
    expect(imageSize(jpeg(6, false))).toEqual({ width: 300, height: 400 });
  });
});
