/**
 * `cssVars({ '--x': '37.5' })`: sets custom properties through the CSSOM (`style.setProperty`).
 * Lit's `styleMap` writes a `style="…"` attribute on first render, which a strict Content-Security-Policy
 * (`style-src 'self'`, no 'unsafe-inline') blocks — every chair would fall back to the corner (lit/lit#4719).
 * CSSOM writes are allowed under that policy.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class CssVarsDirective extends Directive {
  private previous: Record<string, string> = {};

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssVars() goes on an element: <div ${cssVars({...})}>');
  }

  render(_vars: Record<string, string>) {
    return noChange;
  }

  override update(part: ElementPart, [vars]: [Record<string, string>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of Object.keys(this.previous)) if (!(name in vars)) style.removeProperty(name);
    for (const [name, value] of Object.entries(vars)) if (this.previous[name] !== value) style.setProperty(name, value);
    this.previous = { ...vars };
    return noChange;
  }
}

export const cssVars = directive(CssVarsDirective);
