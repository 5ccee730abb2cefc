/**
 * The language rules of the built-in quizzes (docs/authoring.md, "Writing the texts"; issue 15 and the December
 * 2026 language review): every chair has its headline and its together line, the Arabic speaks to every visitor
 * (no vowel that only fits a man, or only a woman), the invitation is in the plural, the traits are scales, the
 * French has its non-breaking spaces, and no two profiles of one quiz share a phrase.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = new URL('../../quizzes/', import.meta.url).pathname;

type Texts = Record<string, string>;
interface QuizFile {
  lang?: string;
  languages?: string[];
  question: Texts;
  intro?: Texts;
  disclaimer?: Texts;
  chairs: ({ number: number; scores?: Record<string, number> } & Record<string, unknown>)[];
  traits?: { id: string; label: Texts; opposite?: Texts }[];
}

const quizzes = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ name, quiz: JSON.parse(readFileSync(join(folder, name), 'utf8')) as QuizFile }));

/** Every text of a quiz in one language, with where it is (`chair 3 tip`), whatever its field. */
function textsIn(quiz: QuizFile, lang: string): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const visit = (value: unknown, where: string) => {
    if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as Texts)[lang] === 'string')
      out.push({ where, text: (value as Texts)[lang] });
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) visit(inner, `${where} ${key}`.trim());
  };
  const { chairs, ...rest } = quiz;
  visit(rest, '');
  chairs.forEach((chair) => visit(chair, `chair ${chair.number}`));
  return out;
}

// Arabic letters and the marks written on them (fatha U+064E, damma U+064F, kasra U+0650, sukun U+0652).
const FATHA = '\u064e';
const KASRA = '\u0650';
const DAMMA = '\u064f';
/** The end of an Arabic word: a space, punctuation or the end of the text. */
const END = '(?=[\\s\\p{P}]|$)';

/**
 * Vowels that say who is addressed. A fatha or kasra on a word's last letter is a case or mood ending; in these
 * texts it can only be one of the marks that address a man (دخلتَ, راجعتَ, تكتفِ, تخشَ, تنسَ, اعتنِ) or a woman
 * (دخلتِ). The first person (اخترتُ, a damma) speaks for the visitor and is allowed.
 */
const GENDERED_VOWELS: { rule: string; pattern: RegExp }[] = [
  { rule: 'a word-final تَ (you, a man: دخلتَ)', pattern: new RegExp(`ت${FATHA}${END}`, 'u') },
  { rule: 'a word-final تِ (you, a woman: دخلتِ)', pattern: new RegExp(`ت${KASRA}${END}`, 'u') },
  { rule: 'a word-final fatha (a masculine jussive: تخشَ، تنسَ)', pattern: new RegExp(`\\p{L}${FATHA}${END}`, 'u') },
  { rule: 'a word-final kasra (a masculine jussive: تكتفِ، اعتنِ)', pattern: new RegExp(`\\p{L}${KASRA}${END}`, 'u') },
];

/** Words the review found addressing the visitor as a man, which have no neutral reading. */
const MASCULINE_WORDS = /(?:^|\s)(?:مطالبًا|لست مجرد|لستَ)(?=[\s\p{P}]|$)/u;

/** A word addressing one person with "your": a final ك, apart from the words where ك is part of the word. */
const SINGULAR_YOUR = /\p{L}+ك(?=[\s\p{P}]|$)/gu;
const NOT_A_PRONOUN = new Set(['ذلك', 'كذلك', 'هناك', 'تلك', 'مشترك']);

const arabic = quizzes.filter(({ quiz }) => (quiz.languages ?? [quiz.lang ?? 'ar']).includes('ar'));
const french = quizzes.filter(({ quiz }) => quiz.languages?.includes('fr'));

describe.each(quizzes)('$name', ({ quiz }) => {
  const languages = quiz.languages ?? [quiz.lang ?? 'ar'];

  it('gives every chair a headline and a together line in every language it declares', () => {
    const missing = quiz.chairs.flatMap((chair) =>
      ['headline', 'together'].flatMap((field) =>
        languages
          .filter((lang) => !((chair[field] as Texts | undefined)?.[lang] ?? '').trim())
          .map((lang) => `chair ${chair.number} ${field} ${lang}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('makes every trait a scale between two strengths, and places every chair on every scale', () => {
    expect(quiz.traits?.length, 'the built-in quizzes have traits').toBeGreaterThan(0);
    for (const trait of quiz.traits ?? []) {
      expect(trait.opposite, `trait ${trait.id} has an opposite`).toBeDefined();
      for (const lang of languages) expect(trait.opposite?.[lang], `${trait.id} opposite ${lang}`).toBeTruthy();
    }
    const ids = (quiz.traits ?? []).map((t) => t.id).sort();
    for (const chair of quiz.chairs)
      expect(Object.keys(chair.scores ?? {}).sort(), `chair ${chair.number}'s positions`).toEqual(ids);
  });
});

describe.each(arabic)('$name in Arabic', ({ quiz }) => {
  const texts = textsIn(quiz, 'ar');

  it.each(GENDERED_VOWELS)('has no text with $rule', ({ pattern }) => {
    expect(texts.filter(({ text }) => pattern.test(text)).map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });

  it('allows the first person, اخترتُ (the vowel rules do not refuse it)', () => {
    for (const { pattern } of GENDERED_VOWELS) expect(pattern.test(`اخترت${DAMMA} الكرسي 5.`)).toBe(false);
  });

  // No quiz ever had دخلتِ, so this is the rules' own check on the forms the review quoted.
  it.each(['إذا دخلتَ غرفة', 'لو دخلتِ غرفة', '«هل راجعتَ الأرقام؟»', 'لا تخشَ قليلًا', 'فلا تكتفِ بهمسها', 'اعتنِ بطاقتك'])(
    'catches %s with one of the vowel rules',
    (example) => {
      expect(GENDERED_VOWELS.some(({ pattern }) => pattern.test(example))).toBe(true);
    },
  );

  it('has none of the words that address the visitor as a man only (مطالبًا، لست مجرد)', () => {
    expect(texts.filter(({ text }) => MASCULINE_WORDS.test(text)).map(({ where }) => where)).toEqual([]);
  });

  it('asks its question in the plural, as Moroccan pages write it (تختارون؟, not ستختار؟)', () => {
    const question = quiz.question.ar;
    const lastWord = /(\p{L}+)\s*؟\s*$/u.exec(question)?.[1] ?? '';
    // A present-tense verb of "you" (ت…, ستـ…) ends in ون in the plural; ستختار and تجلس are one man.
    if (/^(?:[وف])?(?:س)?ت/u.test(lastWord)) expect(lastWord, question).toMatch(/ون$/u);
    expect(question, 'no masculine-only vowel').not.toMatch(new RegExp(`[${FATHA}${KASRA}]${END}`, 'u'));
  });

  it('invites in the plural: no singular "your" (طريقتك) in the question or the intro', () => {
    const invitations = [quiz.question.ar, quiz.intro?.ar ?? ''].join(' ');
    const singular = [...invitations.matchAll(SINGULAR_YOUR)].map((m) => m[0]).filter((w) => !NOT_A_PRONOUN.has(w));
    expect(singular).toEqual([]);
  });

  it('repeats no phrase of four words between two chairs (a phrase belongs to one profile)', () => {
    const words = (text: string) =>
      text
        .replace(/[\p{P}\p{S}]/gu, ' ')
        .split(/\s+/)
        .filter(Boolean);
    const owner = new Map<string, number>();
    const repeated: string[] = [];
    for (const chair of quiz.chairs) {
      // Where a chair is may share words with its neighbour's ("next to the head, on its right / left").
      const own = new Set<string>();
      for (const [field, value] of Object.entries(chair)) {
        if (field === 'place' || typeof (value as Texts)?.ar !== 'string') continue;
        const w = words((value as Texts).ar);
        for (let i = 0; i + 4 <= w.length; i++) own.add(w.slice(i, i + 4).join(' '));
      }
      for (const phrase of own) {
        const first = owner.get(phrase);
        if (first === undefined) owner.set(phrase, chair.number);
        else repeated.push(`«${phrase}» in chairs ${first} and ${chair.number}`);
      }
    }
    expect(repeated).toEqual([]);
  });
});

describe.each(french)('$name in French', ({ quiz }) => {
  const texts = textsIn(quiz, 'fr');

  it('puts a non-breaking space before ; : ? ! and inside « »', () => {
    const bad = texts.filter(
      ({ text }) => /(?:^|[^\u00a0\u202f])[;:?!]/u.test(text) || /«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/u.test(text),
    );
    expect(bad.map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });

  it('joins an inverted pronoun with a non-breaking hyphen in the question (choisiriez‑vous never breaks)', () => {
    expect(quiz.question.fr).not.toMatch(/-(?:vous|nous|on|tu)\b/u);
  });
});
