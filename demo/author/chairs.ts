/**
 * Placing chairs on the picture: pure functions over chair positions, in percent of the picture
 * (x from the left, y from the top — physical, like the component: the picture is never mirrored).
 * Chairs are numbered by their place in the list (1…N), so adding, removing and renumbering are list moves.
 */

/** A position on the picture, in percent. */
export interface Point {
  x: number;
  y: number;
}

/** Positions are written with two decimals at most (0.01% of an 800 px picture is 0.08 px). */
export const round = (value: number): number => Math.round(value * 100) / 100;

export const clampPercent = (value: number): number => Math.min(100, Math.max(0, value));

/** The point under the pointer, in percent of the picture's box (`rect` in the same CSS px as the pointer). */
export function pointToPercent(
  rect: { left: number; top: number; width: number; height: number },
  clientX: number,
  clientY: number,
): Point {
  if (!(rect.width > 0) || !(rect.height > 0)) return { x: 50, y: 50 };
  return {
    x: round(clampPercent(((clientX - rect.left) / rect.width) * 100)),
    y: round(clampPercent(((clientY - rect.top) / rect.height) * 100)),
  };
}

/** Arrow-key steps: 1% of the picture, or 0.1% with Shift. */
export const NUDGE_STEP = 1;
export const FINE_NUDGE_STEP = 0.1;

/**
 * Where an arrow key moves a chair, or `undefined` for other keys. Arrows are physical (Left = towards the
 * picture's left edge) whatever the page's direction, because the picture is not mirrored.
 */
export function nudge(point: Point, key: string, fine = false): Point | undefined {
  const step = fine ? FINE_NUDGE_STEP : NUDGE_STEP;
  const delta: Record<string, [number, number]> = {
    ArrowLeft: [-step, 0],
    ArrowRight: [step, 0],
    ArrowUp: [0, -step],
    ArrowDown: [0, step],
  };
  const d = delta[key];
  if (!d) return undefined;
  return { x: round(clampPercent(point.x + d[0])), y: round(clampPercent(point.y + d[1])) };
}

/** A new list with `item` appended: it gets the next number. */
export function addItem<T>(list: readonly T[], item: T): T[] {
  return [...list, item];
}

/** A new list without the item at `index`: the items after it move up one number. */
export function removeItem<T>(list: readonly T[], index: number): T[] {
  if (index < 0 || index >= list.length) return [...list];
  return [...list.slice(0, index), ...list.slice(index + 1)];
}

/**
 * Renumbering: the item at `from` takes place `to` (both 0-based); the ones in between shift by one,
 * so numbers stay 1…N without gaps or duplicates.
 */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length) return out;
  const target = Math.min(out.length - 1, Math.max(0, to));
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item);
  return out;
}

/** A new list with the item at `index` replaced by `change(item)`. */
export function updateItem<T>(list: readonly T[], index: number, change: (item: T) => T): T[] {
  return list.map((item, i) => (i === index ? change(item) : item));
}

/**
 * Which chair is selected after a list change: after removing `removed`, the one that took its place
 * (or the new last one); after a move, wherever the moved chair went.
 */
export function selectionAfterRemove(length: number, removed: number): number | undefined {
  if (length === 0) return undefined;
  return Math.min(removed, length - 1);
}
