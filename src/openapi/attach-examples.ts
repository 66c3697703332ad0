import { loadExamples, WRITE_EXAMPLES } from '../schemas/examples.js';
import type { OpenApiDocument } from './components.js';

/**
 * Gives each component schema its example (`examples: [...]`): a claim's is the `Claim` answer
 * recorded in src/schemas/examples.json from a real request (src/schemas/examples.ts says which),
 * a request body's is its entry in WRITE_EXAMPLES. Request bodies are the zod registry's input
 * variants, named "<Id>Input".
 */
export function attachExamples<T extends object>(input: T): T {
  const document = input as OpenApiDocument;
  const schemas = document.components?.schemas ?? {};
  const examples = loadExamples();
  const exampleOf = (name: string) => examples[name] ?? WRITE_EXAMPLES[name.replace(/Input$/, '')];
  const withExamples = Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const example = exampleOf(name);
      return [name, example === undefined ? schema : { ...(schema as object), examples: [example] }];
    }),
  );
  return { ...document, components: { ...document.components, schemas: withExamples } } as T;
}
