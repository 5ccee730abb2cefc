// Another site's component that puts the quiz inside its own shadow root.
customElements.define(
  'host-widget',
  class extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      const quiz = document.createElement('coop-chair-quiz');
      root.append(quiz);
    }
  },
);
