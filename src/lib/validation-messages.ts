import { z } from 'zod';
import type { ProblemDetail } from './problem.js';
import { isCredentialName } from './redact.js';

/**
 * zod's validation issues, as a person reads them: for each bad parameter, header or body
 * field, its name, what was received and what is accepted, in plain words. What is accepted
 * comes, in this order, from the schema author's own message ("must be YYYY, YYYY-MM or
 * YYYY-MM-DD"), from the schema itself (its JSON Schema: type, range, length, enum, format),
 * or from the issue. Routes need nothing of their own: the errors plugin calls this for every
 * failed validation, with the route's schema and the raw input.
 */

/** An issue as fastify-type-provider-zod hands it over: zod's issue, its path as a JSON pointer. */
export type ValidationIssue = {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
};

/** Where the request failed validation, as Fastify names it. */
export type ValidationContext = 'querystring' | 'params' | 'headers' | 'body';

type JsonSchema = {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  description?: string;
  default?: unknown;
};

/** Longest received value quoted back, in characters. */
const MAX_RECEIVED = 120;

/**
 * zod's own English messages, which speak the validator's language ("Invalid input: expected
 * number, received NaN"); a message that is not one of them was written by a schema's author
 * and is kept.
 */
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (big|small)|Unrecognized key)/;

const jsonSchemas = new WeakMap<object, JsonSchema | null>();

/** The input side of a route schema as JSON Schema, computed once per schema; null if it is not a zod schema. */
function jsonSchemaOf(schema: unknown): JsonSchema | null {
  if (!(schema instanceof z.ZodType)) return null;
  let json = jsonSchemas.get(schema);
  if (json === undefined) {
    try {
      json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    } catch {
      json = null;
    }
    jsonSchemas.set(schema, json);
  }
  return json;
}

function resolve(schema: JsonSchema | undefined, root: JsonSchema): JsonSchema | undefined {
  let s = schema;
  for (let depth = 0; s?.$ref !== undefined && depth < 10; depth += 1) {
    const name = s.$ref.replace(/^#\/\$defs\//, '');
    s = root.$defs?.[name];
  }
  return s;
}

/** The schema of the value at `path`, following objects, arrays and the branches of unions. */
function schemaAt(root: JsonSchema, path: readonly string[]): JsonSchema | undefined {
  let s = resolve(root, root);
  for (const key of path) {
    if (s === undefined) return undefined;
    const branches = [s, ...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])].map((b) => resolve(b, root));
    const next =
      branches.find((b) => b?.properties?.[key] !== undefined)?.properties?.[key] ?? branches.find((b) => b?.items)?.items;
    s = resolve(next, root);
  }
  return s;
}

function valueAt(input: unknown, path: readonly string[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** "a", "a or b", "a, b or c". */
function orList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
function andList(items: string[]): string {
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

const FORMATS: Record<string, string> = {
  'date-time': 'an ISO 8601 date and time with a time zone, such as 2026-11-23T09:30:00Z',
  date: 'a calendar date such as 2026-11-23',
  uri: 'an absolute URL such as https://example.org/page',
  url: 'an absolute URL such as https://example.org/page',
  email: 'an email address',
  uuid: 'a UUID',
};

type Described = {
  accepted?: string;
  allowed?: string[];
  /** False when the phrase is only a pattern, which the schema author's message says better. */
  precise?: boolean;
};

/** What a schema accepts, as a noun phrase ("an integer from 1 to 100"), and its values when they are a list. */
function describeSchema(schema: JsonSchema | undefined, root: JsonSchema = schema ?? {}): Described {
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

/** The zod schema of the value at `path`, through objects, arrays, wrappers and the input side of pipes. */
function zodAt(schema: unknown, path: readonly string[]): z.ZodType | undefined {
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
function authorsForm(schema: z.ZodType | undefined): string | undefined {
  if (schema === undefined) return undefined;
  const result = schema.safeParse('\u0000');
  if (result.success) return undefined;
  const phrases = [...new Set(mustBeMessages(result.error.issues))];
  return phrases.length === 0 ? undefined : orList(phrases);
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
function acceptedFromIssue(code: string | undefined, params: Record<string, unknown>): string | undefined {
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

/**
 * JSON of a value, bounded in depth and width as well as length: a body can nest 100,000 levels
 * deep, which JSON.stringify would follow until the stack overflows.
 */
function preview(value: unknown, depth = 0): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? String(value);
  const WIDTH = 5;
  if (Array.isArray(value)) {
    if (depth >= 3) return value.length === 0 ? '[]' : '[…]';
    const items = value.slice(0, WIDTH).map((v) => preview(v, depth + 1));
    return `[${items.join(',')}${value.length > WIDTH ? ',…' : ''}]`;
  }
  const keys = Object.keys(value);
  if (depth >= 3) return keys.length === 0 ? '{}' : '{…}';
  const entries = keys
    .slice(0, WIDTH)
    .map((k) => `${JSON.stringify(k)}:${preview((value as Record<string, unknown>)[k], depth + 1)}`);
  return `{${entries.join(',')}${keys.length > WIDTH ? ',…' : ''}}`;
}

/** A received value as text, cut short; undefined when nothing was sent. */
function receivedText(value: unknown, fromText: boolean): string | undefined {
  if (value === undefined) return undefined;
  const text = fromText && typeof value === 'string' ? value : preview(value);
  return text.length > MAX_RECEIVED ? `${text.slice(0, MAX_RECEIVED)}…` : text;
}

function quoted(value: unknown, text: string, fromText: boolean): string {
  // Body values are already JSON text; parameters and headers are quoted here.
  const shown = fromText ? JSON.stringify(text) : text;
  const long = typeof value === 'string' && value.length > MAX_RECEIVED ? ` (${value.length} characters)` : '';
  return `${shown}${long}`;
}

function subjectOf(
  context: ValidationContext | undefined,
  path: readonly string[],
): { subject: string; location: Omit<ProblemDetail, 'detail'> } {
  const first = path[0] ?? '';
  if (context === 'querystring') return { subject: `Query parameter ${first}`, location: { parameter: first } };
  if (context === 'params') return { subject: `Path parameter ${first}`, location: { parameter: first } };
  if (context === 'headers') return { subject: `Header ${first}`, location: { header: first } };
  const pointer = `/${path.join('/')}`;
  return { subject: path.length === 0 ? 'The request body' : `Body field ${path.join('.')}`, location: { pointer } };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The plain-words `detail` and the `errors` of a 400 for failed validation. `schema` is the
 * route's zod schema for `context` and `input` what the client sent there (both may be
 * missing; the messages are then less precise, never wrong).
 */
export function describeValidationFailure(
  context: ValidationContext | undefined,
  issues: readonly ValidationIssue[],
  schema: unknown,
  input: unknown,
): { detail: string; errors: ProblemDetail[] } {
  const root = jsonSchemaOf(schema) ?? {};
  const fromText = context !== 'body';
  const errors: ProblemDetail[] = [];
  for (const issue of issues) {
    const path = (issue.instancePath ?? '').split('/').filter((p) => p !== '');
    const keys =
      issue.keyword === 'unrecognized_keys' && Array.isArray(issue.params?.keys) ? issue.params.keys.map(String) : null;
    if (keys !== null) {
      const parent = schemaAt(root, path);
      const known = Object.keys(parent?.properties ?? {});
      for (const key of keys) errors.push(unknownKey(context, [...path, key], valueAt(input, [...path, key]), known, fromText));
      continue;
    }
    const described = describeSchema(schemaAt(root, path), root);
    const form = described.precise === true ? undefined : authorsForm(zodAt(schema, path));
    errors.push(
      badValue(
        context,
        issue,
        path,
        form === undefined ? described : { ...described, accepted: form },
        valueAt(input, path),
        fromText,
      ),
    );
  }
  return { detail: errors.map((e) => e.detail).join(' '), errors };
}

function unknownKey(
  context: ValidationContext | undefined,
  path: string[],
  value: unknown,
  known: string[],
  fromText: boolean,
): ProblemDetail {
  const { subject, location } = subjectOf(context, path);
  const what = context === 'body' ? 'field' : context === 'headers' ? 'header' : 'parameter';
  const list =
    known.length === 0
      ? `this ${what === 'field' ? 'object takes no fields' : `operation takes no ${what}s`}`
      : `the ${what}s are: ${known.join(', ')}`;
  const secret = isCredentialName(path.at(-1) ?? '');
  const received = secret ? '[redacted]' : receivedText(value, fromText);
  const shown = received === undefined ? '' : `; received ${secret ? received : quoted(value, received, fromText)}`;
  return {
    ...location,
    detail: `${subject} is not accepted here${shown}; ${list}.`,
    ...(received === undefined ? {} : { received }),
    accepted: known.length === 0 ? 'none' : `one of the ${what}s: ${known.join(', ')}`,
    allowed: known,
  };
}

function badValue(
  context: ValidationContext | undefined,
  issue: ValidationIssue,
  path: string[],
  described: Described,
  value: unknown,
  fromText: boolean,
): ProblemDetail {
  const { subject, location } = subjectOf(context, path);
  const message = issue.message ?? '';
  const custom = message !== '' && !ZOD_DEFAULT_MESSAGE.test(message) ? message : undefined;
  const authors = custom?.startsWith('must be ') ? custom.slice('must be '.length) : undefined;
  const accepted =
    (described.precise === true ? described.accepted : undefined) ??
    authors ??
    described.accepted ??
    acceptedFromIssue(issue.keyword, issue.params ?? {});
  const received = receivedText(value, fromText);
  const allowed = described.allowed === undefined ? {} : { allowed: described.allowed };
  const fields = { ...(received === undefined ? {} : { received }), ...(accepted === undefined ? {} : { accepted }), ...allowed };

  if (value === undefined || (path.length === 0 && value === null && context === 'body')) {
    // Nothing was sent where something is required.
    const missing = path.length === 0 && context === 'body' ? 'is missing' : 'is required';
    const why = custom ?? (accepted === undefined ? '' : `send ${accepted}`);
    return { ...location, detail: `${subject} ${missing}${why === '' ? '' : `: ${why}`}.`, ...fields };
  }
  const shown = received === undefined ? '' : `; received ${quoted(value, received, fromText)}`;
  let reason: string;
  // The schema's own range or list says more than a message written for one of its checks.
  if (custom !== undefined && !(authors !== undefined && described.precise === true)) {
    reason = /^(must|is|are|cannot|should|may) /.test(custom) ? ` ${custom}` : `: ${custom}`;
  } else {
    reason = accepted === undefined ? ' is not valid' : ` must be ${accepted}`;
  }
  return { ...location, detail: `${capitalise(subject)}${reason}${shown}.`, ...fields };
}

/** `sort` names a field the list cannot be sorted by (checked by the repositories, not by zod). */
export function sortProblem(unknown: readonly string[], allowed: readonly string[], sent: string | undefined): ProblemDetail {
  const fields = unknown.map((f) => JSON.stringify(f)).join(', ');
  const accepted = `a comma list of ${allowed.join(', ')}, each optionally prefixed with "-" for descending order`;
  const received = sent === undefined ? undefined : receivedText(sent, true);
  return {
    parameter: 'sort',
    detail: `Query parameter sort cannot sort by ${fields}${received === undefined || sent === unknown.join(',') ? '' : ` (received ${JSON.stringify(received)})`}; the sortable fields are: ${allowed.join(', ')} ("-" before a field for descending).`,
    ...(received === undefined ? {} : { received }),
    accepted,
    allowed: [...allowed],
  };
}

/** `cursor` is not one this API issued for this query. */
export function cursorProblem(reason: string, sent: string | undefined): ProblemDetail {
  const received = sent === undefined ? undefined : receivedText(sent, true);
  const accepted =
    'meta.nextCursor or meta.prevCursor (or the cursor in links.next or links.prev) of a page of the same query, unchanged';
  return {
    parameter: 'cursor',
    detail: `Query parameter cursor ${reason}; send ${accepted}, or leave cursor out for the first page.`,
    ...(received === undefined ? {} : { received }),
    accepted,
  };
}

/** Fastify's refusals of a JSON body before validation, in the same words as a validation failure; null for others. */
export function bodyParseProblem(code: string | undefined): ProblemDetail | null {
  const accepted = 'a JSON object (RFC 8259), as the operation documents it';
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return {
      pointer: '/',
      detail:
        'The request body is empty although Content-Type says application/json; send a JSON object, as the operation documents it.',
      received: '',
      accepted,
    };
  }
  if (code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return {
      pointer: '/',
      detail:
        'The request body is not valid JSON (or uses a "__proto__" or "constructor" key, which are refused); send a JSON object, as the operation documents it.',
      accepted,
    };
  }
  return null;
}

/** The router's refusal of an over-long path segment, naming the segment. */
export function longParameterProblem(path: string, max: number): ProblemDetail {
  const segment =
    path
      .split('?')[0]
      ?.split('/')
      .reduce((a, b) => (b.length > a.length ? b : a), '') ?? '';
  const received = receivedText(segment, true) ?? '';
  return {
    parameter: '(path)',
    detail: `A path parameter is longer than the ${max} characters accepted; received ${JSON.stringify(received)} (${segment.length} characters).`,
    received,
    accepted: `at most ${max} characters`,
  };
}
