import { describe, expect, it } from 'vitest';
import { wrapLines } from '../../src/share-picture.js';

/** Every character 10 px wide: the line breaking is then easy to read. */
const measure = (text: string) => text.length * 10;

describe('wrapLines', () => {
  it('breaks at spaces, as many words on a line as fit', () => {
    expect(wrapLines(measure, 'one two three four five', 140)).toEqual(['one two three', 'four five']);
  });

  it('keeps French non-breaking spaces glued («\u00a0…\u00a0», the space before ?)', () => {
    expect(wrapLines(measure, 'quelle chaise choisiriez-vous\u00a0?', 200)).toEqual([
      'quelle chaise',
      'choisiriez-vous\u00a0?',
    ]);
  });

  it('gives a word longer than the line a line of its own, rather than losing it', () => {
    expect(wrapLines(measure, 'a verylongwordindeed b', 80)).toEqual(['a', 'verylongwordindeed', 'b']);
  });

  it('breaks Arabic the same way (the canvas draws each line right to left)', () => {
    expect(wrapLines(measure, 'إذا دخلتَ غرفة الاجتماع هذه', 150)).toEqual(['إذا دخلتَ غرفة', 'الاجتماع هذه']);
  });
});
