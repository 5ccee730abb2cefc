// A React 19 app as docs/embedding.md shows it: the quiz from the app's public folder (copied there by
// `npm run copy-quizzes`), its choice received through `oncoop-chair-quiz-choose` — React 19 adds a listener for
// the text after `on`, verbatim. The camelCase prop is here only so the test can show it never fires.
import { useState } from 'react';
import 'coop-chair-quiz/define.js';

export function App() {
  const [choice, setChoice] = useState(null);
  const [camelCaseCalls, setCamelCaseCalls] = useState(0);
  return (
    <main>
      <h1>React 19</h1>
      <coop-chair-quiz
        id="public-quiz"
        src="/quizzes/assembly-hall.json"
        oncoop-chair-quiz-choose={(event) => setChoice(event.detail)}
        onCoopChairQuizChoose={() => setCamelCaseCalls((n) => n + 1)}
      />
      <p id="choice">{choice ? `${choice.quizId} ${choice.chair}` : 'none'}</p>
      <p id="camel-case-calls">{camelCaseCalls}</p>
      <coop-chair-quiz id="built-in-quiz" src="/quizzes/meeting-room.json" />
      <coop-chair-quiz id="no-src-quiz" />
    </main>
  );
}
