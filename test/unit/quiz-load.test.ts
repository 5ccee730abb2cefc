/**
 * The page's own reading of a quiz file (src/load.ts), in Node (whose fetch and streams are the browsers'): the
 * same rules as `npm run validate` for what the file itself must be — a UTF-8 byte order mark is fine, over
 * DEFAULT_MAX_BYTES is refused.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, loadQuiz } from '../../src/load.js';

const small = () => readFile(new URL('../fixtures/small.json', import.meta.url), 'utf8');

/** A real HTTP server (port 8801, this test's own) that answers the bytes it was last given. */
const PORT = 8801;
let body: Uint8Array = new Uint8Array();
let server: Server;
beforeAll(
  () =>
    new Promise<void>((done) => (server = createServer((_req, res) => res.end(body)).listen(PORT, '127.0.0.1', done))),
);
afterAll(() => new Promise<void>((done) => server.close(() => done())));
const serve = (bytes: Uint8Array) => {
  body = bytes;
  return `http://127.0.0.1:${PORT}/small.json`;
};

describe('the page reading a quiz file', () => {
  it('accepts a UTF-8 byte order mark, as the validator does', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(await small())]);
    const quiz = await loadQuiz(serve(bytes));
    expect(quiz.id).toBe('small');
  });

  it('refuses a file over DEFAULT_MAX_BYTES as too large, as the validator does', async () => {
    const text = await small();
    const bytes = new TextEncoder().encode(text + ' '.repeat(DEFAULT_MAX_BYTES + 1 - Buffer.byteLength(text)));
    await expect(loadQuiz(serve(bytes))).rejects.toMatchObject({ kind: 'too-large' });
  });
});
