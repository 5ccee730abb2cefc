import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocale, msg, useLocale, type UiLocale } from '../../src/localization.js';
import { parseQuiz, type Quiz } from '../../src/quiz/schema.js';
import { fillShareUrl, readResultLink, resultLink } from '../../src/share.js';
import { facebookUrl, shareTexts, whatsappUrl, withLink } from '../../src/share-texts.js';
import { formatChairNumber } from '../../src/numbers.js';
import { pickText } from '../../src/text.js';

const load = (name: string) => {
  const result = parseQuiz(JSON.parse(readFileSync(new URL(`../../quizzes/${name}.json`, import.meta.url), 'utf8')));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.quiz;
};
const { commentLine, quoted, shareText } = shareTexts(msg);
const builtIn: Quiz[] = [load('meeting-room'), load('assembly-hall')];

/**
 * The same quizzes with a headline on every chair (whatever the built-in files carry today), one that quotes
 * someone («…» inside), one with a `share` text, one with neither.
 */
const withHeadlines = (quiz: Quiz): Quiz => ({
  ...quiz,
  id: `${quiz.id}-headlines`,
  chairs: quiz.chairs.map((chair, i) => {
    const { headline: _h, share: _s, ...rest } = chair;
    if (i === 0) return rest;
    if (i === 1)
      return {
        ...rest,
        share: {
          ar: 'أنا من يطرح السؤال الصعب.',
          fr: 'Je pose la question difficile.',
          en: 'I ask the hard question.',
        },
      };
    if (i === 2)
      return {
        ...rest,
        headline: {
          ar: 'تسأل دائمًا: «هل راجعت الأرقام؟»',
          fr: 'Vous demandez toujours «\u00a0Avez-vous vérifié\u00a0?\u00a0»',
          en: 'You always ask: “Did you check the numbers?”',
        },
      };
    return {
      ...rest,
      headline: {
        ar: `عنوان الكرسي ${chair.number}: جملة واحدة تصفك كما يراك الفريق في اجتماعاته كل أسبوع.`,
        fr: `Titre de la chaise ${chair.number}\u00a0: une phrase qui vous décrit comme l’équipe vous voit.`,
        en: `Chair ${chair.number} headline: one sentence that says how the team sees you at its weekly meetings.`,
      },
    };
  }),
});
const quizzes = [...builtIn, ...builtIn.map(withHeadlines)];

const invitation: Record<UiLocale, string> = {
  ar: 'وأنتم، أيّ كرسي تختارون؟',
  fr: 'Et vous, quelle chaise choisiriez-vous\u00a0?',
  en: 'Which chair would you pick?',
};
const firstPerson: Record<UiLocale, RegExp> = {
  ar: /^اخترتُ الكرسي /,
  fr: /^J’ai choisi la chaise /,
  en: /^I picked chair /,
};

beforeAll(async () => {
  await loadLocale('fr');
  await loadLocale('en');
});

describe('shareText', () => {
  for (const locale of ['ar', 'fr', 'en'] as const)
    for (const quiz of quizzes)
      for (const digits of ['latn', 'arab'] as const)
        it(`reads well for every chair of ${quiz.id} in ${locale} (${digits} digits): first person, quiz, chair, line, plural invitation, nothing cut`, () => {
          useLocale(locale);
          const text = (value: Parameters<typeof pickText>[0]) => pickText(value, locale, quiz.lang).text;
          for (const chair of quiz.chairs) {
            const number = formatChairNumber(chair.number, locale, digits);
            const title = text(chair.title);
            const line = chair.share ?? chair.headline;
            const shared = shareText({ quiz: text(quiz.title), number, title, line: line && text(line) });
            const lines = shared.split('\n');
            expect(lines[0], shared).toMatch(firstPerson[locale]);
            expect(lines[0]).toContain(` ${number} `);
            expect(lines[0]).toContain(text(quiz.title));
            expect(lines[0].endsWith(title), shared).toBe(true);
            expect(lines.at(-1)).toBe(invitation[locale]);
            if (line) {
              expect(lines, shared).toHaveLength(3);
              expect(lines[1]).toContain(text(line)); // whole: never cut
            } else expect(lines, 'a chair without headline or share text: its title only').toHaveLength(2);
            expect(shared).not.toContain('…');
            expect(shared).not.toMatch(/[«“][^»”]*[«“]/); // no nested quotes
            expect(shared).not.toMatch(/\$\{|<x /);
          }
        });

  it('reads as the issue asks in Arabic', () => {
    useLocale('ar');
    expect(shareText({ quiz: 'غرفة الاجتماع', number: '5', title: 'روح الفريق', line: 'تقود بالحماس.' })).toBe(
      'اخترتُ الكرسي 5 في «غرفة الاجتماع»: روح الفريق\n«تقود بالحماس.»\nوأنتم، أيّ كرسي تختارون؟',
    );
  });

  it('keeps French non-breaking spaces and writes English quotes', () => {
    useLocale('fr');
    expect(
      shareText({
        quiz: 'Salle de réunion',
        number: '5',
        title: 'L’esprit d’équipe',
        line: 'Vous entraînez le groupe.',
      }),
    ).toBe(
      'J’ai choisi la chaise 5 dans «\u00a0Salle de réunion\u00a0»\u00a0: L’esprit d’équipe\n«\u00a0Vous entraînez le groupe.\u00a0»\nEt vous, quelle chaise choisiriez-vous\u00a0?',
    );
    useLocale('en');
    expect(shareText({ quiz: 'Meeting room', number: '5', title: 'Team spirit', line: 'You carry the group.' })).toBe(
      'I picked chair 5 in “Meeting room”: Team spirit\n“You carry the group.”\nWhich chair would you pick?',
    );
  });

  it('does not quote again a headline that quotes someone', () => {
    useLocale('ar');
    expect(quoted('تسأل دائمًا: «هل راجعت الأرقام؟»')).toBe('تسأل دائمًا: «هل راجعت الأرقام؟»');
    expect(quoted('بلا اقتباس')).toBe('«بلا اقتباس»');
    useLocale('en');
    expect(quoted('You say "why not".')).toBe('You say "why not".');
    expect(quoted('L’équipe')).toBe('“L’équipe”'); // an apostrophe is not a quote
  });

  it('puts the link last, on its own line, for WhatsApp and copy', () => {
    expect(withLink('a\nb', 'https://x.ma/#r')).toBe('a\nb\nhttps://x.ma/#r');
  });
});

describe('commentLine', () => {
  it.each([
    ['ar', '5', 'روح الفريق', '🪑 الكرسي 5: روح الفريق'],
    ['ar', '٥', 'روح الفريق', '🪑 الكرسي ٥: روح الفريق'],
    ['fr', '5', 'L’esprit d’équipe', '🪑 Chaise 5\u00a0: L’esprit d’équipe'],
    ['en', '5', 'Team spirit', '🪑 Chair 5: Team spirit'],
  ] as const)('in %s with %s: %s', (locale, number, title, expected) => {
    useLocale(locale);
    expect(commentLine(number, title)).toBe(expected);
  });
});

describe('fillShareUrl', () => {
  it('puts the quiz id and the chair number in a share kit pattern', () => {
    expect(fillShareUrl('https://coop.example/quiz/r/{quiz}-{chair}.html', 'meeting-room', 5)).toBe(
      'https://coop.example/quiz/r/meeting-room-5.html',
    );
    expect(fillShareUrl('http://coop.example/r?q={quiz}&c={chair}', 'a', 12)).toBe('http://coop.example/r?q=a&c=12');
  });
  it('escapes what it puts in', () => {
    expect(fillShareUrl('https://coop.example/{quiz}/', 'a/b?c#d', 1)).toBe('https://coop.example/a%2Fb%3Fc%23d/');
  });
  it.each([
    'javascript:alert(1)//{quiz}',
    'data:text/html,{quiz}',
    'JAVASCRIPT:alert({chair})',
    '/relative/{quiz}.html',
    'not a url {quiz}',
    '',
  ])('refuses %s', (pattern) => expect(fillShareUrl(pattern, 'meeting-room', 5)).toBeUndefined());
});

describe('result links', () => {
  it('carry the quiz id and chair in the fragment of the page address', () => {
    expect(resultLink('https://coop.ma/quiz?x=1#top', 'meeting-room', 5)).toBe(
      'https://coop.ma/quiz?x=1#coop-chair-quiz=meeting-room:5',
    );
  });
  it.each([
    ['#coop-chair-quiz=meeting-room:5', 5],
    ['coop-chair-quiz=meeting-room:10', 10],
    ['#section&coop-chair-quiz=meeting-room:2', 2],
    ['#coop-chair-quiz%3Dmeeting-room%3A3', 3],
  ])('read %s → %s', (hash, chair) => expect(readResultLink(hash, 'meeting-room', 10)).toBe(chair));
  it.each([
    '#coop-chair-quiz=assembly-hall:5', // another quiz
    '#coop-chair-quiz=meeting-room:11', // no such chair
    '#coop-chair-quiz=meeting-room:0',
    '#coop-chair-quiz=meeting-room:-1',
    '#coop-chair-quiz=meeting-room:2.5',
    '#coop-chair-quiz=meeting-room:5<script>alert(1)</script>',
    '#coop-chair-quiz=<img src=x onerror=alert(1)>:5',
    '#coop-chair-quiz=meeting-room:99999999999',
    '#coop-chair-quiz=meeting-room:%E0%A4%A',
    `#coop-chair-quiz=meeting-room:5&${'x'.repeat(400)}`,
    '#coop-chair-quiz=constructor:1',
    '#',
    '',
  ])('ignore %s', (hash) => expect(readResultLink(hash, 'meeting-room', 10)).toBeUndefined());
  it('builds WhatsApp and Facebook share addresses', () => {
    expect(whatsappUrl('نص & شيء', 'https://a.ma/#coop-chair-quiz=x:1')).toBe(
      `https://wa.me/?text=${encodeURIComponent('نص & شيء\nhttps://a.ma/#coop-chair-quiz=x:1')}`,
    );
    expect(facebookUrl('https://a.ma/p#coop-chair-quiz=x:1')).toBe(
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fa.ma%2Fp%23coop-chair-quiz%3Dx%3A1',
    );
  });
});
