import { describe, expect, it } from 'vitest';
import { CursorCodec, queryFingerprint } from '../../src/lib/cursor.js';

describe('cursors shared between requests', () => {
  it('signs cursors the same way for the same secret, and refuses another secret’s', () => {
    const fingerprint = queryFingerprint([{ country: ['KP'] }, [['id', 'asc']]]);
    expect(fingerprint).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const codec = new CursorCodec('a'.repeat(32));
    const cursor = codec.encode(['KP', 'kp-1'], fingerprint);
    expect(new CursorCodec('a'.repeat(32)).encode(['KP', 'kp-1'], fingerprint)).toBe(cursor);
    expect(codec.decode(cursor, fingerprint, 2)).toEqual(['KP', 'kp-1']);
    expect(() => new CursorCodec('b'.repeat(32)).decode(cursor, fingerprint, 2)).toThrow(/not a cursor issued/);
  });
});
