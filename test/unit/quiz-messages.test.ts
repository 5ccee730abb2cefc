import { describe, expect, it } from 'vitest';
import { describeValue, formatPath } from '../../src/quiz/messages.js';

describe('issue formatting', () => {
  it('writes paths as an author reads them', () => {
    expect(formatPath(['chairs', 3, 'x'])).toBe('chairs[3].x');
    expect(formatPath(['chairs', 0, 'scores', 'a b'])).toBe('chairs[0].scores["a b"]');
    expect(formatPath([])).toBe('(the whole file)');
  });
  it('shows values briefly', () => {
    expect(describeValue('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
    expect(describeValue({})).toBe('an object');
    expect(describeValue(undefined)).toBe('nothing');
  });
});
