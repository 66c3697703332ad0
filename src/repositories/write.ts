import { randomBytes } from 'node:crypto';
import { sql } from '../db/sql.js';
import type { Tx } from '../db/write-tx.js';
import { QuoteNotFoundError, UnknownReferenceError, VersionConflictError } from '../domain/errors.js';
import { codePointLength, findQuote } from '../lib/text-span.js';
import { diff, recordRevision, type FieldChange, type RevisionEntry } from './revision-repository.js';

export type WriteContext = {
  actor: string;
  idempotency?: { key: string; fingerprint: string; method: string; path: string };
};

export type WriteResult<T> = { status: number; body: T; replayed: boolean };

/** The text of the source a record cites by `sourceId` (quotes are located in it); refused when there is none. */
export async function citedSourceText(tx: Tx, sourceId: string): Promise<string> {
  const source = await tx.get<{ text: string }>(sql('SELECT "text" FROM "Source" WHERE "id" = ?', [sourceId]));
  if (source === undefined) throw new UnknownReferenceError('sourceId', sourceId);
  return source.text;
}

/** Refuses a reference (`field` of the body) to a country or leader that does not exist; null refers to none. */
export async function requireReference(tx: Tx, to: 'country' | 'leader', field: string, key: string | null): Promise<void> {
  if (key === null) return;
  const found = await tx.get(
    sql(
      to === 'country' ? 'SELECT 1 AS found FROM "Country" WHERE "code" = ?' : 'SELECT 1 AS found FROM "Leader" WHERE "id" = ?',
      [key],
    ),
  );
  if (found === undefined) throw new UnknownReferenceError(field, key);
}

/**
 * Where a quote sits in its source text, in code points. Provenance is enforced here: a quote
 * that is not verbatim in the text, or occurs more than once without a hint choosing one, is
 * refused.
 */
export function locateQuote(
  text: string,
  quote: string,
  hint: number | undefined,
  field: string,
): { start: number; end: number } {
  const hits = findQuote(text, quote);
  if (hits.length === 0) {
    throw new QuoteNotFoundError(
      field,
      `${field} is not a verbatim excerpt of the source text (check apostrophes ’ and quotes “ ”).`,
    );
  }
  let start: number | undefined;
  if (hint !== undefined) {
    start = hits.find((h) => h === hint);
    if (start === undefined)
      throw new QuoteNotFoundError(field, `${field} does not occur at offset ${hint}; it occurs at ${hits.join(', ')}.`, hits);
  } else if (hits.length > 1) {
    throw new QuoteNotFoundError(
      field,
      `${field} occurs ${hits.length} times (at ${hits.join(', ')}); send an offset hint to choose one.`,
      hits,
    );
  } else {
    start = hits[0];
  }
  const from = start ?? 0;
  return { start: from, end: from + codePointLength(quote) };
}

/**
 * The write input a PATCH makes: `changes` over the stored record's input. A changed quote, or a
 * changed source, needs a position of its own, so the stored offset is no hint for it: each
 * quote field's hint (`hints`, quote field → hint field) is then the patch's own, or none.
 */
export function patchedInput<I extends { sourceId: string }>(
  stored: I,
  changes: Partial<I>,
  hints: Partial<Record<keyof I, keyof I>>,
): I {
  const merged: I = { ...stored, ...changes };
  for (const quote of Object.keys(hints) as (keyof I)[]) {
    const hint = hints[quote] as keyof I;
    if (changes[quote] !== undefined || changes.sourceId !== undefined) merged[hint] = changes[hint] as I[keyof I];
  }
  return merged;
}

export function slugify(text: string, max = 48): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return slug.length > 0 ? slug : 'record';
}

/** Bytes of randomness in a server-made id: 48 bits, so even a million ids of one slug almost never meet. */
const ID_RANDOM_BYTES = 6;
/** Fresh suffixes tried before giving up; a second is already a one-in-10^14 event. */
const ID_ATTEMPTS = 5;

/**
 * A server-owned id for a new row of `table`: readable (the slug of `parts`) and unique thanks to
 * a random suffix, drawn again while a row already has it. The check runs inside the write's
 * transaction, under the single writer's lock, so nothing can take the id before the insert.
 */
export async function newId(tx: Tx, table: 'Source' | 'Leader' | 'Claim' | 'TradeFigure', ...parts: string[]): Promise<string> {
  const slug = parts.map((p) => slugify(p)).join('-');
  for (let attempt = 0; attempt < ID_ATTEMPTS; attempt += 1) {
    const id = `${slug}-${randomBytes(ID_RANDOM_BYTES).toString('hex')}`;
    if ((await tx.get(sql(`SELECT 1 AS taken FROM "${table}" WHERE "id" = ?`, [id]))) === undefined) return id;
  }
  throw new Error(`no free id for ${table} "${slug}" after ${ID_ATTEMPTS} random suffixes`);
}

/** The versions a conditional write accepts (any of them); null for `If-Match: *` (any current version). */
export type ExpectedVersion = readonly number[] | null;

export function assertVersion(current: { version: number }, expected: ExpectedVersion): void {
  if (expected !== null && !expected.includes(current.version)) throw new VersionConflictError(current.version);
}

const NOT_AUDITED = new Set(['updatedAt', 'createdAt', 'version']);

/** What a write changes, field by field, in the columns it sets (`stored` may be the whole stored row). */
export function auditedChanges(stored: Record<string, unknown>, after: Record<string, unknown>): Record<string, FieldChange> {
  const before = Object.fromEntries(Object.keys(after).map((key) => [key, stored[key]]));
  return Object.fromEntries(Object.entries(diff(before, after)).filter(([key]) => !NOT_AUDITED.has(key)));
}

/** Records the revision for a write, with a field-level diff of the stored columns. */
export async function audit(
  tx: Tx,
  entry: RevisionEntry & { before: Record<string, unknown>; after: Record<string, unknown> },
): Promise<void> {
  const { before, after, ...revision } = entry;
  await recordRevision(tx, { ...revision, changes: auditedChanges(before, after) });
}
