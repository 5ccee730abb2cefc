/**
 * What `npm run validate` checks in one quiz file, all at once: that the page can read it (there, a file, not too
 * large, UTF-8, JSON), everything the component checks (the same schema, `quizProblems`), the authors' layout
 * rules, and what only the file system can tell — the id is the file name, the picture is in the quiz's folder, its
 * real size and aspect ratio, whether it is safe and light enough to publish. Each problem has its line and column
 * in the file. Never throws: whatever the file holds, the answer is a list of problems.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { findNodeAtLocation, type Node } from 'jsonc-parser';
import { classify, type ProblemKind, type Values } from '../src/quiz/author-messages.js';
import { ID_PATTERN, isAllowedImageUrl } from '../src/quiz/format.js';
import { problemLine, type Problem } from '../src/quiz/messages.js';
import { layoutProblems, quizProblems } from '../src/quiz/schema.js';
import { DEFAULT_MAX_BYTES } from '../src/load.js';
import { imageSize, pictureFormat, type Size } from './image-size.js';
import { readJson } from './json-syntax.js';
import { svgDangers } from './svg-safety.js';
import { reportLines } from './validate-report.js';

/** Two aspect ratios within 1% of each other are the same picture. */
const RATIO_TOLERANCE = 0.01;
/**
 * A picture heavier than this gets a warning: on the Slow 4G of the README's measures (1.6 Mbps) 300 kB take
 * about 1.5 s, three times what the rest of the page needs.
 */
export const PICTURE_BUDGET_BYTES = 300_000;

export interface FileProblem {
  line: number;
  column: number;
  /** Where in the quiz, as a path of fields (`['chairs', 2, 'title']`); empty for the file as a whole. */
  path: (string | number)[];
  kind: ProblemKind;
  values: Values;
  /** A warning does not make the file fail. */
  warning?: boolean;
  /** The schema's own English line, when the problem comes from the schema. */
  detail?: string;
}

/** Line and column (from 1) of an offset, for `file:line:column`. */
function place(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset)).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** The offset of a path in the file: the value, or the nearest field that is there; a key for an unknown field. */
function offsetOf(tree: Node | undefined, path: (string | number)[], key?: string): number {
  if (!tree) return 0;
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    if (!node) continue;
    if (key !== undefined && n === path.length && node.type === 'object') {
      const property = node.children?.find((p) => p.children?.[0]?.value === key);
      if (property) return property.offset;
    }
    return n < path.length && node.parent?.type === 'property' ? node.parent.offset : node.offset;
  }
  return tree.offset;
}

/** The first byte of `bytes` that is not part of valid UTF-8, or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i];
    const extra =
      c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) if ((b[i + k] ?? 0) >> 6 !== 2) return i;
    i += extra + 1;
  }
  return -1;
}

/** `Bus-Trip` → `bus-trip`: the nearest valid id to a file name. */
export function suggestId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const positive = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined);

type Add = (
  kind: ProblemKind,
  path: (string | number)[],
  values?: Values,
  options?: { warning?: boolean; key?: string; detail?: string },
) => void;

/** The picture's bytes, or why they cannot be had (a problem already added). */
async function pictureBytes(
  file: string,
  src: string,
  add: Add,
  cwd: string,
): Promise<{ bytes: Uint8Array; inFile: boolean } | undefined> {
  if (/^data:/i.test(src)) {
    const m = /^data:([^,]*),(.*)$/is.exec(src);
    if (!m) return void add('pictureBadAddress', ['image', 'src']);
    try {
      const bytes = /;base64$/i.test(m[1])
        ? Buffer.from(m[2], 'base64')
        : new TextEncoder().encode(decodeURIComponent(m[2]));
      return { bytes, inFile: false };
    } catch {
      return void add('pictureBadAddress', ['image', 'src']);
    }
  }
  let name: string;
  try {
    name = decodeURIComponent(src.split(/[?#]/)[0]);
  } catch {
    return void add('pictureBadAddress', ['image', 'src']);
  }
  const folder = dirname(file);
  const picture = resolve(folder, name);
  const inside = relative(folder, picture);
  if (name.startsWith('/') || inside.startsWith('..') || isAbsolute(inside))
    return void add('pictureOutside', ['image', 'src'], { src });
  try {
    return { bytes: await readFile(picture), inFile: true };
  } catch {
    return void add('pictureMissing', ['image', 'src'], { src, looked: relative(cwd, picture) || picture });
  }
}

/**
 * The picture's checks; answers the picture's real height per width when the declared one is wrong or missing,
 * so that the layout rules measure the chairs on the picture the page will show once the size is fixed.
 */
async function checkPicture(
  file: string,
  quiz: Record<string, unknown>,
  add: Add,
  cwd: string,
): Promise<number | undefined> {
  const image = quiz.image;
  if (!isObject(image) || typeof image.src !== 'string' || !image.src.trim()) return undefined;
  const src = image.src.trim();
  // http(s) pictures are not fetched offline; other schemes are the schema's problem.
  if (/^(https?:)?\/\//i.test(src) || /^https?:/i.test(src) || !isAllowedImageUrl(src)) return undefined;
  const got = await pictureBytes(file, src, add, cwd);
  if (!got) return undefined;
  const { bytes, inFile } = got;
  if (bytes.length > PICTURE_BUDGET_BYTES)
    add('pictureHeavy', ['image', 'src'], { size: bytes.length, budget: PICTURE_BUDGET_BYTES }, { warning: true });
  const format = pictureFormat(bytes);
  if (!format) return void add('pictureUnknownFormat', ['image', 'src']);
  if (format === 'svg' && inFile) {
    for (const danger of svgDangers(new TextDecoder().decode(bytes)))
      add('svgUnsafe', ['image', 'src'], { what: danger.what, detail: danger.detail });
  }
  const size: Size | undefined = imageSize(bytes);
  if (!size) return void add(format === 'svg' ? 'svgNoSize' : 'pictureUnknownFormat', ['image', 'src']);
  const width = positive(image.width);
  const height = positive(image.height);
  const real = size.height / size.width;
  const same = (a: number, b: number) => Math.abs(a - b) <= RATIO_TOLERANCE * b;
  if (!width || !height) {
    // Without a size the page assumes 4:3 (the frame in coop-chair-quiz.ts); a raster picture always needs one.
    if (format !== 'svg' || !same(real, 3 / 4)) {
      add('pictureNoSize', ['image'], { width: size.width, height: size.height });
      return real;
    }
    return undefined;
  }
  if (!same(real, height / width)) {
    add('pictureRatio', ['image'], { realWidth: size.width, realHeight: size.height, width, height });
    return real;
  }
  return undefined;
}

/**
 * Every problem of the quiz file at `path` (absolute), with its place in the file; `cwd` for the paths it names.
 * Whatever goes wrong inside the checks becomes a problem of this file, so the files after it are still checked.
 */
export async function checkQuizFile(path: string, options: { cwd?: string } = {}): Promise<FileProblem[]> {
  try {
    return await checkFile(path, options);
  } catch (error) {
    return [
      {
        line: 1,
        column: 1,
        path: [],
        kind: 'checkFailed',
        values: { reason: String((error as Error)?.message ?? error).slice(0, 120) },
      },
    ];
  }
}

async function checkFile(path: string, { cwd = process.cwd() } = {}): Promise<FileProblem[]> {
  const problems: FileProblem[] = [];
  let text = '';
  // eslint-disable-next-line prefer-const -- read by the closures below before the parse assigns it
  let tree: Node | undefined;
  const whole = (kind: ProblemKind, values: Values = {}, offset = 0): FileProblem[] => [
    { ...place(text, offset), path: [], kind, values },
  ];
  const add: Add = (kind, at, values = {}, { warning, key, detail } = {}) =>
    problems.push({
      ...place(text, offsetOf(tree, at, key)),
      path: at,
      kind,
      values,
      ...(warning ? { warning } : {}),
      ...(detail ? { detail } : {}),
    });

  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return whole('isDirectory');
    if (info.size > DEFAULT_MAX_BYTES) return whole('tooLarge', { size: info.size, max: DEFAULT_MAX_BYTES });
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? whole('fileMissing')
      : whole('unreadable', { reason: code ?? String(error) });
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return whole('utf16');
  if (bytes.includes(0)) return whole('binaryFile');
  // A UTF-8 byte order mark is harmless: TextDecoder drops it here as in the page (src/load.ts, quiz-load.test.ts).
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    text = new TextDecoder().decode(bytes.subarray(0, invalid));
    return whole('notUtf8', {}, text.length);
  }
  text = new TextDecoder().decode(bytes);
  if (!text.trim()) return whole('emptyFile');

  const json = readJson(text);
  if (!json.ok)
    return json.problems.map((p) => ({ ...place(text, p.offset), path: [], kind: p.kind, values: p.values }));
  tree = json.tree;
  const data = json.data;

  // Types and whole-quiz rules: the component's own schema, in the author's words.
  for (const problem of quizProblems(data).problems) addSchemaProblem(problem, add);
  if (!isObject(data)) return problems;

  const name = basename(path).replace(/\.json$/i, '');
  if (typeof data.id === 'string' && data.id !== name) {
    const suggested = suggestId(name) || (ID_PATTERN.test(data.id) ? data.id : 'my-quiz');
    add('idFileName', ['id'], {
      expected: suggested,
      file: basename(path),
      ...(suggested !== name ? { rename: 1 } : {}),
    });
  }
  const heightPerWidth = await checkPicture(path, data, add, cwd);
  for (const problem of layoutProblems(data, { heightPerWidth })) addSchemaProblem(problem, add);
  return groupLanguageProblems(problems).sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * More than this many texts with the same language problem read better as one problem with a hint: declaring
 * "en" before translating gives one line per text otherwise (61 for an eight-chair quiz).
 */
const GROUP_OVER = 3;

function groupLanguageProblems(problems: FileProblem[]): FileProblem[] {
  const groups = new Map<string, FileProblem[]>();
  for (const p of problems) {
    const key =
      p.kind === 'languages' && p.values.langs !== undefined && !p.values.got && /plain text/.test(p.detail ?? '')
        ? `plain`
        : p.kind === 'missingTranslation'
          ? `missing:${p.values.lang}`
          : undefined;
    if (key) groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const merged = new Set<FileProblem>();
  const out: FileProblem[] = [];
  for (const [key, list] of groups) {
    if (list.length <= GROUP_OVER) continue;
    list.forEach((p) => merged.add(p));
    const first = list[0];
    out.push(
      key === 'plain'
        ? { ...first, kind: 'manyPlainTexts', values: { langs: first.values.langs, count: list.length } }
        : { ...first, kind: 'manyMissingTranslations', values: { lang: first.values.lang, count: list.length } },
    );
  }
  return [...problems.filter((p) => !merged.has(p)), ...out];
}

function addSchemaProblem(problem: Problem, add: Add) {
  const { kind, values } = classify(problem.message, problem.path);
  if (problem.keys) {
    for (const key of problem.keys)
      add('unknownField', problem.path, { names: JSON.stringify(key) }, { key, detail: problemLine(problem) });
  } else {
    add(kind, problem.path, values, { detail: problemLine(problem) });
  }
}

/** The problem lines of one file as `npm run validate` prints them, without the summary (empty for a good file). */
export async function validateQuizFile(
  path: string,
  cwd = process.cwd(),
  lang: 'ar' | 'fr' | 'en' = 'en',
): Promise<string[]> {
  const problems = await checkQuizFile(path, { cwd });
  return reportLines(relative(cwd, path) || '.', problems, lang).slice(0, -1);
}
