/**
 * Turns zod issues into one line per problem, in words an author can act on:
 * `chairs[3].x: expected a number from 0 to 100, got 140`.
 */
import type { core } from 'zod/mini';

type Issue = core.$ZodIssue & { input?: unknown };
type Path = readonly PropertyKey[];

/** `chairs[3].title.fr` from `['chairs', 3, 'title', 'fr']`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(String(part))) out += `${out ? '.' : ''}${String(part)}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out || '(the whole file)';
}

/** A short, safe rendering of a value for a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

/** The message zod would give for issues we did not word ourselves (our schemas word nearly all of them). */
function fallbackMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} (check the spelling; see docs/authoring.md for the fields)`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    default:
      return issue.message;
  }
}

/**
 * For a union (our `Text`), report the branch that got furthest: the one whose problems are not just
 * "wrong type here". A translation object with an empty "fr" says `title.fr: must not be empty`.
 */
function unwrapUnion(issue: Issue): Issue[] | undefined {
  if (issue.code !== 'invalid_union' || !('errors' in issue) || !issue.errors?.length) return undefined;
  const deeper = issue.errors.filter((branch) => branch.some((i) => i.code !== 'invalid_type' || i.path.length > 0));
  if (deeper.length !== 1) return undefined;
  return deeper[0].map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue);
}

/** A problem in a quiz file: where (`['chairs', 2, 'x']`) and what, in English (`expected a number from 0 to 100, got 140`). */
export interface Problem {
  path: (string | number)[];
  message: string;
  /** For an unknown field: its names, so that a validator can point at them in the file. */
  keys?: string[];
}

/** One problem per issue, in words an author can act on. */
export function describeIssues(issues: readonly Issue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const inner = unwrapUnion(issue);
    if (inner) {
      problems.push(...describeIssues(inner));
      continue;
    }
    const message =
      issue.code === 'unrecognized_keys' || issue.message === 'Invalid input' ? fallbackMessage(issue) : issue.message;
    const showInput =
      'input' in issue && issue.code !== 'unrecognized_keys' && (issue.code !== 'custom' || issue.input !== undefined);
    const shown = showInput ? `, got ${describeValue(issue.input)}` : '';
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    problems.push({
      path,
      message: `${message}${shown}`,
      ...(issue.code === 'unrecognized_keys' ? { keys: issue.keys } : {}),
    });
  }
  return problems;
}

/** `chairs[3].x: expected a number from 0 to 100, got 140`. */
export const problemLine = (p: Problem): string => `${formatPath(p.path)}: ${p.message}`;

/** One line per problem: `path: message, got value`. */
export const formatIssues = (issues: readonly Issue[]): string[] => describeIssues(issues).map(problemLine);
