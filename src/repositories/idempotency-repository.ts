import { createHash } from 'node:crypto';
import { sql } from '../db/sql.js';
import type { Tx } from '../db/write-tx.js';
import { IdempotencyConflictError } from '../domain/errors.js';
import { insertRow } from './write-sql.js';

export type StoredResponse = { status: number; body: unknown };

export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([method, path, body]))
    .digest('hex');
}

/**
 * Idempotency-Key records, scoped per curator. The first result is stored in the same
 * transaction as the write it describes, and looked up in the transaction of every later write
 * with the key, so a retry (even one racing the first) can never produce a second record.
 */

/** The stored response for this key, null if unused; throws if the key was used for another request. */
export async function findIdempotent(tx: Tx, actor: string, key: string, fingerprint: string): Promise<StoredResponse | null> {
  const row = await tx.get<{ requestHash: string; status: number; body: string }>(
    sql('SELECT "requestHash", "status", "body" FROM "IdempotencyRecord" WHERE "actor" = ? AND "key" = ?', [actor, key]),
  );
  if (row === undefined) return null;
  if (row.requestHash !== fingerprint) throw new IdempotencyConflictError();
  return { status: Number(row.status), body: JSON.parse(row.body) as unknown };
}

export async function saveIdempotent(
  tx: Tx,
  entry: { actor: string; key: string; method: string; path: string; fingerprint: string } & StoredResponse,
): Promise<void> {
  await insertRow(tx, 'IdempotencyRecord', {
    actor: entry.actor,
    key: entry.key,
    method: entry.method,
    path: entry.path,
    requestHash: entry.fingerprint,
    status: entry.status,
    body: JSON.stringify(entry.body),
    createdAt: new Date(),
  });
}
