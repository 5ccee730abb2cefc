/**
 * The interface's Arabic speaks to women and men alike (issue 15): no masculine-only vowel marks, invitations in the
 * plural as Moroccan pages write them, buttons as verbal nouns. Read from the extracted sources in locales/fr.xlf (every
 * msg() of src/, the seat and place sentences included).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const xlf = readFileSync(new URL('../../locales/fr.xlf', import.meta.url), 'utf8');
const sources = new Map(
  [...xlf.matchAll(/<trans-unit id="([^"]+)">\s*<source>([^]*?)<\/source>/g)].map(([, id, source]) => [
    id,
    source.replace(/<x [^>]*\/>/g, '…'),
  ]),
);

describe('the interface in Arabic', () => {
  it('reads every source string', () => {
    expect(sources.size).to.be.above(80);
  });

  it('carries no masculine-only final vowel (دخلتَ، راجعتَ، لا تخشَ)', () => {
    const marked = [...sources].filter(([, text]) => /[\u0621-\u064a]\u064e(?=[\s،؛.؟!»…:]|$)/.test(text));
    expect(marked.map(([id, text]) => `${id}: ${text}`)).toEqual([]);
  });

  it('invites in the plural: the instructions and a friend’s invitation, for every noun', () => {
    for (const id of ['hint', 'seat-hint', 'place-hint', 'invite', 'seat-invite', 'place-invite'])
      expect(sources.get(id), id).toMatch(/اختاروا/);
  });

  it('names the buttons with verbal nouns, not a masculine imperative', () => {
    for (const id of [
      'choose-again',
      'pick-own',
      'seat-choose-again',
      'place-pick-own',
      'show-friend',
      'share',
      'save-picture',
    ])
      expect(sources.get(id), id).toMatch(/^(اختيار|عرض|مشاركة|حفظ)/);
    const imperatives = [...sources].filter(([, text]) =>
      /(^|\s)(اختر|المس|انقر|شارك|احفظ|انسخ|اضغط|ألصقه?)(\s|$)/.test(text),
    );
    expect(imperatives.map(([id]) => id)).toEqual([]);
  });
});
