import { describe, expectTypeOf, it } from 'vitest';
import type { ChairChooseDetail, QuizErrorDetail, QuizReadyDetail, ResetDetail } from '../../src/index.js';

// Compile-time checks (npm run typecheck compiles this file): a page listens on document, window or the element and
// gets the typed detail. At run time these assertions do nothing; the typecheck fails if the types are wrong.
describe('event types', () => {
  it('types the detail of a listener on document, window and the element', () => {
    type DocDetail = DocumentEventMap['coop-chair-quiz-choose']['detail'];
    type WinDetail = WindowEventMap['coop-chair-quiz-error']['detail'];
    type ElDetail = HTMLElementEventMap['coop-chair-quiz-ready']['detail'];
    type ResetOnDoc = DocumentEventMap['coop-chair-quiz-reset']['detail'];
    expectTypeOf<DocDetail>().toEqualTypeOf<ChairChooseDetail>();
    expectTypeOf<WinDetail>().toEqualTypeOf<QuizErrorDetail>();
    expectTypeOf<ElDetail>().toEqualTypeOf<QuizReadyDetail>();
    expectTypeOf<ResetOnDoc>().toEqualTypeOf<ResetDetail>();
  });
});
