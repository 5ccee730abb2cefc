/**
 * What `npm run validate` checks in a quiz file: everything the component checks (the same `QuizSchema`),
 * plus what only the file system can tell — the id matches the file name, the picture exists beside the
 * file and has the declared aspect ratio. Returns one line per problem, each starting with the file's path.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { parseQuiz } from '../src/quiz/schema.js';
import { imageSize } from './image-size.js';

/** Two aspect ratios within 1% of each other are the same picture. */
const RATIO_TOLERANCE = 0.01;

/** `Unexpected token } in JSON at position 120` → `line 7, column 3`. */
function jsonErrorWhere(text: string, error: Error): string {
  const position = Number(/position (\d+)/.exec(error.message)?.[1]);
  if (!Number.isFinite(position)) return error.message;
  const before = text.slice(0, position).split('\n');
  return `${error.message.replace(/ in JSON at position \d+.*$/, '').replace(/,? ?"[^"]*"? is not valid JSON$/, '')} at line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

export async function validateQuizFile(path: string, cwd = process.cwd()): Promise<string[]> {
  const shown = relative(cwd, path) || path;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return [`${shown}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`];
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [`${shown}: not valid JSON: ${jsonErrorWhere(text, error as Error)}`];
  }
  const result = parseQuiz(data);
  if (!result.ok) return result.problems.map((p) => `${shown}: ${p}`);

  const quiz = result.quiz;
  const problems: string[] = [];
  const expectedId = basename(path).replace(/\.json$/i, '');
  if (quiz.id !== expectedId) problems.push(`${shown}: id: expected "${expectedId}" (the file name without .json), got "${quiz.id}"`);

  const src = quiz.image.src.trim();
  if (/^https?:/i.test(src) || src.startsWith('//')) return problems; // not checked offline
  let bytes: Uint8Array | undefined;
  if (/^data:/i.test(src)) {
    const [, meta = '', payload = ''] = /^data:([^,]*),(.*)$/s.exec(src) ?? [];
    bytes = meta.endsWith(';base64') ? Buffer.from(payload, 'base64') : new TextEncoder().encode(decodeURIComponent(payload));
  } else {
    const file = join(dirname(path), decodeURI(src.split(/[?#]/)[0]));
    try {
      bytes = await readFile(file);
    } catch {
      problems.push(`${shown}: image.src: the picture "${src}" is not there (looked for ${relative(cwd, file) || file}); put it beside the quiz file`);
      return problems;
    }
  }
  const size = imageSize(bytes);
  const { width, height } = quiz.image;
  if (!size) {
    problems.push(`${shown}: image.src: cannot tell the size of "${src.slice(0, 60)}"; use an SVG, PNG, JPEG, GIF or WebP picture`);
  } else if (width && height && Math.abs(size.width / size.height - width / height) > RATIO_TOLERANCE * (width / height)) {
    problems.push(
      `${shown}: image: the picture is ${size.width}×${size.height}, but width/height say ${width}×${height}; the chairs would be misplaced (set "width": ${size.width}, "height": ${size.height})`,
    );
  }
  return problems;
}
