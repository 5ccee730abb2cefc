import { describe, expect, it } from 'vitest';
import { emptyDraft, quizJson, setPicture } from '../../demo/author/draft.js';
import { filesToSave, readQuizText, siteQuizzesFrom, sortChosenFiles } from '../../demo/author/file-io.js';

const file = (name: string, type = '') => new File(['x'], name, { type });

describe('author page: files in and out', () => {
  it('takes the first quiz file among those chosen, and the pictures beside it, whatever their format', () => {
    const quiz = file('bus-trip.json', 'application/json');
    const photo = file('bus.jpg', 'image/jpeg');
    const gif = file('old.gif', 'image/gif');
    const chosen = sortChosenFiles([photo, quiz, file('notes.txt', 'text/plain'), gif, file('other.json')]);
    expect(chosen.quiz).toBe(quiz);
    expect(chosen.pictures).toEqual([photo, gif]);
    expect(sortChosenFiles([file('IMG_1.HEIC')]).pictures).toHaveLength(1);
    expect(sortChosenFiles([file('a.txt')])).toEqual({ quiz: undefined, pictures: [] });
  });

  it('reads a quiz file saved with a byte-order mark, and refuses text that is not JSON', () => {
    expect(readQuizText('\uFEFF{"id":"a"}')).toEqual({ id: 'a' });
    expect(() => readQuizText('{"id": "a",}')).toThrow(SyntaxError);
  });

  it('lists the site’s quizzes that name a file and a title, skipping the rest', () => {
    const index = {
      quizzes: [
        { file: 'a.json', title: 'A' },
        { file: 'b.json', title: { ar: 'ب' } },
        { file: 3, title: 'C' },
        { title: 'D' },
        null,
      ],
    };
    expect(siteQuizzesFrom(index)).toEqual([
      { file: 'a.json', title: 'A' },
      { file: 'b.json', title: { ar: 'ب' } },
    ]);
    expect(siteQuizzesFrom({})).toEqual([]);
    expect(siteQuizzesFrom(null)).toEqual([]);
  });

  it('saves the quiz file alone when its picture is inside it or elsewhere, and the picture beside it when it is too large', async () => {
    const draft = { ...emptyDraft(), id: 'bus-trip' };
    const alone = filesToSave(draft, undefined);
    expect(alone.map((f) => f.name)).toEqual(['bus-trip.json']);
    expect(await alone[0].blob.text()).toBe(quizJson(draft));
    const big = setPicture(
      draft,
      { kind: 'file', name: 'Bus.JPG', type: 'image/jpeg', size: 400_000 },
      { width: 1600, height: 900 },
    );
    const picture = new Blob(['jpeg bytes']);
    const both = filesToSave(big, picture);
    expect(both.map((f) => f.name)).toEqual(['bus-trip.json', 'bus-trip.jpg']);
    expect(both[1].blob).toBe(picture);
    const small = setPicture(draft, {
      kind: 'file',
      name: 'b.png',
      type: 'image/png',
      size: 10,
      dataUrl: 'data:image/png;base64,AA==',
    });
    expect(filesToSave(small, picture).map((f) => f.name)).toEqual(['bus-trip.json']);
  });
});
