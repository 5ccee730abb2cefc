import { describe, expect, it } from 'vitest';
import { emptyChair, emptyDraft, setPicture, setQuizText } from '../../demo/author/draft.js';
import { fromStored, isBlank, STORED_VERSION, toStored } from '../../demo/author/draft-store.js';

describe('author page: the draft as the browser keeps it', () => {
  const written = () => ({
    ...setQuizText(emptyDraft(), 'title', 'ar', 'في الحافلة'),
    chairs: [emptyChair({ x: 10, y: 20 })],
  });

  it('reads back what it wrote: texts, chairs and the picture’s name', () => {
    const draft = written();
    const text = JSON.stringify(toStored(draft, 1_764_600_000_000, { name: 'bus.jpg', kept: true }));
    expect(fromStored(text)).toEqual({
      version: STORED_VERSION,
      savedAt: 1_764_600_000_000,
      draft,
      picture: { name: 'bus.jpg', kept: true },
    });
  });

  it('keeps an embedded picture’s bytes out of localStorage (they go to IndexedDB)', () => {
    const draft = setPicture(written(), {
      kind: 'file',
      name: 'room.png',
      type: 'image/png',
      size: 9,
      dataUrl: 'data:image/png;base64,AAAA',
    });
    const kept = toStored(draft, 1).draft;
    expect(kept.picture).toEqual({ kind: 'file', name: 'room.png', type: 'image/png', size: 9, dataUrl: undefined });
    expect(JSON.stringify(kept)).not.toContain('base64');
  });

  it('ignores anything that is not a draft this version wrote, rather than half-restoring it', () => {
    const good = toStored(written(), 1);
    expect(fromStored(null)).toBeUndefined();
    expect(fromStored('{not json')).toBeUndefined();
    expect(fromStored(JSON.stringify({ ...good, version: 2 }))).toBeUndefined();
    expect(fromStored(JSON.stringify({ ...good, savedAt: 'yesterday' }))).toBeUndefined();
    expect(
      fromStored(JSON.stringify({ ...good, draft: { ...good.draft, chairs: [{ x: '10', y: 20, texts: {} }] } })),
    ).toBeUndefined();
    expect(fromStored(JSON.stringify({ ...good, draft: { ...good.draft, texts: undefined } }))).toBeUndefined();
    expect(fromStored(JSON.stringify({ ...good, picture: { name: 3 } }))).toEqual(good);
  });

  it('calls a draft blank only when nothing at all was written', () => {
    expect(isBlank(emptyDraft())).toBe(true);
    expect(isBlank(written())).toBe(false);
    expect(isBlank({ ...emptyDraft(), id: 'bus' })).toBe(false);
    expect(isBlank({ ...emptyDraft(), languages: ['ar', 'fr'] })).toBe(false);
  });
});
