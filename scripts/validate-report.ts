/**
 * `npm run validate`'s output in the author's language: one line per problem, `file:line:column: where: what and
 * how to fix it`, the chair by its number, then a summary line per file. The problems' words are the playground's
 * (src/quiz/author-messages.ts); this file has only the words around them.
 */
import { AUTHOR_LANGS, formatters, problemWords, type AuthorLang } from '../src/quiz/author-messages.js';
import type { FileProblem } from './validate-quiz.js';

/** `--lang`, else the system's language (LC_ALL, LC_MESSAGES, LANG: `ar_MA.UTF-8` → `ar`), else English. */
export function chooseLang(
  flag: string | undefined,
  env: Record<string, string | undefined> = process.env,
): AuthorLang {
  for (const tag of [flag, env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    const base = tag?.toLowerCase().split(/[-_.@]/)[0];
    if (base && (AUTHOR_LANGS as readonly string[]).includes(base)) return base as AuthorLang;
  }
  return 'en';
}

interface ReportWords {
  chair(n: number): string;
  trait(n: number): string;
  warning: string;
  ok: string;
  problems(errors: number, warnings: number): string;
  failed(files: number, total: number): string;
}

function words(lang: AuthorLang): ReportWords {
  const { n, plural } = formatters(lang);
  const ar = (count: number, forms: Record<string, string>) => forms[plural(count)] ?? forms.other;
  switch (lang) {
    case 'ar':
      return {
        chair: (i) => `الكرسي ${n(i)}`,
        trait: (i) => `السمة ${n(i)}`,
        warning: 'تنبيه',
        ok: 'سليم',
        problems: (e, w) =>
          [
            e
              ? ar(e, {
                  one: 'مشكلة واحدة',
                  two: 'مشكلتان',
                  few: `${n(e)} مشكلات`,
                  many: `${n(e)} مشكلة`,
                  other: `${n(e)} مشكلة`,
                })
              : '',
            w
              ? ar(w, {
                  one: 'تنبيه واحد',
                  two: 'تنبيهان',
                  few: `${n(w)} تنبيهات`,
                  many: `${n(w)} تنبيهًا`,
                  other: `${n(w)} تنبيه`,
                })
              : '',
          ]
            .filter(Boolean)
            .join(' و'),
        failed: (f, t) => `في ${n(f)} من ${n(t)} من ملفات الاختبارات مشكلات (انظر docs/authoring.md).`,
      };
    case 'fr':
      return {
        chair: (i) => `chaise ${n(i)}`,
        trait: (i) => `trait ${n(i)}`,
        warning: 'attention',
        ok: 'ok',
        problems: (e, w) =>
          [e ? `${n(e)} problème${e > 1 ? 's' : ''}` : '', w ? `${n(w)} avertissement${w > 1 ? 's' : ''}` : '']
            .filter(Boolean)
            .join(', '),
        failed: (f, t) =>
          `${n(f)} fichier${f > 1 ? 's' : ''} de quiz sur ${n(t)} ${f > 1 ? 'ont' : 'a'} des problèmes (voir docs/authoring.md).`,
      };
    default:
      return {
        chair: (i) => `chair ${n(i)}`,
        trait: (i) => `trait ${n(i)}`,
        warning: 'warning',
        ok: 'ok',
        problems: (e, w) =>
          [e ? `${n(e)} problem${e > 1 ? 's' : ''}` : '', w ? `${n(w)} warning${w > 1 ? 's' : ''}` : '']
            .filter(Boolean)
            .join(', '),
        failed: (f, t) =>
          `${n(f)} of ${n(t)} quiz file${t > 1 ? 's' : ''} ${f > 1 ? 'have' : 'has'} problems (see docs/authoring.md).`,
      };
  }
}

/** `chair 3 › title › fr` from `['chairs', 2, 'title', 'fr']`: chairs by their number, never an index. */
export function whereLabel(path: readonly (string | number)[], lang: AuthorLang): string {
  const w = words(lang);
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const part = path[i];
    const next = path[i + 1];
    if ((part === 'chairs' || part === 'traits') && typeof next === 'number') {
      parts.push(part === 'chairs' ? w.chair(next + 1) : w.trait(next + 1));
      i++;
    } else {
      parts.push(String(part));
    }
  }
  return parts.join(' › ');
}

/** The lines for one file: its problems, then its summary. */
export function reportLines(shown: string, problems: readonly FileProblem[], lang: AuthorLang): string[] {
  const w = words(lang);
  const say = problemWords(lang);
  const lines = problems.map((p) => {
    const where = whereLabel(p.path, lang);
    const message = p.kind === 'other' && p.detail ? p.detail : say[p.kind](p.values);
    return `${shown}:${p.line}:${p.column}: ${p.warning ? `${w.warning}: ` : ''}${where ? `${where}: ` : ''}${message}`;
  });
  const errors = problems.filter((p) => !p.warning).length;
  const warnings = problems.length - errors;
  lines.push(
    `${shown}: ${errors ? w.problems(errors, warnings) : warnings ? `${w.ok} (${w.problems(0, warnings)})` : w.ok}`,
  );
  return lines;
}

export const failedLine = (failed: number, total: number, lang: AuthorLang) => words(lang).failed(failed, total);
