import { defineConfig, type Plugin } from 'vitest/config';
import {
  collapseHtmlTemplates,
  dropAnnotations,
  dropTranslatorNotes,
  minifyTemplateCss,
} from './scripts/build-plugins.js';
import { quizIndex } from './scripts/quiz-index.mjs';

/** `npm start` answers /quizzes/index.json like the build writes it, so the demo's picker lists every quiz. */
const quizIndexPlugin = (): Plugin => ({
  name: 'coop-quiz-index',
  configureServer(server) {
    server.middlewares.use('/quizzes/index.json', (_req, res) => {
      quizIndex(new URL('./quizzes/', import.meta.url).pathname).then((index) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(index));
      });
    });
  },
});

/**
 * - `npm start`: serves the project root; the demo is /demo/ and loads the element from source.
 * - `npm run build`: the script-tag build, `dist/coop-chair-quiz.js` — one self-contained ES module (Lit, zod
 *   and the rest bundled) that registers the element — plus one small chunk per translation, loaded only on
 *   pages that need it. `scripts/postbuild.mjs` then copies the quizzes and the demo beside it.
 * - `npm run test:unit`: vitest, in Node, over test/unit only (test/browser is for web-test-runner).
 */
/**
 * The generated translation modules import `str` from '@lit/localize'. In the build, give each its own copy
 * of that one-line tag instead, so a translation file imports nothing: otherwise it would import from
 * coop-chair-quiz.js by a URL without the page's query string (`?ver=3` in WordPress), and the browser would
 * download and run a second copy of the whole script on French and English pages.
 */
const standaloneLocales = (): Plugin => ({
  name: 'coop-standalone-locales',
  enforce: 'pre',
  transform(code, id) {
    if (!id.includes('/src/generated/locales/')) return null;
    return code.replace(
      "import {str} from '@lit/localize';",
      'const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });',
    );
  },
});

/**
 * In the script-tag build, a part loaded only when needed is not in the main script but a file of its own beside it,
 * built on its own by scripts/postbuild.mjs so that it imports nothing, and loaded with the script's own query string
 * (`?ver=3`), so that a new version never pairs with a cached old part:
 * - the validator that explains a broken quiz (`import('./quiz/explain.js')` in load.ts, zod and the schema: about
 *   10 kB), `coop-chair-quiz-explain.js`, loaded only for a file that fails the quick check;
 * - the share controls (`import('./share-controls.js')` in result-sharing.ts: the buttons, the share texts, the
 *   comment game, about 2 kB), `coop-chair-quiz-share.js`, loaded when the browser is idle after the first render;
 * - the share picture maker (`import('./share-picture.js')` in result-sharing.ts, about 2 kB),
 *   `coop-chair-quiz-share-picture.js`, loaded only when a visitor shares or saves the picture;
 * - a friend's link (`import('./friend-link.js')` in coop-chair-quiz.ts: the invitation and the comparison, about
 *   0.5 kB), `coop-chair-quiz-friend.js`, loaded only on a page opened from a friend's result link.
 */
const apart = (module: string, specifier: string, file: string): Plugin => ({
  name: `coop-apart-${file}`,
  apply: 'build',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith(module)) return null;
    const out = code.replace(
      `import('${specifier}')`,
      `import(/* @vite-ignore */ new URL('${file}' + new URL(import.meta.url).search, import.meta.url).href)`,
    );
    if (out === code) throw new Error(`coop-apart: import('${specifier}') not found in ${module}`);
    return out;
  },
});

export default defineConfig(({ command }) => ({
  plugins: [
    quizIndexPlugin(),
    standaloneLocales(),
    apart('/src/load.ts', './quiz/explain.js', 'coop-chair-quiz-explain.js'),
    apart('/src/result-sharing.ts', './share-controls.js', 'coop-chair-quiz-share.js'),
    apart('/src/result-sharing.ts', './share-picture.js', 'coop-chair-quiz-share-picture.js'),
    apart('/src/coop-chair-quiz.ts', './friend-link.js', 'coop-chair-quiz-friend.js'),
    dropTranslatorNotes(),
    minifyTemplateCss(),
    collapseHtmlTemplates(),
    dropAnnotations(),
  ],
  server: { host: '127.0.0.1', port: 8000, open: false },
  // In the build, the built-in quiz sits in dist/quizzes/, beside the script (see src/default-quiz.ts);
  // from source (npm start), it is one folder up from src/.
  define: command === 'build' ? { __COOP_QUIZZES_DIR__: JSON.stringify('./quizzes/') } : {},
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    copyPublicDir: false,
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'coop-chair-quiz.js',
    },
    rolldownOptions: {
      // Keep the entry whole: without this the localize runtime would move to a shared chunk.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        chunkFileNames: 'coop-chair-quiz-[name]-[hash].js',
      },
    },
  },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
}));
