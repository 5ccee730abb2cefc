import { fixtureCleanup } from '@open-wc/testing';
import '../../src/define.js';
import type { CoopChairQuiz } from '../../src/coop-chair-quiz.js';

export const FIXTURES = new URL('../fixtures/', import.meta.url).href;
export const BUILT_IN = new URL('../../quizzes/meeting-room.json', import.meta.url).href;

/** The built-in quiz file, read as data for expectations. */
export async function builtInQuiz() {
  return (await (await fetch(BUILT_IN)).json()) as {
    id: string;
    question: Record<string, string>;
    chairs: { number: number; x: number; y: number; title: Record<string, string>; place: Record<string, string> }[];
  };
}

export type Settled = { el: CoopChairQuiz; event: CustomEvent };

/**
 * Adds a quiz element to the page (in `parent`, with `attrs`), and waits until it says it is ready or failed.
 * Listeners go on before the element is connected, so no event can be missed.
 */
export async function addQuiz(
  attrs: Record<string, string> = {},
  parent: HTMLElement = document.body,
): Promise<Settled> {
  const el = document.createElement('coop-chair-quiz') as CoopChairQuiz;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const settled = new Promise<CustomEvent>((resolve) => {
    el.addEventListener('coop-chair-quiz-ready', (e) => resolve(e), { once: true });
    el.addEventListener('coop-chair-quiz-error', (e) => resolve(e), { once: true });
  });
  const wrapper = document.createElement('div');
  wrapper.className = 'test-wrapper';
  wrapper.append(el);
  parent.append(wrapper);
  added.push(wrapper);
  const event = await settled;
  await el.updateComplete;
  await waitForLocale(el);
  return { el, event };
}

const added: HTMLElement[] = [];
export function cleanup() {
  for (const node of added.splice(0)) node.remove();
  fixtureCleanup();
}

/** Until the element renders in its language (French and English load on demand). */
export async function waitForLocale(el: CoopChairQuiz) {
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('.base[lang]'); i++)
    await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(el: CoopChairQuiz, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: CoopChairQuiz, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const chairs = (el: CoopChairQuiz) => $$(el, '[role="radio"]');
export const chair = (el: CoopChairQuiz, n: number) => $(el, `[role="radio"][data-number="${n}"]`)!;

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** Collects the element's events of the given types. */
export function record(el: HTMLElement, ...types: string[]) {
  const events: CustomEvent[] = [];
  for (const type of types) el.addEventListener(type, (e) => events.push(e as CustomEvent));
  return events;
}
