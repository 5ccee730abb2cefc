/**
 * Files in and out of the playground: sorting what the author chose or dropped (a quiz file, its picture), reading
 * a quiz from a file or the site, the site's list of quizzes, the files a download saves, and saving and copying.
 * Nothing leaves the browser: "downloads" are `blob:` URLs saved by the browser itself.
 */
import type { Text } from '../../src/quiz/schema.js';
import { embedsPicture, fileBase, pictureFileName, quizJson, type Draft } from './draft.js';
import { looksLikePicture } from './picture.js';

export interface SavedFile {
  name: string;
  blob: Blob;
}

export interface SiteQuiz {
  /** The quiz file, relative to the quizzes folder. */
  file: string;
  title: Text;
}

const isJson = (f: File) => /\.json$/i.test(f.name) || f.type === 'application/json';

/** What the author chose or dropped: the first quiz file, and the pictures (whatever their format: refused later, by name). */
export function sortChosenFiles(files: readonly File[]): { quiz?: File; pictures: File[] } {
  const quiz = files.find(isJson);
  return { quiz, pictures: files.filter((f) => f !== quiz && looksLikePicture(f)) };
}

/** Quiz data from a file's text; throws a SyntaxError on text that is not JSON (the schema says the rest). */
export const readQuizText = (text: string): unknown => JSON.parse(text.replace(/^\uFEFF/, ''));

/** The quiz at `url`; throws when it cannot be fetched or is not JSON. */
export async function fetchQuiz(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return readQuizText(await response.text());
}

/** The entries of `quizzes/index.json` that name a file and a title; anything else is skipped. */
export function siteQuizzesFrom(index: unknown): SiteQuiz[] {
  const quizzes = (index as { quizzes?: unknown } | null)?.quizzes;
  if (!Array.isArray(quizzes)) return [];
  return quizzes
    .filter((q): q is { file: string; title: Text } => {
      const { file, title } = (q ?? {}) as { file?: unknown; title?: unknown };
      return typeof file === 'string' && (typeof title === 'string' || (typeof title === 'object' && title !== null));
    })
    .map(({ file, title }) => ({ file, title }));
}

/** The site's own quizzes (`index.json` in the quizzes folder, served by `npm start` and written by the build). */
export async function fetchSiteQuizzes(quizzesBase: string): Promise<SiteQuiz[]> {
  try {
    const response = await fetch(new URL('index.json', quizzesBase));
    return response.ok ? siteQuizzesFrom(await response.json()) : [];
  } catch {
    return []; // no index here (a page served without one): the file picker is enough
  }
}

/** The files a download saves: the quiz, and the picture when it does not fit inside. */
export function filesToSave(draft: Draft, pictureBlob: Blob | undefined): SavedFile[] {
  const files: SavedFile[] = [
    { name: `${fileBase(draft.id)}.json`, blob: new Blob([quizJson(draft)], { type: 'application/json' }) },
  ];
  const picture = draft.picture;
  if (picture.kind === 'file' && !embedsPicture(picture) && pictureBlob)
    files.push({ name: pictureFileName(draft.id, picture), blob: pictureBlob });
  return files;
}

/** Saves a file through the browser's own download (an `<a download>` on a `blob:` URL); returns the URL. */
export function saveFile(file: SavedFile, parent: Node): string {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  parent.appendChild(a);
  a.click();
  a.remove();
  return url;
}
