import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientKeyOf, RequestCounts } from '../../src/lib/rate-limit-store.js';

function rawRequest(remoteAddress: string | undefined, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress },
    connection: { remoteAddress },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  } as unknown as IncomingMessage;
}

describe('RequestCounts', () => {
  it('counts a client’s requests in fixed windows, as @fastify/rate-limit’s LocalStore', () => {
    const counts = new RequestCounts(1000);
    expect(counts.increment('a', 10_000)).toEqual({ current: 1, ttl: 1000 });
    expect(counts.increment('a', 10_400)).toEqual({ current: 2, ttl: 600 });
    expect(counts.increment('b', 10_400)).toEqual({ current: 1, ttl: 1000 });
    // The window began at the first request: it ends 1000 ms later, and counting starts again.
    expect(counts.increment('a', 11_000)).toEqual({ current: 1, ttl: 1000 });
  });

  it('peeks at a count without counting, and sees none once the window is over', () => {
    const counts = new RequestCounts(1000);
    expect(counts.peek('a', 0)).toBe(0);
    counts.increment('a', 0);
    counts.increment('a', 1);
    expect(counts.peek('a', 2)).toBe(2);
    expect(counts.peek('a', 2)).toBe(2);
    expect(counts.peek('a', 1000)).toBe(0);
  });

  it('forgets the least recently seen client past its capacity', () => {
    const counts = new RequestCounts(60_000, 2);
    counts.increment('a', 0);
    counts.increment('b', 0);
    counts.increment('a', 1);
    counts.increment('c', 2);
    expect(counts.peek('a', 3)).toBe(2);
    expect(counts.peek('b', 3)).toBe(0);
  });
});

describe('clientKeyOf', () => {
  it('keys by the socket’s address without a trusted proxy, whatever X-Forwarded-For says', () => {
    const keyOf = clientKeyOf([]);
    expect(keyOf(rawRequest('203.0.113.5', '198.51.100.1'))).toBe('203.0.113.5');
    // IPv4-mapped IPv6 as IPv4, IPv6 by its /64, as the plugin's default key.
    expect(keyOf(rawRequest('::ffff:203.0.113.5'))).toBe('203.0.113.5');
    expect(keyOf(rawRequest('2001:db8:1:2:3:4:5:6'))).toBe(keyOf(rawRequest('2001:db8:1:2:ffff::1')));
    expect(keyOf(rawRequest(undefined))).toBeUndefined();
  });

  it('believes X-Forwarded-For from a trusted proxy, as Fastify’s request.ip does', () => {
    const keyOf = clientKeyOf(['127.0.0.1']);
    expect(keyOf(rawRequest('127.0.0.1', '198.51.100.1'))).toBe('198.51.100.1');
    // Only the hops the trusted proxy vouches for: the client cannot choose its key by prepending.
    expect(keyOf(rawRequest('127.0.0.1', '10.9.9.9, 198.51.100.1'))).toBe('198.51.100.1');
    expect(keyOf(rawRequest('203.0.113.5', '198.51.100.1'))).toBe('203.0.113.5');
  });
});
