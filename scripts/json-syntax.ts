/**
 * JSON syntax errors named by their cause, where the author made them: a comment, a trailing comma, curly or
 * Arabic quotes, Arabic digits or commas, a missing comma (on the line of the value before it, not the next one).
 * jsonc-parser finds the errors (with offsets) and keeps going after each, so every mistake of a file is listed.
 */
import { parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { FileProblemKind, Values } from '../src/quiz/author-messages.js';

export interface SyntaxProblem {
  offset: number;
  kind: FileProblemKind;
  values: Values;
}

/** jsonc-parser's `ParseErrorCode` values (a const enum, which isolated modules cannot read). */
const ParseErrorCode = {
  InvalidSymbol: 1,
  PropertyNameExpected: 3,
  ValueExpected: 4,
  CommaExpected: 6,
  InvalidCommentToken: 10,
  UnexpectedEndOfString: 12,
} as const;

const CURLY_QUOTES = '“”„‟«»‘’‚‛❝❞〝〞＂';
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/;
const ARABIC_COMMA = '،';

/** The offset of the last character before `offset` that is not white space, or -1. */
function previousToken(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i;
}

function nextToken(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

function cause(text: string, error: ParseError): SyntaxProblem {
  const { offset } = error;
  const char = text[offset] ?? '';
  const at = (kind: FileProblemKind, where = offset, values: Values = {}): SyntaxProblem => ({
    offset: where,
    kind,
    values,
  });
  if (error.error === ParseErrorCode.InvalidCommentToken) return at('syntaxComment');
  if (char && CURLY_QUOTES.includes(char)) return at('syntaxCurlyQuote', offset, { char });
  if (char === "'") return at('syntaxSingleQuote');
  if (ARABIC_DIGITS.test(char)) return at('syntaxArabicDigit', offset, { char });
  if (char === ARABIC_COMMA) return at('syntaxArabicComma');
  if (char === '<' && !text.slice(0, offset).trim()) return at('syntaxHtml');
  if (error.error === ParseErrorCode.PropertyNameExpected || error.error === ParseErrorCode.ValueExpected) {
    const before = previousToken(text, offset);
    if (text[before] === ',' && '}]'.includes(text[nextToken(text, offset)] ?? ''))
      return at('syntaxTrailingComma', before);
  }
  if (error.error === ParseErrorCode.CommaExpected) {
    if (ARABIC_COMMA === text[previousToken(text, offset)]) return at('syntaxArabicComma', previousToken(text, offset));
    return at('syntaxMissingComma', previousToken(text, offset) + 1);
  }
  if (offset >= text.length - 1 || error.error === ParseErrorCode.UnexpectedEndOfString) return at('syntaxUnclosed');
  if (error.error === ParseErrorCode.InvalidSymbol && /\p{L}/u.test(char)) return at('syntaxUnquoted');
  const line = text
    .slice(text.lastIndexOf('\n', offset - 1) + 1, offset + 20)
    .split('\n')[0]
    .trim();
  return at('syntaxOther', offset, {
    near: line.length > 40 ? `${line.slice(0, 40)}…` : line,
    detail: printParseErrorCode(error.error),
  });
}

/** A quiz nests 5 levels deep (quiz › chairs › chair › scores); parsers recurse, so depth is bounded first. */
export const MAX_DEPTH = 64;

/** The offset where brackets, outside strings, first nest deeper than MAX_DEPTH, or -1. */
function tooDeepAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === ']' || c === '}') depth--;
  }
  return -1;
}

/**
 * The value of a JSON text and its tree of positions, or the syntax problems that stop it being JSON: at most
 * one per line (the first one; the others on a line are mostly echoes of it), at most 20.
 */
export function readJson(
  text: string,
): { ok: true; data: unknown; tree: Node | undefined } | { ok: false; problems: SyntaxProblem[] } {
  const deep = tooDeepAt(text);
  if (deep >= 0) return { ok: false, problems: [{ offset: deep, kind: 'tooDeep', values: {} }] };
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (!errors.length) {
    try {
      return { ok: true, data: JSON.parse(text), tree: parseTree(text) };
    } catch (error) {
      // What jsonc-parser lets through and JSON.parse does not (a control character inside a string).
      const position = Number(/position (\d+)/.exec(String(error))?.[1]);
      return {
        ok: false,
        problems: [
          {
            offset: Number.isFinite(position) ? position : 0,
            kind: 'syntaxOther',
            values: { near: '', detail: String((error as Error).message) },
          },
        ],
      };
    }
  }
  const problems: SyntaxProblem[] = [];
  const lines = new Set<number>();
  for (const error of errors) {
    const problem = cause(text, error);
    const line = text.slice(0, problem.offset).split('\n').length;
    if (lines.has(line)) continue;
    lines.add(line);
    problems.push(problem);
    if (problems.length === 20) break;
  }
  return { ok: false, problems };
}
