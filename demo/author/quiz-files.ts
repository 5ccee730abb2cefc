/**
 * The playground's files: opening a quiz (a file the author chose or dropped, with its picture; a quiz of the site;
 * an address given in the page's URL) and saving one (through the browser's downloads, or copied as text). The
 * reading and writing themselves are pure functions in `file-io.ts`; this is the flow around them — what the page
 * says, where focus goes, which download links it shows. A Lit reactive controller: the host re-renders when the
 * links change, and the links' object URLs are revoked when they are replaced or the host leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { draftFromData, embedsPicture, fileBase, pictureFileName, type Draft } from './draft.js';
import { fetchQuiz, filesToSave, readQuizText, saveFile, sortChosenFiles, type SavedFile } from './file-io.js';
import type { Notice } from './page-templates.js';
import { localFileName } from './picture.js';
import type { PictureController } from './picture-controller.js';
import type { Problem } from './problems.js';
import type { Strings } from './strings.js';

export interface DownloadDetail {
  /** The quiz file (`<id>.json`), and the picture when it is saved beside it. */
  files: SavedFile[];
}

declare global {
  interface HTMLElementEventMap {
    'quiz-author-download': CustomEvent<DownloadDetail>;
  }
}

export interface FilesHost extends ReactiveControllerHost, EventTarget {
  readonly s: Strings;
  readonly draft: Draft;
  readonly problems: Problem[];
  readonly quizJson: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly picture: PictureController;
  quizzesBase: string;
  readonly siteChoice: string;
  /** Changes made by the author that are not downloaded or copied yet. */
  dirty: boolean;
  showAll: boolean;
  summaryOpen: boolean;
  pictureAddress: string;
  addressOpen: boolean;
  jsonOpen: boolean;
  /** Starts over from `draft`: no picture, nothing touched, nothing to save. */
  resetTo(draft: Draft): void;
  usePictureFile(file: File): Promise<void>;
  notify(...notices: Notice[]): void;
  announce(text: string): void;
  focus$(selector: string): Promise<void>;
}

export class QuizFiles implements ReactiveController {
  /** The links of the last download, shown in case the browser did not start it. */
  downloads: { name: string; url: string }[] = [];

  constructor(private host: FilesHost) {
    host.addController(this);
  }

  hostDisconnected() {
    this.forgetDownloads();
  }

  /** Drops the download links (a new quiz has none), freeing their object URLs. */
  forgetDownloads() {
    for (const link of this.downloads) URL.revokeObjectURL(link.url);
    this.downloads = [];
    this.host.requestUpdate();
  }

  /** Opens quiz data (parsed JSON) for editing. `images`: pictures the author chose with it; `base`: where the file was. */
  async openData(data: unknown, name: string, images: File[] = [], base = this.host.quizzesBase) {
    const host = this.host;
    const { draft, dropped } = draftFromData(data);
    host.resetTo(draft);
    host.showAll = true;
    host.summaryOpen = host.problems.length > 0;
    const notices: Notice[] = [{ text: host.s.opened(name), tone: 'ok' }];
    if (dropped.length) notices.push({ text: host.s.dropped(dropped), tone: 'warn' });
    host.notify(...notices);
    host.announce(host.s.opened(name));
    const picture = draft.picture;
    if (picture.kind === 'file' && picture.dataUrl) {
      const blob = await (await fetch(picture.dataUrl)).blob().catch(() => undefined);
      if (blob) await host.picture.show({ blob, dataUrl: picture.dataUrl });
    } else if (picture.kind === 'url') {
      host.pictureAddress = picture.url;
      host.addressOpen = true;
      const beside = images.find((f) => f.name === localFileName(picture.url));
      if (!(await host.picture.useAddress(picture.url, base, beside)))
        host.notify(...notices, { text: host.s.needPicture(picture.url), tone: 'warn' });
    }
    host.dirty = false;
  }

  /** Opens the quiz file at `url` (e.g. `?open=../quizzes/meeting-room.json`); `focus`: the author asked, from a control. */
  async openUrl(url: string, focus = false) {
    const absolute = new URL(url, document.baseURI).href;
    try {
      await this.openData(await fetchQuiz(absolute), absolute.split('/').pop() ?? url, [], absolute);
      if (focus) await this.host.focus$('#quiz-heading');
    } catch {
      this.host.notify({ text: this.host.s.openFailed(url), tone: 'warn' });
    }
  }

  /** The "open" button beside the site's list: asks once about unsaved work, then opens the chosen quiz. */
  async openSiteChoice() {
    const { siteChoice, dirty, s, quizzesBase } = this.host;
    if (!siteChoice || (dirty && !confirm(s.confirmNew))) return;
    await this.openUrl(new URL(siteChoice, new URL(quizzesBase, document.baseURI)).href, true);
  }

  /** Files chosen with "Open a quiz…" or dropped: one JSON file, and its picture if the author picked it too. */
  async openFiles(files: File[]) {
    const { quiz, pictures } = sortChosenFiles(files);
    if (!quiz) return pictures[0] ? this.host.usePictureFile(pictures[0]) : undefined;
    let data: unknown;
    try {
      data = readQuizText(await quiz.text());
    } catch {
      return this.host.notify({ text: this.host.s.openFailed(quiz.name), tone: 'warn' });
    }
    await this.openData(data, quiz.name, pictures);
    await this.host.focus$('#quiz-heading');
  }

  /** Saves the quiz file (and its picture) through the browser's downloads, unless a listener cancels the event. */
  download() {
    const host = this.host;
    const files = filesToSave(host.draft, host.picture.blob);
    host.showAll = true;
    const event = new CustomEvent('quiz-author-download', {
      detail: { files },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (host.dispatchEvent(event)) {
      this.forgetDownloads();
      this.downloads = files.map((file) => ({ name: file.name, url: saveFile(file, host.renderRoot) }));
    }
    const notices: Notice[] = [{ text: host.s.downloaded(files.map((f) => f.name)), tone: 'ok' }];
    if (host.problems.length) {
      notices.push({ text: host.s.downloadedWithProblems, tone: 'warn' });
      host.summaryOpen = true;
    }
    host.notify(...notices);
    host.dirty = false;
  }

  /** Copies the quiz file's text; without a clipboard it is shown selected, ready to copy by hand. */
  async copyJson() {
    const host = this.host;
    host.showAll = true;
    try {
      await navigator.clipboard.writeText(host.quizJson);
      const p = host.draft.picture;
      const note =
        p.kind === 'file' && !embedsPicture(p)
          ? [{ text: host.s.copyPictureNote(pictureFileName(host.draft.id, p)), tone: 'warn' as const }]
          : [];
      host.notify({ text: host.s.copied(`${fileBase(host.draft.id)}.json`), tone: 'ok' }, ...note);
      host.dirty = false;
    } catch {
      host.notify({ text: host.s.copyFailed, tone: 'warn' });
      host.jsonOpen = true;
      await host.updateComplete;
      const area = host.renderRoot.querySelector<HTMLTextAreaElement>('#json-text');
      area?.focus();
      area?.select();
    }
  }
}
