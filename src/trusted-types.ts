/**
 * Lit creates a Trusted Types policy named `lit-html` when its module runs. A page whose Content-Security-Policy
 * allows that name once (`trusted-types lit-html`) and where another Lit-based script ran first refuses a second
 * one, and the script-tag build, which bundles its own Lit, would die at import and leave an empty hole.
 *
 * Imported before Lit (first in `define.ts`), this wraps `trustedTypes.createPolicy` for that one call: Lit's
 * `lit-html` policy, or, when the name is taken, one named `coop-chair-quiz` (which a page may allow), or none —
 * then `policyRefused` is set, Lit cannot render, and `define.ts` registers a plain element that says so instead.
 * `restoreCreatePolicy()` puts the browser's own function back once the modules have run.
 */
type Factory = { createPolicy(name: string, rules: object): unknown };

const factory = (globalThis as { trustedTypes?: Factory }).trustedTypes;
const create = factory?.createPolicy;

/** True when this page's policy let the quiz make no Trusted Types policy at all. */
export let policyRefused = false;

if (factory && create) {
  factory.createPolicy = (name, rules) => {
    restoreCreatePolicy();
    for (const tried of name === 'lit-html' ? [name, 'coop-chair-quiz'] : [name]) {
      try {
        return create.call(factory, tried, rules);
      } catch (error) {
        if (name !== 'lit-html') throw error;
      }
    }
    policyRefused = true;
    return undefined;
  };
}

export function restoreCreatePolicy() {
  if (factory && create) factory.createPolicy = create;
}
