// `npm run manifest` writes custom-elements.json (referenced by package.json "customElements") from the
// element's JSDoc: attributes, properties, events, CSS parts and custom properties. It is generated in `prepack`
// (and not committed, so it cannot go stale); test/apps/apps.test.mjs compares the packed copy with the class.

/**
 * The analyzer's Lit support lists every entry of `static properties` as an attribute, also the internal ones
 * declared `{ state: true }` (Lit observes no attribute for those): drop the attribute of every private or
 * protected field, and the `attribute` link on the field itself.
 */
const internalStateHasNoAttribute = () => ({
  name: 'coop-internal-state-has-no-attribute',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const internal = new Set(
          (declaration.members ?? [])
            .filter((m) => m.privacy === 'private' || m.privacy === 'protected')
            .map((m) => m.name),
        );
        if (!internal.size) continue;
        declaration.attributes = declaration.attributes?.filter((a) => !internal.has(a.fieldName ?? a.name));
        for (const member of declaration.members) if (internal.has(member.name)) delete member.attribute;
      }
    }
  },
});

export default {
  globs: ['src/coop-chair-quiz.ts', 'src/define.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [internalStateHasNoAttribute()],
};
