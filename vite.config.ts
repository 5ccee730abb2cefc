import { defineConfig, type Plugin } from 'vitest/config';
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
 * Bytes the runtime never reads, dropped from the build: the translator notes (`desc`) of `msg()` calls
 * (lit-localize reads them from the source when it extracts; the runtime ignores them), and the white space
 * and comments of the CSS in `*.styles.ts` (Lit does not minify CSS, and neither does the JS minifier). The
 * white space of `html` templates goes in `collapseHtmlTemplates`, below.
 */
const dropRuntimeDeadWeight = (): Plugin => ({
  name: 'coop-drop-runtime-dead-weight',
  apply: 'build',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/src\/[^/]+\.ts$/.test(id)) return null;
    let out = code.replace(/,\s*desc:\s*(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '');
    if (id.endsWith('.styles.ts')) {
      out = out.replace(/css`([^`]*)`/g, (_all, body: string) => {
        const min = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{}:;,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .replace(/(?<![\w.-])0\.(\d)/g, '.$1')
          .replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/gi, '#$1$2$3')
          .trim();
        return `css\`${min}\``;
      });
    }
    return out === code ? null : out;
  },
});

/**
 * In the text of `html` templates, a run of white space with a line break becomes one space: the same to the
 * HTML parser (no template shows preformatted text), a little less to download. Works on the parsed module
 * (after TypeScript is stripped), so code, comments and other strings are never touched.
 */
const collapseHtmlTemplates = (): Plugin => ({
  name: 'coop-collapse-html-templates',
  apply: 'build',
  transform(code, id) {
    if (!/\/src\/[^/]+\.ts$/.test(id) || !code.includes('html`')) return null;
    const edits: { start: number; end: number; text: string }[] = [];
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(visit);
      const n = node as { type?: string; tag?: { type: string; name?: string }; quasi?: { quasis: { start: number; end: number; value: { raw: string } }[] } };
      if (n.type === 'TaggedTemplateExpression' && n.tag?.type === 'Identifier' && n.tag.name === 'html') {
        for (const q of n.quasi!.quasis) {
          const raw = q.value.raw;
          // Template elements' positions may or may not include the delimiters: find the raw text inside them.
          const at = code.indexOf(raw, q.start);
          if (at < 0 || at > q.start + 2) throw new Error(`coop-collapse-html-templates: cannot place a template part of ${id}`);
          const text = raw.replace(/\s*\n\s*/g, ' ');
          if (text !== raw) edits.push({ start: at, end: at + raw.length, text });
        }
      }
      for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
    };
    visit(this.parse(code));
    if (!edits.length) return null;
    let out = code;
    for (const e of edits.sort((x, y) => y.start - x.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return out;
  },
});

/**
 * In the script-tag build, the validator that explains a broken quiz (`import('./quiz/explain.js')` in load.ts, zod
 * and the schema: about 10 kB) is not part of the main script: it is `coop-chair-quiz-explain.js`, built on its
 * own by scripts/postbuild.mjs, and loaded only for a file that fails the quick check — beside the script, with
 * the script's own query string (`?ver=3`), so that a new version never pairs with a cached old validator.
 */
const explainApart = (): Plugin => ({
  name: 'coop-explain-apart',
  apply: 'build',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('/src/load.ts')) return null;
    const out = code.replace(
      "import('./quiz/explain.js')",
      "import(/* @vite-ignore */ new URL('coop-chair-quiz-explain.js' + new URL(import.meta.url).search, import.meta.url).href)",
    );
    if (out === code) throw new Error("coop-explain-apart: import('./quiz/explain.js') not found in src/load.ts");
    return out;
  },
});

export default defineConfig(({ command }) => ({
  plugins: [quizIndexPlugin(), standaloneLocales(), dropRuntimeDeadWeight(), explainApart(), collapseHtmlTemplates()],
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
