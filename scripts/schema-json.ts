/** The JSON Schema text for quiz files, generated from the component's own zod schema (src/quiz/schema.ts). */
import { quizJsonSchema } from '../src/quiz/schema.js';

export function quizSchemaText(): string {
  const generated = quizJsonSchema() as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const schema = {
    $schema,
    title: 'coop-chair-quiz quiz file, version 1',
    description:
      'A "which chair do you pick?" quiz: a picture, numbered chairs placed on it in percent, and what each chair says about the person. Generated from src/quiz/schema.ts by `npm run schema`; see docs/authoring.md. Some rules (chairs numbered 1..N, spacing, translations present) are checked by `npm run validate`, not by editors.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
