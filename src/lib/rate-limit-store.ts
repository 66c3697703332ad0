import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';
import { normalizeIP, type FastifyRateLimitStore, type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { LruMap } from 'toad-cache';

/** A client's window: requests counted in it and when it began. */
type Window = { current: number; iterationStartMs: number };

/** What a count leaves: requests in the window (this one included) and the milliseconds left in it. */
export type Counted = { current: number; ttl: number };

/**
 * What counting asks of a store, synchronously (as @fastify/rate-limit asks `incr` of its
 * LocalStore, with a callback): so that a request answered before routing, outside Fastify, is
 * counted in the same store, at the cost of a map lookup. A store shared between instances would
 * need an asynchronous interface, and the pre-router path would give way to the plugin's hook.
 */
export interface CountStore {
  readonly windowMs: number;
  /** Counts one request of `key`. */
  increment(key: string, now?: number): Counted;
  /** The requests `key` has made in its current window, without counting one (0 when it has none). */
  peek(key: string, now?: number): number;
}

/** Clients remembered; past that the least recently seen is forgotten (as @fastify/rate-limit's LocalStore). */
const CLIENTS = 5000;

/**
 * The request counts of every client, in fixed windows: @fastify/rate-limit's LocalStore (the
 * model: same LRU, same window rule) with its callbacks taken out, so that a caller outside
 * Fastify, before routing, can count a request synchronously in the same store the plugin's
 * hook counts in. One store, so a client's requests count once wherever they are answered.
 */
export class RequestCounts implements CountStore {
  private readonly clients: LruMap<Window>;

  constructor(
    readonly windowMs: number,
    capacity = CLIENTS,
  ) {
    this.clients = new LruMap<Window>(capacity);
  }

  increment(key: string, now = Date.now()): Counted {
    let window = this.clients.get(key);
    if (window === undefined) {
      window = { current: 1, iterationStartMs: now };
      this.clients.set(key, window);
    } else if (window.iterationStartMs + this.windowMs <= now) {
      window.current = 1;
      window.iterationStartMs = now;
    } else {
      window.current += 1;
    }
    return { current: window.current, ttl: this.windowMs - (now - window.iterationStartMs) };
  }

  peek(key: string, now = Date.now()): number {
    const window = this.clients.get(key);
    return window === undefined || window.iterationStartMs + this.windowMs <= now ? 0 : window.current;
  }
}

/**
 * `counts` as @fastify/rate-limit's `store` option, which takes a constructor: the plugin's hook
 * then counts in the same store as the check before routing. Per-route limits would need a
 * store each (`child`); this app has one limit for every request.
 */
export function pluginStore(counts: CountStore): FastifyRateLimitStoreCtor {
  const store: FastifyRateLimitStore = {
    incr: (key, callback) => callback(null, counts.increment(key)),
    child: () => {
      throw new Error('per-route rate limits are not used: every request counts in one store');
    },
  };
  return function SharedStore() {
    return store;
  } as unknown as FastifyRateLimitStoreCtor;
}

/**
 * A client's rate-limit key from the raw request, so that Fastify's hook and a check before
 * routing agree: the address Fastify's `request.ip` gives (the socket's, or with TRUST_PROXY
 * the last address of X-Forwarded-For that is not a trusted proxy), normalized as
 * @fastify/rate-limit's default key is (IPv4-mapped IPv6 as IPv4, IPv6 by /64 subnet).
 */
export function clientKeyOf(trustProxy: readonly string[]): (req: IncomingMessage) => string | undefined {
  if (trustProxy.length === 0) {
    return (req) => {
      const address = req.socket.remoteAddress;
      return address === undefined ? undefined : normalizeIP(address);
    };
  }
  const trusted = proxyAddr.compile([...trustProxy]);
  return (req) => {
    if (req.socket.remoteAddress === undefined) return undefined;
    const addresses = proxyAddr.all(req, trusted);
    const address = addresses[addresses.length - 1];
    return address === undefined ? undefined : normalizeIP(address);
  };
}
