// A React 19 app as docs/embedding.md shows it: the quiz from the app's public folder (copied there by
// `npm run copy-quizzes`), its choice received through `oncoop-chair-quiz-choose` — React 19 adds a listener for
// the text after `on`, verbatim. The camelCase prop is here only so the test can show it never fires.
import { useState } from 'react';
import 'coop-chair-quiz/define.js';
import type { ChairChooseDetail } from 'coop-chair-quiz';

export function App() {
  const [choice, setChoice] = useState<ChairChooseDetail | null>(null);
  const [camelCaseCalls, setCamelCaseCalls] = useState(0);
  // Not in the element's JSX declarations, on purpose: spread so TypeScript lets the wrong spelling through.
  const camelCase = { onCoopChairQuizChoose: () => setCamelCaseCalls((n) => n + 1) };
  return (
    <main>
      <h1>React 19</h1>
      <coop-chair-quiz
        id="public-quiz"
        src="/quizzes/assembly-hall.json"
        oncoop-chair-quiz-choose={(event) => setChoice(event.detail)}
        {...camelCase}
      />
      <p id="choice">{choice ? `${choice.quizId} ${choice.chair}` : 'none'}</p>
      <p id="camel-case-calls">{camelCaseCalls}</p>
      <p id="ready-on-document">none</p>
      <coop-chair-quiz id="built-in-quiz" src="/quizzes/meeting-room.json" />
      <coop-chair-quiz id="no-src-quiz" />
    </main>
  );
}
