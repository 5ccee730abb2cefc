import { transform as transformCss } from 'lightningcss';
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

/** A node of the module as `this.parse` gives it (ESTree, offsets in UTF-16 code units). */
type AstNode = { type: string; start: number; end: number; [key: string]: unknown };
type Edit = { start: number; end: number; text: string };

/** Calls `visit` on every node of a parsed module. */
function walk(node: unknown, visit: (node: AstNode) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((child) => walk(child, visit));
  if (typeof (node as AstNode).type === 'string') visit(node as AstNode);
  for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value, visit);
}

function applyEdits(code: string, edits: Edit[]): string | null {
  if (!edits.length) return null;
  let out = code;
  for (const e of edits.sort((x, y) => y.start - x.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Where the text of a template part sits: its positions may or may not include the delimiters. */
function templatePart(code: string, part: AstNode, plugin: string, id: string) {
  const raw = (part.value as { raw: string }).raw;
  const start = code.indexOf(raw, part.start);
  if (start < 0 || start > part.start + 2) throw new Error(`${plugin}: cannot place a template part of ${id}`);
  return { raw, start, end: start + raw.length };
}

/** The component's own modules (not the generated translations). */
const isSource = (id: string) => /\/src\/(?!generated\/).+\.ts$/.test(id);

const isNamed = (node: unknown, name: string) =>
  (node as AstNode | undefined)?.type === 'Identifier' && (node as { name?: string }).name === name;

/** The parts of every `tag`-tagged template of the module. */
function taggedTemplateParts(node: unknown, tag: string): AstNode[] {
  const parts: AstNode[] = [];
  walk(node, (n) => {
    if (n.type === 'TaggedTemplateExpression' && isNamed(n.tag, tag))
      parts.push(...(n.quasi as { quasis: AstNode[] }).quasis);
  });
  return parts;
}

/**
 * The translator notes (`desc`) of `msg()` calls, dropped from the build: lit-localize reads them from the source
 * when it extracts, the runtime never does. Only the `desc` property of the options object of a `msg(…)` call
 * goes; any other `desc` stays. Works on the parsed module (after TypeScript is stripped).
 */
const dropTranslatorNotes = (): Plugin => ({
  name: 'coop-drop-translator-notes',
  apply: 'build',
  transform(code, id) {
    if (!isSource(id) || !code.includes('desc')) return null;
    const edits: Edit[] = [];
    walk(this.parse(code), (node) => {
      const options = (node.arguments as AstNode[] | undefined)?.[1];
      if (node.type !== 'CallExpression' || !isNamed(node.callee, 'msg') || options?.type !== 'ObjectExpression')
        return;
      const properties = options.properties as AstNode[];
      properties.forEach((property, i) => {
        if (property.type !== 'Property' || property.computed || !isNamed(property.key, 'desc')) return;
        // With its separating comma: from the end of the property before, or up to the start of the one after.
        if (i > 0) edits.push({ start: properties[i - 1].end, end: property.end, text: '' });
        else edits.push({ start: property.start, end: properties[i + 1]?.start ?? property.end, text: '' });
      });
    });
    return applyEdits(code, edits);
  },
});

/**
 * The CSS of `css` templates minified by lightningcss (Lit ships CSS as written, and the JS minifier leaves
 * template text alone). Each literal part between `${}` must be whole rules, as it is where a template includes
 * another (`${visuallyHidden}`): lightningcss fails the build on anything else.
 */
const minifyTemplateCss = (): Plugin => ({
  name: 'coop-minify-template-css',
  apply: 'build',
  transform(code, id) {
    if (!isSource(id) || !code.includes('css`')) return null;
    const edits = taggedTemplateParts(this.parse(code), 'css').map((part) => {
      const { raw, start, end } = templatePart(code, part, 'coop-minify-template-css', id);
      return { start, end, text: transformCss({ filename: id, code: Buffer.from(raw), minify: true }).code.toString() };
    });
    return applyEdits(code, edits);
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
    if (!isSource(id) || !code.includes('html`')) return null;
    const edits = taggedTemplateParts(this.parse(code), 'html').map((part) => {
      const { raw, start, end } = templatePart(code, part, 'coop-collapse-html-templates', id);
      return { start, end, text: raw.replace(/\s*\n\s*/g, ' ') };
    });
    return applyEdits(
      code,
      edits.filter((e) => e.text !== code.slice(e.start, e.end)),
    );
  },
});

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
  plugins: [
    quizIndexPlugin(),
    standaloneLocales(),
    explainApart(),
    dropTranslatorNotes(),
    minifyTemplateCss(),
    collapseHtmlTemplates(),
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
