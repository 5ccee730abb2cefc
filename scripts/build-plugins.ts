// The build's byte savers: text the runtime never needs, dropped from the script-tag build (measured on
// dist/coop-chair-quiz.js, gzip -9, each left out in turn: translator notes 1,054 B, CSS 502 B, template white
// space 134 B). Each works on the parsed module (after TypeScript is stripped), so code, comments and other
// strings are never touched. Used by vite.config.ts; tested in test/unit/build-plugins.test.ts.
import { transform as transformCss } from 'lightningcss';
import type { Plugin } from 'vite';

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
export const dropTranslatorNotes = (): Plugin => ({
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
export const minifyTemplateCss = (): Plugin => ({
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
export const collapseHtmlTemplates = (): Plugin => ({
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

/** Drops the bundler annotations (`/* @__PURE__ *\/`, `/* @vite-ignore *\/`) from minified code. */
export const stripAnnotations = (code: string) =>
  // `return/* @__PURE__ */ f()` keeps a space: `returnf()` would be another word.
  code.replace(/([\w$])?\/\* @(?:__PURE__|vite-ignore) \*\/ ?/g, (_, before?: string) => (before ? `${before} ` : ''));

/**
 * The minifier keeps the bundler annotations in its output, for a bundler that would read the files again; dist/
 * is read by browsers only (the npm package's modules are lib/), and they are 43 B of the script-tag build,
 * gzipped. On the finished chunks, after minification: our sources hold no string with such a comment in it.
 */
export const dropAnnotations = (): Plugin => ({
  name: 'coop-drop-annotations',
  apply: 'build',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = stripAnnotations(chunk.code);
  },
});
