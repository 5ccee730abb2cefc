import { describe, expect, it } from 'vitest';
import { PICTURE_BUDGET_BYTES } from '../../scripts/validate-quiz.js';
import {
  canShrink,
  isQuizPicture,
  localFileName,
  PICTURE_ACCEPT,
  renamedFor,
  typeFromName,
  WEIGHT_BUDGET,
} from '../../demo/author/picture.js';

describe('author page: which pictures a quiz can use', () => {
  it('accepts the validator’s formats — PNG, JPEG, WebP, AVIF, SVG — by type, or by name when the system gave no type', () => {
    for (const type of ['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'image/svg+xml'])
      expect(isQuizPicture({ name: 'x', type }), type).toBe(true);
    for (const type of ['image/gif', 'image/bmp', 'image/heic', 'application/pdf'])
      expect(isQuizPicture({ name: 'x.png', type }), type).toBe(false);
    expect(isQuizPicture({ name: 'Salle.AVIF', type: '' })).toBe(true);
    expect(isQuizPicture({ name: 'salle.gif', type: '' })).toBe(false);
    expect(typeFromName('photo.JPEG')).toBe('image/jpeg');
    expect(typeFromName('plan.svg')).toBe('image/svg+xml');
    expect(typeFromName('notes')).toBeUndefined();
    expect(PICTURE_ACCEPT.split(',')).toEqual(
      expect.arrayContaining(['.avif', '.webp', '.svg', 'image/avif', 'image/svg+xml']),
    );
    expect(PICTURE_ACCEPT).not.toContain('gif');
  });

  it('offers to shrink raster pictures over 300 kB, the validator’s budget, never an SVG', () => {
    expect(WEIGHT_BUDGET).toBe(300_000);
    expect(WEIGHT_BUDGET).toBe(PICTURE_BUDGET_BYTES);
    expect(canShrink('image/jpeg')).toBe(true);
    expect(canShrink('image/avif')).toBe(true);
    expect(canShrink('image/svg+xml')).toBe(false);
    expect(canShrink('image/gif')).toBe(false);
  });

  it('names a shrunk picture after the original, with its new format', () => {
    expect(renamedFor('photo salle.jpg', 'image/webp')).toBe('photo salle.webp');
    expect(renamedFor('Bus.PNG', 'image/jpeg')).toBe('Bus.jpg');
    expect(renamedFor('', 'image/webp')).toBe('picture.webp');
  });

  it('reads the file name at the end of a relative picture address', () => {
    expect(localFileName('pictures/salle%201.png?v=2#top')).toBe('salle 1.png');
    expect(localFileName('bad%E0.png')).toBe('bad%E0.png');
  });
});
