import { describe, expect, it } from 'vitest';
import { nextChairIndex } from '../../src/keyboard.js';

describe('nextChairIndex (APG radio group, direction-aware)', () => {
  it.each([
    ['ArrowDown', 'ltr', 0, 1],
    ['ArrowUp', 'ltr', 0, 9],
    ['ArrowRight', 'ltr', 3, 4],
    ['ArrowLeft', 'ltr', 3, 2],
    ['ArrowLeft', 'rtl', 3, 4],
    ['ArrowRight', 'rtl', 3, 2],
    ['ArrowLeft', 'rtl', 9, 0],
    ['Home', 'rtl', 5, 0],
    ['End', 'ltr', 5, 9],
  ] as const)('%s in %s from %i → %i', (key, dir, from, to) => expect(nextChairIndex(key, from, 10, dir)).toBe(to));
  it('ignores other keys', () => expect(nextChairIndex('a', 0, 10, 'ltr')).toBeUndefined());
});
