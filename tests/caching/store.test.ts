import { describe, expect, it } from 'vitest';
import { Doorkeeper, LocalStore, type Storable } from '../../src/plugins/app/response-cache/store.js';

/** An entry of `size` bytes made under `generation`; the store only looks at these fields. */
const entry = (size: number, generation = 1): Storable => ({ generation, size, referenced: false });

describe('the response cache’s local store, without an app', () => {
  it('returns what was stored under a key for the generation it was made under, and nothing for another', () => {
    const store = new LocalStore(1000);
    store.useGeneration(1);
    const stored = entry(10);
    store.set('k', stored);
    expect(store.get('k', 1)).toBe(stored);
    expect(store.get('k', 2)).toBeUndefined();
    expect(store.get('other', 1)).toBeUndefined();
  });

  it('empties itself when the generation moves, and counts that as one invalidation', () => {
    const store = new LocalStore(1000);
    store.useGeneration(1);
    store.set('a', entry(10));
    store.set('b', entry(10));
    store.useGeneration(1);
    expect(store.stats()).toMatchObject({ entries: 2, bytes: 20, invalidations: 0 });
    store.useGeneration(2);
    expect(store.stats()).toMatchObject({ entries: 0, bytes: 0, invalidations: 1 });
    // Moving again while empty invalidates nothing.
    store.useGeneration(null);
    expect(store.stats().invalidations).toBe(1);
  });

  it('keeps its bytes within the budget by evicting the oldest entries first', () => {
    const store = new LocalStore(100);
    for (const key of ['a', 'b', 'c', 'd']) store.set(key, entry(30));
    expect(store.stats()).toMatchObject({ entries: 3, bytes: 90, evictions: 1 });
    expect(store.get('a', 1)).toBeUndefined();
    expect(store.get('d', 1)).toBeDefined();
  });

  it('gives an entry hit since it was stored a second chance: an older unhit one goes first', () => {
    const store = new LocalStore(100);
    for (const key of ['a', 'b', 'c']) store.set(key, entry(30));
    expect(store.get('a', 1)).toBeDefined();
    store.set('d', entry(30));
    expect(store.get('b', 1), 'b, not hit, is evicted').toBeUndefined();
    expect(store.get('a', 1), 'a, hit, is spared').toBeDefined();
    // The sweep cleared a's flag when it spared it; hit again above, so c (unhit) goes next.
    store.set('e', entry(30));
    expect(store.get('c', 1)).toBeUndefined();
    expect(store.stats().evictions).toBe(2);
  });

  it('replaces an entry stored again under the same key without counting it twice', () => {
    const store = new LocalStore(100);
    store.set('a', entry(30));
    store.set('a', entry(50));
    expect(store.stats()).toMatchObject({ entries: 1, bytes: 50, evictions: 0 });
  });

  it('ends the eviction sweep even when every entry was hit', () => {
    const store = new LocalStore(100);
    for (const key of ['a', 'b', 'c']) store.set(key, entry(30));
    for (const key of ['a', 'b', 'c']) store.get(key, 1);
    store.set('d', entry(30));
    expect(store.stats()).toMatchObject({ entries: 3, bytes: 90, evictions: 1 });
  });

  it('admits a key for storing from its second request on', () => {
    const store = new LocalStore(100, 4);
    expect(store.admits('GET /v1/claims')).toBe(false);
    expect(store.admits('GET /v1/claims')).toBe(true);
    expect(store.admits('GET /v1/leaders')).toBe(false);
  });

  it('forgets everything on clear, but not the generation it keeps', () => {
    const store = new LocalStore(100);
    store.useGeneration(3);
    store.set('a', entry(30, 3));
    store.clear();
    expect(store.stats()).toMatchObject({ entries: 0, bytes: 0, invalidations: 0 });
    store.useGeneration(3);
    expect(store.stats().invalidations).toBe(0);
  });
});

describe('the doorkeeper', () => {
  it('remembers a key for between one and two doorkeeper generations of other keys', () => {
    const door = new Doorkeeper(3);
    expect(door.seenBefore('a')).toBe(false);
    expect(door.seenBefore('a')).toBe(true);
    for (const key of ['b', 'c']) expect(door.seenBefore(key)).toBe(false);
    // The first generation (a, b, c) is full: d starts the next, and a is still remembered.
    expect(door.seenBefore('d')).toBe(false);
    expect(door.seenBefore('a')).toBe(true);
    for (const key of ['e', 'f', 'g']) door.seenBefore(key);
    // a was re-recorded in the second generation (d, a, e), so it outlives b, which is now gone.
    expect(door.seenBefore('b')).toBe(false);
    expect(door.seenBefore('a')).toBe(true);
  });
});
