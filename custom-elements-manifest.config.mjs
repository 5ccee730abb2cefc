// `npm run manifest` writes custom-elements.json (referenced by package.json "customElements") from the
// element's JSDoc: attributes, properties, events, CSS parts and custom properties.
export default {
  globs: ['src/coop-chair-quiz.ts', 'src/define.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
};
