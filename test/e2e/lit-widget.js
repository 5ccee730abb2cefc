// Another site's Lit-based widget (its own copy of Lit, from node_modules), loaded before the quiz's script: its Lit
// makes the page's Trusted Types policy "lit-html" first.
import { LitElement, html } from 'lit';

customElements.define(
  'other-lit-widget',
  class extends LitElement {
    render() {
      return html`<p>widget</p>`;
    }
  },
);
