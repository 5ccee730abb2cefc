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
 * and comments of the CSS in `*.styles.ts` (Lit does not minify CSS, and neither does the JS minifier).
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
    else out = collapseTemplateWhitespace(out);
    return out === code ? null : out;
  },
});

/**
 * In the text of `html` templates, a run of white space with a line break becomes one space: the same to the
 * HTML parser (no template shows preformatted text), a little less to download. Scans the templates, with the
 * `${…}` expressions and the templates nested in them; other template literals and the code around them stay
 * as they are. The expressions of our templates hold no comments or regular expressions (it throws on a
 * template it cannot close, rather than change code).
 */
function collapseTemplateWhitespace(code: string): string {
  let out = '';
  let i = 0;
  const fail = () => {
    throw new Error(`collapseTemplateWhitespace: unclosed template or expression near "${code.slice(i - 40, i)}"`);
  };
  const template = (collapse: boolean): void => {
    // At the first character after the opening backtick; stops after the closing one.
    let text = '';
    const flush = () => (out += collapse ? text.replace(/\s*\n\s*/g, ' ') : text);
    for (;;) {
      if (i >= code.length) fail();
      if (code[i] === '`') break;
      if (code[i] === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (code.startsWith('${', i)) {
        flush();
        text = '';
        out += '${';
        i += 2;
        expression();
      } else text += code[i++];
    }
    flush();
    out += '`';
    i++;
  };
  const expression = (): void => {
    // Inside `${…}`: copies code as is, and templates through `template`; stops after the closing brace.
    let depth = 0;
    for (;;) {
      if (i >= code.length) fail();
      const c = code[i];
      if (c === '}' && depth === 0) {
        out += c;
        i++;
        return;
      }
      if (c === '{') depth++;
      if (c === '}') depth--;
      if (c === '`') {
        const tagged = code.slice(Math.max(0, i - 4), i) === 'html';
        out += c;
        i++;
        template(tagged);
      } else if (c === "'" || c === '"') {
        let end = i + 1;
        while (end < code.length && code[end] !== c) end += code[end] === '\\' ? 2 : 1;
        out += code.slice(i, end + 1);
        i = end + 1;
      } else out += code[i++];
    }
  };
  while (i < code.length) {
    const start = code.indexOf('html`', i);
    if (start < 0) break;
    out += code.slice(i, start + 5);
    i = start + 5;
    template(true);
  }
  return out + code.slice(i);
}

/**
 * In the script-tag build, the validator that explains a broken quiz (`import('./explain.js')` in load.ts, zod
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
      "import('./explain.js')",
      "import(/* @vite-ignore */ new URL('coop-chair-quiz-explain.js' + new URL(import.meta.url).search, import.meta.url).href)",
    );
    if (out === code) throw new Error("coop-explain-apart: import('./explain.js') not found in src/load.ts");
    return out;
  },
});

export default defineConfig(({ command }) => ({
  plugins: [quizIndexPlugin(), standaloneLocales(), dropRuntimeDeadWeight(), explainApart()],
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
