import { describe, expect, it } from 'vitest';
import { CursorCodec, queryFingerprint } from '../../src/lib/cursor.js';

describe('cursors shared between requests', () => {
  it('signs cursors the same way for the same secret, and refuses another secret’s', () => {
    const fingerprint = queryFingerprint([{ country: ['KP'] }, [['id', 'asc']]]);
    expect(fingerprint).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const codec = new CursorCodec('a'.repeat(32));
    const cursor = codec.encode(['KP', 'kp-1'], fingerprint);
    expect(new CursorCodec('a'.repeat(32)).encode(['KP', 'kp-1'], fingerprint)).toBe(cursor);
    expect(codec.decode(cursor, fingerprint, 2)).toEqual({ values: ['KP', 'kp-1'], backward: false, inclusive: false });
    expect(() => new CursorCodec('b'.repeat(32)).decode(cursor, fingerprint, 2)).toThrow(/not a cursor issued/);
  });

  it('carries the direction and inclusiveness of a position under the signature', () => {
    const fingerprint = queryFingerprint([{}, [['id', 'asc']]]);
    const codec = new CursorCodec('a'.repeat(32));
    const back = codec.encode(['kp-1'], fingerprint, true);
    expect(codec.decode(back, fingerprint, 1)).toEqual({ values: ['kp-1'], backward: true, inclusive: false });
    expect(codec.decode(codec.encode(['kp-1'], fingerprint, false, true), fingerprint, 1)).toEqual({
      values: ['kp-1'],
      backward: false,
      inclusive: true,
    });
    // The flag is part of the signed body: dropping it does not give a forward cursor.
    const [body = '', mac = ''] = back.split('.');
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
    delete payload.b;
    const turned = `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${mac}`;
    expect(() => codec.decode(turned, fingerprint, 1)).toThrow(/not a cursor issued/);
  });
});
