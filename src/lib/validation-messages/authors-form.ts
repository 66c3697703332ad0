import { z } from 'zod';
import { orList } from './accepted.js';

/** The zod schema of the value at `path`, through objects, arrays, wrappers and the input side of pipes. */
export function zodAt(schema: unknown, path: readonly string[]): z.ZodType | undefined {
  let s = unwrap(schema);
  for (const key of path) {
    if (s instanceof z.ZodObject) s = unwrap((s.shape as Record<string, unknown>)[key]);
    else if (s instanceof z.ZodArray) s = unwrap(s.element);
    else return undefined;
  }
  return s;
}

function unwrap(schema: unknown): z.ZodType | undefined {
  let s = schema;
  for (let depth = 0; depth < 20; depth += 1) {
    if (
      s instanceof z.ZodOptional ||
      s instanceof z.ZodNullable ||
      s instanceof z.ZodDefault ||
      s instanceof z.ZodPrefault ||
      s instanceof z.ZodReadonly ||
      s instanceof z.ZodCatch
    ) {
      s = s.def.innerType;
    } else if (s instanceof z.ZodPipe) {
      s = s.def.in;
    } else {
      break;
    }
  }
  return s instanceof z.ZodType ? s : undefined;
}

function mustBeMessages(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    const nested = issue.code === 'invalid_union' ? issue.errors.flatMap((branch) => mustBeMessages(branch)) : [];
    return issue.message.startsWith('must be ') ? [issue.message.slice('must be '.length), ...nested] : nested;
  });
}

/**
 * The schema author's words for a text form only a pattern states (a slug, a country code, a
 * date): what the schema says when given text that matches no pattern.
 */
export function authorsForm(schema: z.ZodType | undefined): string | undefined {
  if (schema === undefined) return undefined;
  const result = schema.safeParse('\u0000');
  if (result.success) return undefined;
  const phrases = [...new Set(mustBeMessages(result.error.issues))];
  return phrases.length === 0 ? undefined : orList(phrases);
}
