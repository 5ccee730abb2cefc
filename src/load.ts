/**
 * Fetching a quiz file: bounded in time and size, never throws anything but a `QuizLoadError`
 * that says what went wrong in terms a page owner or author can act on.
 */
import type { Quiz } from './quiz/schema.js';
import { checkQuiz } from './quiz/quick-check.js';

/**
 * The zod schema, loaded only to explain a file the quick check refused. In the script-tag build this is a
 * file of its own beside the script, `coop-chair-quiz-explain.js`, that imports nothing (see vite.config.ts).
 */
const explain = () => import('./quiz/explain.js');

export type QuizLoadErrorKind =
  | 'network' // the server could not be reached
  | 'cors' // reached, but it does not allow this page's origin to read the file
  | 'http' // the server answered with an error status (404…)
  | 'timeout' // no complete answer in time
  | 'too-large' // larger than any real quiz
  | 'not-json' // the file is not JSON
  | 'invalid'; // JSON, but not a valid quiz (see `problems`)

/** Why a quiz could not be shown. `message` is for developers (English); the component words it for visitors. */
export class QuizLoadError extends Error {
  override name = 'QuizLoadError';
  constructor(
    readonly kind: QuizLoadErrorKind,
    readonly url: string,
    message: string,
    /** One line per problem in the file, e.g. `chairs[3].x: expected a number from 0 to 100, got 140`. */
    readonly problems: readonly string[] = [],
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Give up after this long (ms). */
  timeout?: number;
  /** Refuse files larger than this (bytes). A ten-chair quiz in three languages is about 20 kB. */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT = 15_000;
export const DEFAULT_MAX_BYTES = 1_000_000;

/** Reads the body as text, stopping as soon as it is larger than `maxBytes`. */
async function readText(response: Response, url: string, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = () =>
    new QuizLoadError(
      'too-large',
      url,
      `${url}: the file is larger than ${maxBytes} bytes; a quiz file is a few kilobytes`,
    );
  if (declared > maxBytes) throw tooLarge();
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel();
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** After a failed fetch: if an opaque request to the same URL succeeds, the server is there and CORS is the cause. */
async function isCorsFailure(url: string, signal: AbortSignal): Promise<boolean> {
  try {
    await fetch(url, { mode: 'no-cors', signal, credentials: 'omit' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Fetches, parses and validates the quiz at `url` (absolute). The picture URL in the result is made absolute
 * against the quiz file's URL, so a quiz's picture is found beside it wherever the page is.
 */
export async function loadQuiz(url: string, options: LoadOptions = {}): Promise<Quiz> {
  const { timeout = DEFAULT_TIMEOUT, maxBytes = DEFAULT_MAX_BYTES } = options;
  const controller = new AbortController();
  const abort = () => controller.abort();
  options.signal?.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  // A file of the page's own origin is fetched as a preload hint without `crossorigin` fetches it, in no-cors mode
  // with credentials (the answer is readable all the same): WebKit uses a preloaded file for no other request (it
  // downloads it again), Chromium for no other credentials mode. A file of another origin is fetched with CORS.
  // (`origin` is the page's real origin: "null" in a sandboxed frame, undefined in Node.)
  let cors = new URL(url).origin !== globalThis.origin;
  const get = () =>
    fetch(url, {
      signal: controller.signal,
      mode: cors ? 'cors' : 'no-cors',
      credentials: cors ? 'same-origin' : 'include',
      headers: { accept: 'application/json' },
    });
  try {
    let response: Response;
    try {
      response = await get();
      // A file of this origin that redirects to another: unreadable in no-cors mode, so asked for again with CORS.
      // (That first request carries the other site's own cookies, as an image from it would.)
      if (response.type === 'opaque') {
        cors = true;
        response = await get();
      }
    } catch (error) {
      if (timedOut) throw new QuizLoadError('timeout', url, `${url}: no answer within ${timeout / 1000} s`);
      if (controller.signal.aborted) throw error; // the element asked for another quiz: not an error to show
      // Only a CORS request can fail for want of CORS headers: a file of this origin that does not answer is a
      // network failure, whatever a second try says.
      if (cors && (await isCorsFailure(url, controller.signal))) {
        throw new QuizLoadError(
          'cors',
          url,
          `${url}: the server does not allow this page (${location.origin}) to read the quiz; it must send Access-Control-Allow-Origin (CORS), or the quiz must be copied to this site`,
        );
      }
      throw new QuizLoadError('network', url, `${url}: the server could not be reached (${String(error)})`);
    }
    if (!response.ok) {
      throw new QuizLoadError(
        'http',
        url,
        `${url}: the server answered ${response.status} ${response.statusText}`.trim(),
        [],
        response.status,
      );
    }
    let text: string;
    try {
      text = await readText(response, url, maxBytes);
    } catch (error) {
      if (error instanceof QuizLoadError) throw error;
      if (timedOut)
        throw new QuizLoadError('timeout', url, `${url}: the file did not arrive within ${timeout / 1000} s`);
      throw controller.signal.aborted
        ? error
        : new QuizLoadError('network', url, `${url}: the download failed (${String(error)})`);
    }
    // A large file (a thousand chairs is about a megabyte) is parsed, checked and drawn in tasks of their own, each
    // well under what the three would take together, so that the page can answer in between (issue 18).
    const pause = () => text.length > 1e5 && new Promise((resolve) => setTimeout(resolve));
    await pause();
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new QuizLoadError('not-json', url, `${url}: not a JSON file (${(error as Error).message})`);
    }
    // The authors' layout rules are for `npm run validate`; the page shows any structurally sound quiz.
    await pause();
    let quiz = checkQuiz(data);
    if (!quiz) {
      let result;
      try {
        // Bounded like the rest of the load: the timeout or the element's removal stops the wait.
        const stopped = new Promise<never>((_, reject) =>
          controller.signal.addEventListener('abort', () => reject(controller.signal.reason)),
        );
        result = (await Promise.race([explain(), stopped])).parseQuiz(data, { layout: false });
      } catch (error) {
        if (controller.signal.aborted && !timedOut) throw error; // the element left the page, or asked for another quiz
        throw new QuizLoadError(
          'invalid',
          url,
          `${url}: not a valid quiz (the validator that explains why could not be loaded: ${String(error)})`,
        );
      }
      if (!result.ok) {
        throw new QuizLoadError(
          'invalid',
          url,
          `${url}: not a valid quiz:\n${result.problems.map((p) => `  ${p}`).join('\n')}`,
          result.problems,
        );
      }
      quiz = result.quiz;
    }
    await pause();
    return { ...quiz, image: { ...quiz.image, src: new URL(quiz.image.src, url).href } };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
  }
}
