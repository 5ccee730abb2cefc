import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocale, useLocale, type UiLocale } from '../../src/localization.js';
import { parseQuiz, type Quiz } from '../../src/quiz/schema.js';
import {
  facebookUrl,
  MAX_SHARE_TEXT,
  readResultLink,
  resultLink,
  shareText,
  shorten,
  whatsappUrl,
} from '../../src/share.js';
import { pickText } from '../../src/text.js';

const load = (name: string) => {
  const result = parseQuiz(JSON.parse(readFileSync(new URL(`../../quizzes/${name}.json`, import.meta.url), 'utf8')));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.quiz;
};
const quizzes: Quiz[] = [load('meeting-room'), load('assembly-hall')];
const invitation: Record<UiLocale, string> = {
  ar: 'وأنت، أيّ كرسي ستختار؟',
  fr: 'Et vous, quelle chaise choisiriez-vous\u00a0?',
  en: 'Which chair would you pick?',
};

beforeAll(async () => {
  await loadLocale('fr');
  await loadLocale('en');
});

describe('shareText', () => {
  for (const locale of ['ar', 'fr', 'en'] as const) {
    for (const quiz of quizzes) {
      it(`fits, names the chair and invites, for every chair of ${quiz.id} in ${locale}`, () => {
        useLocale(locale);
        for (const chair of quiz.chairs) {
          const title = pickText(chair.title, locale, quiz.lang).text;
          const text = shareText({
            number: String(chair.number),
            title,
            line: pickText(chair.leadership, locale, quiz.lang).text,
          });
          expect(text.length, text).toBeLessThanOrEqual(MAX_SHARE_TEXT);
          expect(text).toContain(` ${chair.number}`);
          expect(text).toContain(title);
          expect(text.endsWith(invitation[locale]), text).toBe(true);
          expect(text).not.toMatch(/\$\{|<x /);
        }
      });
    }
  }

  it('reads as the issue asks in Arabic', () => {
    useLocale('ar');
    expect(shareText({ number: '5', title: 'المتحدّي', line: 'يسأل الأسئلة الصعبة.' })).toBe(
      'اخترتُ الكرسي 5: المتحدّي — «يسأل الأسئلة الصعبة.» وأنت، أيّ كرسي ستختار؟',
    );
  });

  it('shortens the line, never the title, and falls back to the short form', () => {
    useLocale('en');
    const long = shareText({ number: '3', title: 'The Voice of Wisdom', line: 'word '.repeat(100) });
    expect(long.length).toBeLessThanOrEqual(MAX_SHARE_TEXT);
    expect(long).toContain('The Voice of Wisdom — “word word');
    expect(long).toContain('…”');
    const huge = shareText({ number: '3', title: 'T'.repeat(170), line: 'x' });
    expect(huge.length).toBeLessThanOrEqual(MAX_SHARE_TEXT);
  });
});

describe('shorten', () => {
  it.each([
    ['short text', 20, 'short text'],
    ['one two three four five', 14, 'one two three…'],
    ['كلمة أولى، كلمة ثانية، كلمة ثالثة', 20, 'كلمة أولى، كلمة…'],
    ['x'.repeat(30), 10, `${'x'.repeat(9)}…`],
  ])('%s (%i) → %s', (text, max, expected) => {
    expect(shorten(text, max)).toBe(expected);
    expect(shorten(text, max).length).toBeLessThanOrEqual(max);
  });
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
