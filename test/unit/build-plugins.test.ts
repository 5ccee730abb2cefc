import { parseAst, type Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  collapseHtmlTemplates,
  dropTranslatorNotes,
  minifyTemplateCss,
  stripAnnotations,
} from '../../scripts/build-plugins.js';

/** Runs a plugin's transform hook as the build does, with the bundler's parser. */
function transform(plugin: Plugin, code: string, id = '/repo/src/coop-chair-quiz.ts'): string {
  const hook = plugin.transform as (this: unknown, code: string, id: string) => string | null;
  return hook.call({ parse: (text: string) => parseAst(text) }, code, id) ?? code;
}

describe('dropTranslatorNotes', () => {
  it('drops the desc of a msg() call and keeps its id', () => {
    const code = `msg('كرسي', { id: 'chair', desc: 'A chair, with a comma, and "quotes".' });`;
    expect(transform(dropTranslatorNotes(), code)).toBe(`msg('كرسي', { id: 'chair' });`);
  });

  it('drops a desc that comes first or alone', () => {
    expect(transform(dropTranslatorNotes(), `msg('x', { desc: \`a\`, id: 'x' });`)).toBe(`msg('x', { id: 'x' });`);
    expect(transform(dropTranslatorNotes(), `msg('x', { desc: 'a' });`)).toBe(`msg('x', {  });`);
  });

  it('keeps desc properties that are not the options of a msg() call', () => {
    const code = `const chair = { desc: 'kept', title: msg('t', { id: 't' }) }; other('x', { desc: 'kept too' });`;
    expect(transform(dropTranslatorNotes(), code)).toBe(code);
  });

  it('leaves generated translation modules alone', () => {
    const code = `msg('x', { id: 'x', desc: 'a' });`;
    expect(transform(dropTranslatorNotes(), code, '/repo/src/generated/locales/fr.ts')).toBe(code);
  });
});

describe('minifyTemplateCss', () => {
  it('minifies each literal part of a css template and keeps what it includes', () => {
    const code =
      'const s = css`\n  :host {\n    margin: 0.5rem;\n    color: #ffffff;\n  }\n  ${shared}\n  /* a note */\n  .a { padding: 0 }\n`;';
    expect(transform(minifyTemplateCss(), code)).toBe(
      'const s = css`:host{color:#fff;margin:.5rem}${shared}.a{padding:0}`;',
    );
  });

  it('fails the build when a part of a css template is not whole rules', () => {
    expect(() => transform(minifyTemplateCss(), 'const s = css`.a { color: ${accent}; }`;')).toThrow();
  });
});

describe('collapseHtmlTemplates', () => {
  it('turns white space with a line break in html templates into one space, nowhere else', () => {
    const code = 'const a = html`<p>\n    ${x}\n  </p>`; const b = `keep\n  this`;';
    expect(transform(collapseHtmlTemplates(), code)).toBe('const a = html`<p> ${x} </p>`; const b = `keep\n  this`;');
  });
});

describe('stripAnnotations', () => {
  it('drops the pure and vite-ignore annotations of minified code, and nothing else', () => {
    const code =
      'var a=/* @__PURE__ */ new WeakMap,b=import(/* @vite-ignore */ new URL(`x.js`,import.meta.url).href);/* keep */';
    expect(stripAnnotations(code)).toBe('var a=new WeakMap,b=import(new URL(`x.js`,import.meta.url).href);/* keep */');
  });

  it('keeps the two words on either side of the comment apart', () => {
    expect(stripAnnotations('function f(){return/* @__PURE__ */ ut(1)}')).toBe('function f(){return ut(1)}');
  });
});
