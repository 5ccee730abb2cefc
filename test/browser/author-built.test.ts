// The playground as `npm run build` ships it (dist/author/): its parts' reactive properties survive the build's
// class-field compilation — a build that compiled them with define semantics showed no picture and no chairs.
// Needs `npm run build` first, as `npm test` does.
import { expect } from '@open-wc/testing';
import { until } from './author-helpers.js';

describe('the quiz playground in dist/, opening a quiz', () => {
  it('shows the opened quiz’s picture and its ten chairs', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1100px';
    frame.style.height = '800px';
    frame.src = '/dist/author/author.html?open=../quizzes/meeting-room.json';
    document.body.append(frame);
    try {
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      const root = () => frame.contentDocument!.querySelector('quiz-author')?.shadowRoot;
      await until(() => root()?.querySelectorAll('.marker').length === 10, 'the ten chairs', 15_000);
      await until(
        () => root()!.querySelector<HTMLImageElement>('.frame.has-picture img')?.complete,
        'the picture',
        15_000,
      );
      expect(root()!.querySelector<HTMLImageElement>('.frame img')!.naturalWidth).to.be.above(0);
    } finally {
      frame.remove();
    }
  });
});
