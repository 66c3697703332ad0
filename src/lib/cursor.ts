import { createHmac, createSecretKey, hash, timingSafeEqual, type KeyObject } from 'node:crypto';

export type CursorValue = string | number | null;

/**
 * `k`: the sort key of the row the page starts after (or, backward, before); `q`: the query's
 * fingerprint; `b`: 1 on a backward cursor (a `prev` link); `i`: 1 when the page starts at that
 * row, not after it (see CursorPosition). Absent flags are 0.
 */
type CursorPayload = { k: CursorValue[]; q: string; b?: 1; i?: 1 };

/**
 * A decoded cursor: a position in the order (a row's sort key), which way the page it asks for
 * runs from there, and whether that row itself belongs to the page. Next and prev cursors start
 * after and before a row of the page they come from; an empty page's way back turns its own
 * position around, and then the row is included: the page after row P being empty, the one
 * before it ends with P (and the page before Q being empty, the one after it starts with Q).
 */
export type CursorPosition = { values: CursorValue[]; backward: boolean; inclusive: boolean };

export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
}

/** Fingerprint of everything that shapes a result set, so a cursor cannot be replayed on another query. */
export function queryFingerprint(parts: unknown): string {
  return hash('sha256', JSON.stringify(parts), 'base64url').slice(0, 16);
}

/**
 * Cursors carry a row's sort key (keyset pagination, so inserts never shift pages): the last
 * row's for the next page, the first row's and a backward flag for the previous one. They are
 * HMAC-signed: a client can hold and replay them but not edit them (nor turn one around).
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

  encode(keys: CursorValue[], fingerprint: string, backward = false, inclusive = false): string {
    const payload: CursorPayload = { k: keys, q: fingerprint };
    if (backward) payload.b = 1;
    if (inclusive) payload.i = 1;
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${body}.${this.sign(body)}`;
  }

  decode(cursor: string, fingerprint: string, arity: number): CursorPosition {
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
    const flag = (f: unknown) => f === undefined || f === 1;
    if (!Array.isArray(p.k) || p.k.length !== arity || typeof p.q !== 'string' || !flag(p.b) || !flag(p.i)) {
      throw new InvalidCursorError('is malformed');
    }
    if (p.q !== fingerprint) throw new InvalidCursorError('belongs to a different query (filters or sort changed)');
    return { values: p.k, backward: p.b === 1, inclusive: p.i === 1 };
  }
}
