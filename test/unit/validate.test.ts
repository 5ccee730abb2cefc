import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { imageSize } from '../../scripts/image-size.js';
import { quizSchemaText } from '../../scripts/schema-json.js';
import { validateQuizFile } from '../../scripts/validate-quiz.js';

const root = new URL('../../', import.meta.url).pathname;
const fixtures = join(root, 'test/fixtures');
let dir: string;
const small = async () => JSON.parse(await readFile(join(fixtures, 'small.json'), 'utf8'));

/** Writes `data` as `<dir>/<name>` (with the fixture picture beside it) and validates it. */
async function check(name: string, data: unknown) {
  await writeFile(join(dir, name), typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  return validateQuizFile(join(dir, name), dir);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quiz-validate-'));
  await copyFile(join(fixtures, 'room.svg'), join(dir, 'room.svg'));
});

describe('npm run validate: file checks', () => {
  it('passes every quiz in quizzes/', async () => {
    const { stdout } = await promisify(execFile)('node', ['scripts/validate.mjs'], { cwd: root });
    expect(stdout).toMatch(/quizzes\/meeting-room\.json: ok/);
  });

  it('passes a good file', async () => {
    expect(await check('small.json', await small())).toEqual([]);
  });

  it('wants the id to match the file name', async () => {
    expect(await check('assembly.json', await small())).toEqual(['assembly.json: id: expected "assembly" (the file name without .json), got "small"']);
  });

  it('wants the picture beside the file', async () => {
    const quiz = await small();
    quiz.image.src = 'hall.png';
    expect(await check('small.json', quiz)).toEqual([
      'small.json: image.src: the picture "hall.png" is not there (looked for hall.png); put it beside the quiz file',
    ]);
  });

  it('wants the declared size to match the picture', async () => {
    const quiz = await small();
    quiz.image.width = 800;
    quiz.image.height = 800;
    expect(await check('small.json', quiz)).toEqual([
      'small.json: image: the picture is 400×300, but width/height say 800×800; the chairs would be misplaced (set "width": 400, "height": 300)',
    ]);
  });

  it('reads the size of a data: picture too', async () => {
    const quiz = await small();
    quiz.image.src = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300"></svg>')}`;
    expect(await check('small.json', quiz)).toEqual([]);
  });

  it('does not fetch http(s) pictures', async () => {
    const quiz = await small();
    quiz.image.src = 'https://example.org/room.png';
    expect(await check('small.json', quiz)).toEqual([]);
  });

  it('says where a JSON syntax error is', async () => {
    const problems = await check('small.json', '{\n  "version": 1,\n  "id": "small",\n}\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^small\.json: not valid JSON: .* at line 4, column 1$/);
  });

  it('reports schema problems with the file name in front', async () => {
    const quiz = await small();
    quiz.chairs[2].x = 140;
    expect(await check('small.json', quiz)).toEqual(['small.json: chairs[2].x: expected a number from 0 to 100, got 140']);
  });

  it('exits 1 and prints one line per problem for a broken file given on the command line', async () => {
    const run = promisify(execFile)('node', ['scripts/validate.mjs', join(fixtures, 'invalid.json'), join(fixtures, 'small.json')], { cwd: root });
    const failure = await run.then(() => undefined, (error: { code: number; stdout: string }) => error);
    expect(failure?.code).toBe(1);
    expect(failure?.stdout.split('\n').slice(0, 2)).toEqual([
      'test/fixtures/invalid.json: chairs[2].x: expected a number from 0 to 100, got 140',
      'test/fixtures/small.json: ok',
    ]);
  });
});

describe('picture sizes', () => {
  it('reads PNG, GIF and SVG headers', () => {
    const png = new Uint8Array(32);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    new DataView(png.buffer).setUint32(16, 1200);
    new DataView(png.buffer).setUint32(20, 900);
    expect(imageSize(png)).toEqual({ width: 1200, height: 900 });
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x40, 0x01, 0xf0, 0x00, 0, 0]);
    expect(imageSize(gif)).toEqual({ width: 320, height: 240 });
    expect(imageSize(new TextEncoder().encode('<svg width="800" height="600" viewBox="0 0 8 6">'))).toEqual({ width: 800, height: 600 });
    expect(imageSize(new TextEncoder().encode('<svg viewBox="0 0 640 480">'))).toEqual({ width: 640, height: 480 });
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

describe('the JSON Schema for editors', () => {
  it('is up to date with the zod schema (run `npm run schema` when this fails)', async () => {
    expect(await readFile(join(root, 'schema/quiz.schema.json'), 'utf8')).toBe(quizSchemaText());
  });

  it('is referenced by every quiz in quizzes/', async () => {
    const names = (await readdir(join(root, 'quizzes'))).filter((n) => n.endsWith('.json'));
    expect(names).toContain('meeting-room.json');
    for (const name of names) {
      expect(JSON.parse(await readFile(join(root, 'quizzes', name), 'utf8')).$schema).toBe('../schema/quiz.schema.json');
    }
  });
});
