/**
 * Keyboard order in the chair group (WAI-ARIA APG radio group): Down/Up go to the next/previous chair by
 * number, wrapping; Left/Right follow what the person sees — in right-to-left, Left is "next"; Home/End
 * go to the first/last chair. Returns the new index, or undefined for keys the group does not handle.
 */
export function nextChairIndex(key: string, current: number, count: number, dir: 'ltr' | 'rtl'): number | undefined {
  if (count <= 0) return undefined;
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case 'ArrowDown':
    case forward:
      return (current + 1) % count;
    case 'ArrowUp':
    case backward:
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
