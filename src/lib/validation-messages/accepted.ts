import { resolve, type JsonSchema } from './json-schema.js';

/** What a value may be, as a noun phrase: from the JSON Schema, or from the zod issue alone. */

/** "a", "a or b", "a, b or c". */
export function orList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
export function andList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const SAFE_BOUND = Number.MAX_SAFE_INTEGER;

function range(s: JsonSchema): string {
  const min = s.minimum ?? (s.exclusiveMinimum === undefined ? undefined : `more than ${s.exclusiveMinimum}`);
  const max = s.maximum ?? (s.exclusiveMaximum === undefined ? undefined : `less than ${s.exclusiveMaximum}`);
  const lo = typeof min === 'number' && Math.abs(min) >= SAFE_BOUND ? undefined : min;
  const hi = typeof max === 'number' && Math.abs(max) >= SAFE_BOUND ? undefined : max;
  if (typeof lo === 'number' && typeof hi === 'number') return ` from ${lo} to ${hi}`;
  if (lo !== undefined && hi !== undefined) return ` ${lo} and ${hi}`;
  if (typeof lo === 'number') return ` of at least ${lo}`;
  if (typeof hi === 'number') return ` of at most ${hi}`;
  if (lo !== undefined) return ` ${lo}`;
  if (hi !== undefined) return ` ${hi}`;
  return '';
}

function lengths(min: number | undefined, max: number | undefined, unit: string): string {
  if (min !== undefined && max !== undefined) return min === max ? ` of exactly ${min} ${unit}` : ` of ${min} to ${max} ${unit}`;
  if (min !== undefined && min > 0) return ` of at least ${min} ${unit}`;
  if (max !== undefined) return ` of at most ${max} ${unit}`;
  return '';
}

export const FORMATS: Record<string, string> = {
  'date-time': 'an ISO 8601 date and time with a time zone, such as 2026-11-23T09:30:00Z',
  date: 'a calendar date such as 2026-11-23',
  uri: 'an absolute URL such as https://example.org/page',
  url: 'an absolute URL such as https://example.org/page',
  email: 'an email address',
  uuid: 'a UUID',
};

export type Described = {
  accepted?: string;
  allowed?: string[];
  /** False when the phrase is only a pattern, which the schema author's message says better. */
  precise?: boolean;
};

/** What a schema accepts, as a noun phrase ("an integer from 1 to 100"), and its values when they are a list. */
export function describeSchema(schema: JsonSchema | undefined, root: JsonSchema = schema ?? {}): Described {
  const s = resolve(schema, root);
  if (s === undefined) return {};
  if (s.enum !== undefined) {
    const allowed = s.enum.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    return { accepted: allowed.length === 1 ? `only ${allowed[0]}` : `one of: ${allowed.join(', ')}`, allowed, precise: true };
  }
  if (s.const !== undefined) return { accepted: `only ${JSON.stringify(s.const)}`, precise: true };
  const branches = s.anyOf ?? s.oneOf;
  if (branches !== undefined) {
    const parts = branches.map((b) => describeSchema(b, root));
    const phrases = [...new Set(parts.map((p) => p.accepted).filter((p): p is string => p !== undefined))];
    return { accepted: orList(phrases), precise: parts.every((p) => p.precise === true) };
  }
  const types = Array.isArray(s.type) ? s.type : s.type === undefined ? [] : [s.type];
  if (types.length > 1) {
    const parts = types.map((type) => describeSchema({ ...s, type }, root));
    return {
      accepted: orList(parts.map((p, i) => p.accepted ?? String(types[i]))),
      precise: parts.every((p) => p.precise === true),
    };
  }
  switch (types[0]) {
    case 'integer':
      return { accepted: `an integer${range(s)}`, precise: true };
    case 'number':
      return { accepted: `a number${range(s)}`, precise: true };
    case 'boolean':
      return { accepted: 'true or false', allowed: ['true', 'false'], precise: true };
    case 'null':
      return { accepted: 'null', precise: true };
    case 'string': {
      if (s.format !== undefined && FORMATS[s.format] !== undefined) return { accepted: FORMATS[s.format], precise: true };
      if (s.pattern !== undefined) return { accepted: `text matching ${s.pattern}`, precise: false };
      const size = lengths(s.minLength, s.maxLength, 'characters');
      return { accepted: `text${size}`, precise: true };
    }
    case 'array': {
      const items = describeSchema(s.items, root);
      const size = lengths(s.minItems, s.maxItems, 'items');
      return {
        accepted: `a list${size}${items.accepted === undefined ? '' : ` of ${items.accepted}`}`,
        ...(items.allowed ? { allowed: items.allowed } : {}),
        precise: items.precise === true,
      };
    }
    case 'object': {
      const required = s.required ?? [];
      return { accepted: required.length === 0 ? 'a JSON object' : `a JSON object with ${andList(required)}`, precise: true };
    }
    default:
      return {};
  }
}
const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'an integer',
  bigint: 'an integer',
  string: 'text',
  boolean: 'true or false',
  object: 'a JSON object',
  array: 'a list',
  date: 'a date',
  null: 'null',
};

/** What the issue alone says is accepted, when the schema says nothing more precise. */
export function acceptedFromIssue(code: string | undefined, params: Record<string, unknown>): string | undefined {
  switch (code) {
    case 'invalid_type':
      return EXPECTED[String(params.expected)] ?? String(params.expected);
    case 'invalid_value':
      return Array.isArray(params.values) ? `one of: ${params.values.map(String).join(', ')}` : undefined;
    case 'too_big':
    case 'too_small': {
      const bound = code === 'too_big' ? params.maximum : params.minimum;
      const word = code === 'too_big' ? 'at most' : 'at least';
      const unit = params.origin === 'string' ? ' characters' : params.origin === 'array' ? ' items' : '';
      return `${params.origin === 'string' ? 'text' : params.origin === 'array' ? 'a list' : 'a number'} of ${word} ${String(bound)}${unit}`;
    }
    case 'invalid_format':
      return FORMATS[String(params.format)] ?? `a valid ${String(params.format)}`;
    case 'not_multiple_of':
      return `a multiple of ${String(params.divisor)}`;
    default:
      return undefined;
  }
}
