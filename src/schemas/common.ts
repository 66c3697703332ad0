import { z } from 'zod';
import { PROBLEM_TYPE_URIS } from '../lib/problem-types.js';
import { integerParam } from './query-numbers.js';

export const problemSchema = z
  .object({
    type: z
      .enum(PROBLEM_TYPE_URIS)
      .describe(
        'Identifies the problem type; a relative URI whose page (HTML, or JSON with Accept: application/json) documents it',
      ),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().describe('The request path and query that caused the problem'),
    errors: z
      .array(
        z.object({
          parameter: z.string().optional().describe('The query or path parameter at fault'),
          pointer: z.string().optional().describe('JSON pointer to the body field at fault'),
          header: z.string().optional().describe('The request header at fault'),
          detail: z.string().describe('What is wrong with it, in plain words'),
          received: z
            .string()
            .optional()
            .describe(
              'What was sent there, as text (JSON for body values), cut after 120 characters; absent when nothing was sent',
            ),
          accepted: z.string().optional().describe('What is accepted there, in plain words'),
          allowed: z.array(z.string()).optional().describe('The accepted values, when they are a list'),
        }),
      )
      .optional()
      .describe('One entry per bad parameter, header or body field (400) or per failed check (422)'),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details, served as application/problem+json' });

export const snippetSchema = z
  .object({
    field: z.string().describe('The searched field the passage is taken from'),
    text: z.string().describe('The passage, verbatim'),
    start: z.number().int().describe('Code point offset of the passage in the field'),
    end: z.number().int(),
    highlights: z
      .array(z.object({ start: z.number().int(), end: z.number().int() }))
      .describe(
        'The matched words, as code point offsets [start, end) into text; empty when the record matched by its country’s or claimant’s names only',
      ),
  })
  .meta({ id: 'SearchSnippet', description: 'A passage of a search hit around the words the search matched' });

export const listMetaSchema = z
  .object({
    total: z.number().int().nonnegative().describe('Exact number of records matching the filters'),
    limit: z.number().int().positive(),
    nextCursor: z.string().nullable().describe('Opaque cursor for the next page, null on the last page'),
    prevCursor: z
      .string()
      .nullable()
      .describe('Opaque cursor for the previous page (pass it as `cursor` too), null on the first page'),
    facets: z
      .record(z.string(), z.record(z.string(), z.number().int()))
      .optional()
      .describe('Counts per value of each requested facet, for the current filters'),
    snippets: z
      .array(snippetSchema.nullable())
      .optional()
      .describe('With q: for each item of data, in its order, the passage around what the search matched'),
  })
  .meta({ id: 'ListMeta' });

export const listLinksSchema = z
  .object({
    self: z.string().describe('This page: the request’s path and query'),
    first: z.string().describe('The first page: this query without its cursor'),
    prev: z.string().nullable().describe('The previous page (cursor meta.prevCursor), null on the first page'),
    next: z.string().nullable().describe('The next page (cursor meta.nextCursor), null on the last page'),
  })
  .meta({
    id: 'ListLinks',
    description:
      'The same links as the Link header (RFC 8288: rel="first", "prev", "next"). Pages are keyset cursors: records inserted or removed elsewhere never shift the page a cursor leads to.',
  });

export function listEnvelope<T extends z.ZodType>(item: T, id: string) {
  return z.object({ data: z.array(item), meta: listMetaSchema, links: listLinksSchema }).meta({ id });
}

export function itemEnvelope<T extends z.ZodType>(item: T, id: string) {
  return z.object({ data: item }).meta({ id });
}

/** A resource's list and record responses, `${name}List` and `${name}Response`. */
export function envelopes<T extends z.ZodType>(item: T, name: string) {
  return { list: listEnvelope(item, `${name}List`), item: itemEnvelope(item, `${name}Response`) };
}

/** The schemas commaList made: src/plugins/app/canonical-query.ts finds the list parameters by them. */
const COMMA_LISTS = new WeakSet<z.ZodType>();

/** Whether `schema` (once its optional or default wrapper is taken off) is a commaList. */
export function isCommaList(schema: z.ZodType): boolean {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return COMMA_LISTS.has(inner);
}

/**
 * `a,b,c` → ['a','b','c'], each validated by `item`; repeated parameters are rejected by the
 * parser. The list is a set: its items come out without repeats and sorted, so every order of a
 * list is the same query, with the same response (src/lib/canonical-query.ts relies on it).
 */
export function commaList<T extends z.ZodType<unknown, string>>(item: T, shape?: { pattern: string; label: string }) {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const options = item instanceof z.ZodEnum ? (item.options as string[]) : undefined;
  const one = shape?.pattern ?? (options === undefined ? undefined : `(?:${options.map(escape).join('|')})`);
  const label = shape?.label ?? (options === undefined ? 'values' : options.join(', '));
  // The pattern documents the accepted values in the spec; the item schema still validates each one.
  const list =
    one === undefined
      ? z.string()
      : z.string().regex(new RegExp(`^\\s*${one}(?:\\s*,\\s*${one})*\\s*$`), `must be a comma list of: ${label}`);
  const schema = list
    .transform((s) => s.split(',').map((part) => part.trim()))
    .pipe(z.array(item).min(1))
    .transform((items) => [...new Set(items)].sort());
  COMMA_LISTS.add(schema);
  return schema;
}

export const COUNTRY_LIST = { pattern: '[A-Za-z]{2}', label: 'ISO 3166-1 alpha-2 codes' };
export const SLUG_LIST = { pattern: '[a-z0-9]+(?:-[a-z0-9]+)*', label: 'lower-case slugs' };

export const countryCodeParam = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as KP')
  .transform((s) => s.toUpperCase());

export const slugParam = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug')
  .max(120);

export const paginationQuery = {
  limit: integerParam(1, 100, 20).describe('Page size, 1 to 100 (default 20)'),
  cursor: z
    .string()
    .min(1)
    .max(1000)
    .optional()
    .describe('Opaque cursor from meta.nextCursor (the next page) or meta.prevCursor (the previous one), for the same query'),
};

/** Item routes take no query parameters; rejecting unknown ones keeps typos from being ignored. */
export const noQuery = z.strictObject({});

export const FORMATS = ['json', 'csv', 'ndjson'] as const;
export const formatQuery = z
  .enum(FORMATS)
  .optional()
  .describe('Representation, overriding the Accept header: json, csv or ndjson (all matching rows, streamed)');

export const bomQuery = z
  .enum(['true', 'false'], { error: 'must be true or false' })
  .optional()
  .transform((value) => value === 'true')
  .describe(
    'CSV only: true starts the file with a UTF-8 byte order mark, so Excel on Windows reads é, ’ and “ right (default false)',
  );

/** Bounded free text for curator input; control characters other than newline and tab are refused. */
export function text(max: number) {
  return (
    z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(max, `must be at most ${max} characters`)
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), 'must not contain control characters')
  );
}

/** Verbatim excerpts are not trimmed: whitespace is part of what must match the source. */
export function verbatim(max: number) {
  return z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
}

export const offsetHint = z
  .number()
  .int()
  .nonnegative()
  .describe('Code point offset choosing among several occurrences of the quote; the server still checks it');

/**
 * A schema-level message for a body sent empty: what the body must hold, in the curator's
 * words, instead of "expected object, received null".
 */
function whenBodyMissing(message: string) {
  return {
    error: (issue: { code?: string; input?: unknown }) =>
      issue.code === 'invalid_type' && issue.input == null ? message : undefined,
  };
}

export const reasonBody = z.strictObject(
  { reason: text(1000).describe('Why the record is changed or retracted') },
  whenBodyMissing('a reason is required; send {"reason": "why"} as application/json'),
);

export const writeHeaders = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,200}$/, 'must be 1 to 200 letters, digits or ._:-')
    .optional()
    .describe('Makes a POST safe to retry: the same key replays the first result'),
});

export const ifMatchHeaders = z.object({
  'if-match': z.string().max(200).optional().describe('The ETag of the version being changed (required; 428 without it)'),
});

export const revisionSchema = z
  .object({
    id: z.number().int().describe('Position in the change feed'),
    resourceType: z.enum(['source', 'country', 'leader', 'claim', 'trade_figure']),
    resourceId: z.string(),
    version: z.number().int().describe('Version of the record after this change'),
    action: z.enum(['create', 'update', 'retract']),
    actor: z.string().describe('Name of the curator key (never the key), or "seed"'),
    reason: z.string().nullable(),
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).describe('Field-level diff'),
    datasetVersion: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Revision' });

export const revisionListResponse = z.object({ data: z.array(revisionSchema) }).meta({ id: 'RevisionList' });

/** A PATCH body: any subset of the writable fields, plus the reason, and at least one change. */
export function patchBody<S extends z.ZodRawShape>(
  fields: S,
  id: string,
  description?: string,
  check?: (body: Record<string, unknown>, ctx: z.RefinementCtx) => void,
) {
  return z
    .strictObject(
      { ...z.strictObject(fields).partial().shape, reason: text(1000).describe('Why the record is changed') },
      whenBodyMissing(
        'a reason and at least one field to change are required; send {"reason": "why", "<field>": <new value>} as application/json',
      ),
    )
    .refine((body) => Object.keys(body).some((key) => key !== 'reason'), { message: 'must change at least one field' })
    .superRefine((body, ctx) => check?.(body, ctx))
    .meta({ id, ...(description === undefined ? {} : { description }) });
}
