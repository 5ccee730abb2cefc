// The JSX declarations docs/embedding.md gives React users, verbatim (the test compares the two).
import type { ChairChooseDetail, QuizErrorDetail, QuizReadyDetail, ResetDetail } from 'coop-chair-quiz';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'coop-chair-quiz': React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement> & {
        src?: string;
        digits?: 'latn' | 'arab';
        chair?: number;
        remember?: boolean;
        timeout?: number;
        'oncoop-chair-quiz-ready'?: (event: CustomEvent<QuizReadyDetail>) => void;
        'oncoop-chair-quiz-choose'?: (event: CustomEvent<ChairChooseDetail>) => void;
        'oncoop-chair-quiz-reset'?: (event: CustomEvent<ResetDetail>) => void;
        'oncoop-chair-quiz-error'?: (event: CustomEvent<QuizErrorDetail>) => void;
      };
    }
  }
}
