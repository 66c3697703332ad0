import { hash } from 'node:crypto';

/** What a store needs of what it keeps: the generation it was made under, its size, a flag of its own. */
export type Storable = {
  readonly generation: number;
  readonly size: number;
  /** Hit since the eviction sweep last passed it; the store sets and clears it. */
  referenced: boolean;
};

export type StoreStats = { entries: number; bytes: number; evictions: number; invalidations: number };

/**
 * What the response cache asks of a store, as @fastify/rate-limit's plugin asks `incr` of its
 * LocalStore: a store in another process (shared between instances) would implement the same.
 */
export interface ResponseStore<T extends Storable> {
  /** Keeps only what was made under `generation`: when it changes, the store is emptied. */
  useGeneration(generation: number | null): void;
  /** The entry stored under `key` for `generation`, marked as used; undefined on a miss. */
  get(key: string, generation: number): T | undefined;
  /** Whether a response for `key` is worth storing (it was asked for recently); records the ask. */
  admits(key: string): boolean;
  set(key: string, entry: T): void;
  clear(): void;
  stats(): StoreStats;
}

/**
 * Keys asked for recently, in two generations of at most `capacity` keys each: a key is "seen"
 * while it is in either, so it is remembered for between one and two generations' worth of
 * distinct misses. Keys are kept as SHA-1 digests (a URL and its headers can be kilobytes), so
 * the bound is about 100 bytes a key; a collision only admits a response early.
 */
export class Doorkeeper {
  private current = new Set<string>();
  private previous = new Set<string>();

  constructor(private readonly capacity: number) {}

  /** Whether `key` was seen recently; records it either way. */
  seenBefore(fullKey: string): boolean {
    const key = hash('sha1', fullKey, 'base64');
    if (this.current.has(key)) return true;
    const seen = this.previous.has(key);
    if (this.current.size >= this.capacity) {
      this.previous = this.current;
      this.current = new Set();
    }
    this.current.add(key);
    return seen;
  }
}

/** Distinct misses a doorkeeper generation holds. */
const DOORKEEPER_KEYS = 8192;

/**
 * The in-process store: a byte-bounded map with second-chance ("clock") eviction, behind a
 * doorkeeper (as in TinyLFU). A hit only flags its entry, so hits never reorder the map (moving
 * an entry to the end of a large Map on every hit made hits cost more the fuller the cache); the
 * eviction sweep, from the oldest entry, spares and requeues a flagged one once and evicts the
 * first unflagged one. A key is admitted from its second request on, so one-off URLs (a crawler,
 * a cold load) neither cost a copy of their response nor evict entries that are in use.
 */
export class LocalStore<T extends Storable> implements ResponseStore<T> {
  private readonly map = new Map<string, T>();
  private readonly doorkeeper: Doorkeeper;
  private generation: number | null = null;
  private bytes = 0;
  private evictions = 0;
  private invalidations = 0;

  constructor(
    private readonly maxBytes: number,
    doorkeeperKeys = DOORKEEPER_KEYS,
  ) {
    this.doorkeeper = new Doorkeeper(doorkeeperKeys);
  }

  useGeneration(generation: number | null): void {
    if (generation === this.generation) return;
    if (this.map.size > 0) this.invalidations += 1;
    this.clear();
    this.generation = generation;
  }

  get(key: string, generation: number): T | undefined {
    const entry = this.map.get(key);
    if (entry === undefined) return undefined;
    entry.referenced = true;
    return entry.generation === generation ? entry : undefined;
  }

  admits(key: string): boolean {
    return this.doorkeeper.seenBefore(key);
  }

  set(key: string, entry: T): void {
    const previous = this.map.get(key);
    if (previous !== undefined) {
      this.map.delete(key);
      this.bytes -= previous.size;
    }
    this.map.set(key, entry);
    this.bytes += entry.size;
    // Entries requeued during the sweep are met again, unflagged, so it ends within two passes.
    for (const [oldest, candidate] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      this.map.delete(oldest);
      if (candidate.referenced) {
        candidate.referenced = false;
        this.map.set(oldest, candidate);
        continue;
      }
      this.bytes -= candidate.size;
      this.evictions += 1;
    }
  }

  clear(): void {
    this.map.clear();
    this.bytes = 0;
  }

  stats(): StoreStats {
    return { entries: this.map.size, bytes: this.bytes, evictions: this.evictions, invalidations: this.invalidations };
  }
}
