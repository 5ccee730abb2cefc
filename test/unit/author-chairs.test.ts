import { describe, expect, it } from 'vitest';
import {
  addItem,
  moveItem,
  nudge,
  pointToPercent,
  removeItem,
  round,
  selectionAfterRemove,
  updateItem,
} from '../../demo/author/chairs.js';

describe('author page: placing chairs', () => {
  const rect = { left: 100, top: 50, width: 400, height: 300 };

  it.each([
    [100, 50, { x: 0, y: 0 }],
    [500, 350, { x: 100, y: 100 }],
    [300, 200, { x: 50, y: 50 }],
    [201, 126, { x: 25.25, y: 25.33 }],
    [50, 400, { x: 0, y: 100 }], // outside the picture: held at its edge
  ])('turns the pointer at (%d, %d) into percent of the picture', (x, y, expected) => {
    expect(pointToPercent(rect, x, y)).toEqual(expected);
  });

  it('puts a chair in the middle of a picture that has no size yet', () => {
    expect(pointToPercent({ left: 0, top: 0, width: 0, height: 0 }, 10, 10)).toEqual({ x: 50, y: 50 });
  });

  it.each([
    ['ArrowLeft', false, { x: 49, y: 40 }],
    ['ArrowRight', false, { x: 51, y: 40 }],
    ['ArrowUp', false, { x: 50, y: 39 }],
    ['ArrowDown', false, { x: 50, y: 41 }],
    ['ArrowLeft', true, { x: 49.9, y: 40 }],
    ['ArrowDown', true, { x: 50, y: 40.1 }],
  ])('nudges with %s (Shift: %s)', (key, fine, expected) => {
    expect(nudge({ x: 50, y: 40 }, key, fine)).toEqual(expected);
  });

  it('moves physically whatever the page direction, stays on the picture, and keeps clean decimals', () => {
    expect(nudge({ x: 0.5, y: 99.5 }, 'ArrowLeft')).toEqual({ x: 0, y: 99.5 });
    expect(nudge({ x: 0.5, y: 99.5 }, 'ArrowDown')).toEqual({ x: 0.5, y: 100 });
    let p = { x: 10, y: 10 };
    for (let i = 0; i < 3; i++) p = nudge(p, 'ArrowRight', true)!;
    expect(p.x).toBe(10.3);
    expect(nudge(p, 'Enter')).toBeUndefined();
    expect(nudge(p, 'a')).toBeUndefined();
  });

  it('rounds to two decimals', () => {
    expect(round(33.33333)).toBe(33.33);
    expect(round(66.666)).toBe(66.67);
  });

  it('numbers chairs by their place in the list: add, remove, renumber', () => {
    const list = ['a', 'b', 'c', 'd'];
    expect(addItem(list, 'e')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(removeItem(list, 1)).toEqual(['a', 'c', 'd']);
    expect(removeItem(list, 9)).toEqual(list);
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(list, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItem(list, 1, 99)).toEqual(['a', 'c', 'd', 'b']);
    expect(updateItem(list, 2, (s) => s.toUpperCase())).toEqual(['a', 'b', 'C', 'd']);
    expect(list).toEqual(['a', 'b', 'c', 'd']); // never changed in place
  });

  it('selects the chair that took the removed one’s place, or the new last one', () => {
    expect(selectionAfterRemove(3, 1)).toBe(1);
    expect(selectionAfterRemove(3, 3)).toBe(2);
    expect(selectionAfterRemove(0, 0)).toBeUndefined();
  });
});
