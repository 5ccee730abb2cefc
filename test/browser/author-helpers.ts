// Shared by the playground's browser tests: a <quiz-author> on the test page, queries in its shadow root, waiting,
// typing and files the way a person's input arrives.
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../demo/author/define.js';
import type { QuizAuthor } from '../../demo/author/quiz-author.js';
import type { CoopChairQuiz } from '../../src/coop-chair-quiz.js';

export const FIXTURES = new URL('../fixtures/', import.meta.url).href;
export const QUIZZES = new URL('../../quizzes/', import.meta.url).href;
/** WebDriver (WebKit here) sends one key at a time: no Shift+Arrow chords. */
export const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium|Firefox/.test(navigator.userAgent);

export type Point = [number, number];
const added: HTMLElement[] = [];
const draftKeys = new Set<string>();
let count = 0;

/**
 * A <quiz-author> on the test page, narrow enough that its picture fits the window whatever the browser's size.
 * Each keeps its draft under its own key (`draftKey`), so tests never see each other's drafts.
 */
export async function addAuthor(
  options: { width?: number; draftKey?: string; quizzesBase?: string } = {},
): Promise<QuizAuthor> {
  const el = document.createElement('quiz-author');
  if (options.quizzesBase) el.quizzesBase = options.quizzesBase;
  el.draftKey = options.draftKey ?? `author-test-${++count}-${Date.now()}`;
  draftKeys.add(el.draftKey);
  const wrapper = document.createElement('div');
  wrapper.style.inlineSize = `${options.width ?? Math.min(620, innerWidth - 24, Math.floor((innerHeight - 60) * 1.3))}px`;
  wrapper.append(el);
  document.body.append(wrapper);
  added.push(wrapper);
  await el.updateComplete;
  return el;
}

/** Removes what the tests added, and the drafts they kept. */
export async function cleanUp() {
  for (const node of added.splice(0)) node.remove();
  for (const key of draftKeys) {
    localStorage.removeItem(key);
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(key);
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
  }
  draftKeys.clear();
}

export const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const markers = (el: QuizAuthor) => $$(el, '.marker');
export const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export async function until(check: () => unknown, what: string, timeout = 8000) {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function center(node: Element): Point {
  const r = node.getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];
}

/** Where a fraction of the picture is, in viewport px (whole pixels, as the mouse moves). */
export function onPicture(el: QuizAuthor, fx: number, fy: number): Point {
  const r = $(el, '.frame')!.getBoundingClientRect();
  return [Math.round(r.left + fx * r.width), Math.round(r.top + fy * r.height)];
}

/** A point as a fraction of a box. */
export function fraction(point: Point, box: DOMRect): Point {
  return [(point[0] - box.left) / box.width, (point[1] - box.top) / box.height];
}

export async function chooseFiles(input: HTMLInputElement, files: File[]) {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export async function fileFrom(url: string, name: string, type: string) {
  return new File([await (await fetch(url)).blob()], name, { type });
}

/** A picture drawn in the browser: a photo-like gradient with grain (which PNG keeps, and WebP/JPEG smooth away). */
export async function photoLike(width: number, height: number, grain = 24): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  const gradient = context.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, '#c9a66b');
  gradient.addColorStop(1, '#3e5c5a');
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  const pixels = context.getImageData(0, 0, width, height);
  let seed = 12345;
  for (let i = 0; i < pixels.data.length; i++) {
    if (i % 4 === 3) continue;
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    pixels.data[i] = Math.max(0, Math.min(255, pixels.data[i] + ((seed >>> 24) % grain) - grain / 2));
  }
  context.putImageData(pixels, 0, 0);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], 'photo salle.png', { type: 'image/png' });
}

export const roomSvg = () => fileFrom(`${FIXTURES}room.svg`, 'room.svg', 'image/svg+xml');

export async function pictureReady(el: QuizAuthor) {
  await until(
    () =>
      $<HTMLImageElement>(el, '.frame.has-picture img')?.complete &&
      $<HTMLImageElement>(el, '.frame img')!.naturalWidth > 0,
    'the picture',
  );
  await el.updateComplete;
}

export async function choosePicture(el: QuizAuthor, file: File) {
  await chooseFiles($<HTMLInputElement>(el, '#f-picture-file')!, [file]);
  await pictureReady(el);
}

/** Types into a field the way a person's input arrives (value, then an `input` event). */
export async function fill(el: QuizAuthor, id: string, value: string) {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`);
  expect(field, `#${id}`).to.exist;
  field!.value = value;
  field!.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function announced(el: QuizAuthor, words: string) {
  await until(() => text($(el, '#announcer')).includes(words), `the announcement "${words}"`);
}

export async function drag(from: Point, to: Point) {
  await sendMouse({ type: 'move', position: from.map(Math.round) as Point });
  await sendMouse({ type: 'down' });
  const mid: Point = [Math.round((from[0] + to[0]) / 2), Math.round((from[1] + to[1]) / 2)];
  await sendMouse({ type: 'move', position: mid });
  await sendMouse({ type: 'move', position: to.map(Math.round) as Point });
  await sendMouse({ type: 'up' });
}

export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const quizOf = (el: QuizAuthor) =>
  JSON.parse(el.quizJson) as { chairs: { number: number; x: number; y: number }[] } & Record<string, unknown>;

/** Renders a quiz file's text in the real component; resolves once it says it is ready. */
export async function renderQuiz(json: string, width: number): Promise<CoopChairQuiz> {
  const quiz = document.createElement('coop-chair-quiz');
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const ready = new Promise<CustomEvent>((resolve) => {
    quiz.addEventListener('coop-chair-quiz-ready', (e) => resolve(e), { once: true });
    quiz.addEventListener('coop-chair-quiz-error', (e) => resolve(e), { once: true });
  });
  const wrapper = document.createElement('div');
  wrapper.style.inlineSize = `${width}px`;
  wrapper.append(quiz);
  document.body.append(wrapper);
  added.push(wrapper);
  quiz.src = url;
  const event = await ready;
  expect(event.type, JSON.stringify(event.detail)).to.equal('coop-chair-quiz-ready');
  await until(
    () => quiz.shadowRoot?.querySelector<HTMLImageElement>('.frame img')?.complete ?? false,
    'the component’s picture',
  );
  await new Promise((r) => requestAnimationFrame(r));
  return quiz;
}

/**
 * Every `aria-describedby` / `aria-labelledby` in a root names ids that exist in that same root (references do
 * not cross shadow roots); returns the broken ones as `#element-id → missing-id`.
 */
export function brokenAriaReferences(root: ShadowRoot | Document): string[] {
  const broken: string[] = [];
  for (const node of root.querySelectorAll('[aria-describedby], [aria-labelledby]')) {
    for (const attribute of ['aria-describedby', 'aria-labelledby']) {
      for (const id of (node.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean)) {
        if (!root.getElementById(id)) broken.push(`${node.id || node.tagName.toLowerCase()} ${attribute} → ${id}`);
      }
    }
  }
  return broken;
}
