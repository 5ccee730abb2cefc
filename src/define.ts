/**
 * Registers `<coop-chair-quiz>`. The script-tag build is this module; loading it twice (two script tags,
 * or the npm package beside the script) does not throw: the first definition wins.
 */
import { policyRefused, restoreCreatePolicy } from './trusted-types.js'; // before Lit: see trusted-types.ts
import { CoopChairQuiz } from './coop-chair-quiz.js';
import { refusedQuiz } from './refused-quiz.js';

restoreCreatePolicy();

export const TAG = 'coop-chair-quiz';

/** Defines the element under `tag` in `registry`, unless something already is. Returns the class in use. */
export function defineCoopChairQuiz(
  tag = TAG,
  registry: CustomElementRegistry = customElements,
): CustomElementConstructor {
  const existing = registry.get(tag);
  if (existing) return existing;
  const element = policyRefused ? refusedQuiz() : CoopChairQuiz;
  registry.define(tag, element);
  return element;
}

defineCoopChairQuiz();

declare global {
  interface HTMLElementTagNameMap {
    'coop-chair-quiz': CoopChairQuiz;
  }
}

export { CoopChairQuiz };
