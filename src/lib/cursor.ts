import { createHmac, createSecretKey, hash, timingSafeEqual, type KeyObject } from 'node:crypto';

export type CursorValue = string | number | null;

type CursorPayload = { k: CursorValue[]; q: string };

export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
}

/** Fingerprint of everything that shapes a result set, so a cursor cannot be replayed on another query. */
export function queryFingerprint(parts: unknown): string {
  return hash('sha256', JSON.stringify(parts), 'base64url').slice(0, 16);
}

/**
 * Cursors carry the last row's sort key (keyset pagination, so inserts never shift pages) and
 * are HMAC-signed: a client can hold and replay them but not edit them.
 */
export class CursorCodec {
  /** Imported once: a string key is converted again by every createHmac. */
  private readonly key: KeyObject;

  constructor(secret: string) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url').slice(0, 22);
  }

  encode(keys: CursorValue[], fingerprint: string): string {
    const body = Buffer.from(JSON.stringify({ k: keys, q: fingerprint } satisfies CursorPayload)).toString('base64url');
    return `${body}.${this.sign(body)}`;
  }

  decode(cursor: string, fingerprint: string, arity: number): CursorValue[] {
    const [body, mac, extra] = cursor.split('.');
    if (body === undefined || mac === undefined || extra !== undefined) throw new InvalidCursorError('is malformed');
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      throw new InvalidCursorError('is not a cursor issued by this API');
    }
    let payload: unknown;
    try {
      payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      throw new InvalidCursorError('is malformed');
    }
    const p = payload as Partial<CursorPayload>;
    if (!Array.isArray(p.k) || p.k.length !== arity || typeof p.q !== 'string') throw new InvalidCursorError('is malformed');
    if (p.q !== fingerprint) throw new InvalidCursorError('belongs to a different query (filters or sort changed)');
    return p.k;
  }
}
