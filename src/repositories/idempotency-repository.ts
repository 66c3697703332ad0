import { createHash } from 'node:crypto';
import type { Db } from '../db/client.js';
import type { Tx } from '../db/writer.js';
import { IdempotencyConflictError } from '../domain/errors.js';

export type StoredResponse = { status: number; body: unknown };

export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([method, path, body]))
    .digest('hex');
}

/**
 * Idempotency-Key records, scoped per curator. The first result is stored in the same
 * transaction as the write it describes, so a retry can never produce a second record.
 */
export function createIdempotencyRepository(db: Db) {
  return {
    /** The stored response for this key, null if unused; throws if the key was used for another request. */
    async find(actor: string, key: string, fingerprint: string, client: Db | Tx = db): Promise<StoredResponse | null> {
      const row = await client.idempotencyRecord.findUnique({ where: { actor_key: { actor, key } } });
      if (row === null) return null;
      if (row.requestHash !== fingerprint) throw new IdempotencyConflictError();
      return { status: row.status, body: JSON.parse(row.body) as unknown };
    },

    async save(
      tx: Tx,
      entry: { actor: string; key: string; method: string; path: string; fingerprint: string } & StoredResponse,
    ) {
      await tx.idempotencyRecord.create({
        data: {
          actor: entry.actor,
          key: entry.key,
          method: entry.method,
          path: entry.path,
          requestHash: entry.fingerprint,
          status: entry.status,
          body: JSON.stringify(entry.body),
        },
      });
    },
  };
}

export type IdempotencyRepository = ReturnType<typeof createIdempotencyRepository>;
