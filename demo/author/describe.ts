/** A problem in the author's words: where it is ("Chair 3 · Result title (Français)") and what it is. Pure. */
import type { ChairTextName, QuizTextName, TraitTextName } from './draft.js';
import type { FieldKey, Problem } from './problems.js';
import type { Strings } from './strings.js';

/** The label of a form field, for the summary list. `multilingual`: whether to name the language. */
export function fieldLabel(field: FieldKey, s: Strings, multilingual: boolean): string {
  const parts = field.split(':');
  const withLang = (label: string, lang: string | undefined) =>
    multilingual && lang ? `${label} (${s.langName(lang)})` : label;
  switch (parts[0]) {
    case 'quiz':
      return withLang(s.quizTexts[parts[1] as QuizTextName] ?? parts[1], parts[2]);
    case 'alt':
      return withLang(s.alt, parts[1]);
    case 'chair': {
      const chair = s.chairN(Number(parts[1]) + 1);
      const what = parts[2];
      if (what === 'position') return `${chair} · ${s.fields.position}`;
      if (what === 'number') return `${chair} · ${s.fields.number}`;
      if (what === 'other') return `${chair} · ${s.fields.other}`;
      return `${chair} · ${withLang(s.chairTexts[what as ChairTextName] ?? what, parts[3])}`;
    }
    case 'trait':
      return `${s.traitN(Number(parts[1]) + 1)} · ${withLang(s.traitTexts[parts[2] as TraitTextName] ?? parts[2], parts[3])}`;
    default:
      return s.fields[parts[0] as keyof Strings['fields']] ?? s.fields.general;
  }
}

/** What is wrong, in the page's language. */
export const problemMessage = (problem: Problem, s: Strings): string => s.problem[problem.kind](problem.values);
