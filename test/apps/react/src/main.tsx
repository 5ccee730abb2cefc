import { createRoot } from 'react-dom/client';
import { App } from './App.js';

// A page-wide listener, as docs/embedding.md shows for analytics: on `document`, with a typed `detail`.
const ready = new Set<string>();
document.addEventListener('coop-chair-quiz-ready', (event) => {
  ready.add(event.detail.quizId);
  document.getElementById('ready-on-document')!.textContent = [...ready].sort().join(' ');
});

createRoot(document.getElementById('root')!).render(<App />);
