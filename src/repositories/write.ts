import { randomBytes } from 'node:crypto';
import type { Tx, Writer } from '../db/writer.js';
import { QuoteNotFoundError, UnknownReferenceError, VersionConflictError } from '../domain/errors.js';
import { codePointLength, findQuote } from '../lib/text-span.js';
import type { IdempotencyRepository } from './idempotency-repository.js';
import { diff, recordRevision, type RevisionEntry } from './revision-repository.js';

export type WriteDeps = { writer: Writer; idempotency: IdempotencyRepository };

export type WriteContext = {
  actor: string;
  idempotency?: { key: string; fingerprint: string; method: string; path: string };
};

export type WriteResult<T> = { status: number; body: T; replayed: boolean };

/**
 * Runs one write through the single writer. With an Idempotency-Key, a key seen before
 * replays the stored result (checked again inside the transaction, so two concurrent retries
 * cannot both write), and the result is stored in the same transaction as the write.
 */
export async function performWrite<T>(
  deps: WriteDeps,
  ctx: WriteContext,
  status: number,
  work: (tx: Tx, datasetVersion: number) => Promise<T>,
): Promise<WriteResult<T>> {
  const idem = ctx.idempotency;
  if (idem !== undefined) {
    const earlier = await deps.idempotency.find(ctx.actor, idem.key, idem.fingerprint);
    if (earlier !== null) return { status: earlier.status, body: earlier.body as T, replayed: true };
  }
  return deps.writer.run(async (tx, datasetVersion) => {
    if (idem !== undefined) {
      const earlier = await deps.idempotency.find(ctx.actor, idem.key, idem.fingerprint, tx);
      if (earlier !== null) return { status: earlier.status, body: earlier.body as T, replayed: true };
    }
    const body = await work(tx, datasetVersion);
    if (idem !== undefined) await deps.idempotency.save(tx, { actor: ctx.actor, ...idem, status, body });
    return { status, body, replayed: false };
  });
}

/** The text of the source a record cites by `sourceId` (quotes are located in it); refused when there is none. */
export async function citedSourceText(tx: Tx, sourceId: string): Promise<string> {
  const source = await tx.source.findUnique({ where: { id: sourceId }, select: { text: true } });
  if (source === null) throw new UnknownReferenceError('sourceId', sourceId);
  return source.text;
}

/** Refuses a reference (`field` of the body) to a country or leader that does not exist; null refers to none. */
export async function requireReference(tx: Tx, to: 'country' | 'leader', field: string, key: string | null): Promise<void> {
  if (key === null) return;
  const found =
    to === 'country' ? await tx.country.count({ where: { code: key } }) : await tx.leader.count({ where: { id: key } });
  if (found === 0) throw new UnknownReferenceError(field, key);
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

/** Server-owned ids: readable, and unique thanks to a random suffix. */
export function newId(...parts: string[]): string {
  return `${parts.map((p) => slugify(p)).join('-')}-${randomBytes(3).toString('hex')}`;
}

/** The versions a conditional write accepts (any of them); null for `If-Match: *` (any current version). */
export type ExpectedVersion = readonly number[] | null;

export function assertVersion(current: { version: number }, expected: ExpectedVersion): void {
  if (expected !== null && !expected.includes(current.version)) throw new VersionConflictError(current.version);
}

const NOT_AUDITED = new Set(['updatedAt', 'createdAt', 'version']);

/** Records the revision for a write, with a field-level diff of the stored columns. */
export async function audit(
  tx: Tx,
  entry: RevisionEntry & { before: Record<string, unknown>; after: Record<string, unknown> },
): Promise<void> {
  const { before: stored, after, ...revision } = entry;
  // Only the fields the write sets are compared: `stored` may be the whole stored row.
  const before = Object.fromEntries(Object.keys(after).map((key) => [key, stored[key]]));
  const changes = Object.fromEntries(Object.entries(diff(before, after)).filter(([key]) => !NOT_AUDITED.has(key)));
  await recordRevision(tx, { ...revision, changes });
}
