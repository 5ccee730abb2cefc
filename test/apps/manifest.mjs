// What custom-elements.json says about <coop-chair-quiz>, and what the class really has, to compare the two.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The element's declaration in the manifest of the package installed in `pkgDir`. */
export async function manifestDeclaration(pkgDir) {
  const manifest = JSON.parse(await readFile(join(pkgDir, 'custom-elements.json'), 'utf8'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const element = declarations.find((d) => d.customElement && d.tagName === 'coop-chair-quiz');
  if (!element) throw new Error('custom-elements.json declares no <coop-chair-quiz>');
  const isPublic = (member) => !member.privacy || member.privacy === 'public';
  return {
    attributes: (element.attributes ?? []).map((a) => a.name).sort(),
    members: (element.members ?? [])
      .filter((m) => isPublic(m) && !m.static)
      .map((m) => m.name)
      .sort(),
    events: (element.events ?? []).map((e) => e.name).sort(),
  };
}

/** The event names the package's declarations type (`'coop-chair-quiz-…': CustomEvent<…>` in lib/events.d.ts). */
export async function typedEvents(pkgDir) {
  const source = await readFile(join(pkgDir, 'lib/events.d.ts'), 'utf8');
  return [...new Set([...source.matchAll(/'(coop-chair-quiz-[a-z-]+)'\s*:\s*CustomEvent/g)].map((m) => m[1]))].sort();
}

/**
 * In the page: the defined class's observed attributes, its public reactive properties (Lit's
 * `elementProperties`, without internal `state`), and which of `names` an instance lacks.
 */
export function classFacts(page, names) {
  return page.evaluate((names) => {
    const Quiz = customElements.get('coop-chair-quiz');
    const element = document.querySelector('coop-chair-quiz');
    return {
      attributes: [...Quiz.observedAttributes].sort(),
      properties: [...Quiz.elementProperties]
        .filter(([, options]) => !options.state)
        .map(([name]) => name)
        .sort(),
      missing: names.filter((name) => !(name in element)),
    };
  }, names);
}
