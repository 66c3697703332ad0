import { describe, expect, it } from 'vitest';
import { createAddToVary, parseVary, type VaryReply } from '../../src/lib/vary.js';

/** A reply holding one Vary value, recording what is set (as @fastify/cors's vary tests do). */
function reply(vary: unknown): VaryReply & { set: unknown[] } {
  const set: unknown[] = [];
  return {
    set,
    getHeader: (name) => (name.toLowerCase() === 'vary' ? vary : undefined),
    header: (name, value) => {
      expect(name).toBe('vary');
      set.push(value);
    },
  };
}

describe('Vary', () => {
  const addAccept = createAddToVary('Accept');

  it('sets the field name when the reply has no Vary yet', () => {
    for (const none of [undefined, '']) {
      const r = reply(none);
      addAccept(r);
      expect(r.set).toEqual(['Accept']);
    }
  });

  it('appends the field name to the names already there', () => {
    const r = reply('Origin');
    addAccept(r);
    expect(r.set).toEqual(['Origin, Accept']);
  });

  it('joins a Vary given as a list before appending', () => {
    const r = reply(['Origin', 'Accept-Encoding']);
    addAccept(r);
    expect(r.set).toEqual(['Origin, Accept-Encoding, Accept']);
  });

  it('leaves Vary alone when it already names the field, in any case', () => {
    for (const present of ['Accept', 'accept', 'Origin, ACCEPT', ' origin ,accept ']) {
      const r = reply(present);
      addAccept(r);
      expect(r.set, present).toEqual([]);
    }
  });

  it('leaves `Vary: *` alone, and replaces any list with `*` when asked to vary on everything', () => {
    const star = reply('Origin, *');
    addAccept(star);
    expect(star.set).toEqual([]);
    const addStar = createAddToVary('*');
    const list = reply('Origin');
    addStar(list);
    expect(list.set).toEqual(['*']);
  });

  it('gives the same answer when it meets a Vary value again', () => {
    const first = reply('Origin');
    const again = reply('Origin');
    addAccept(first);
    addAccept(again);
    expect(again.set).toEqual(first.set);
  });

  it('refuses a field name that is not an HTTP token', () => {
    expect(() => createAddToVary('Accept Encoding')).toThrow(TypeError);
    expect(() => createAddToVary('')).toThrow(TypeError);
  });

  it('parses a Vary value into lower-case names, skipping empty list elements', () => {
    expect(parseVary(' Accept,, Origin ,accept-encoding')).toEqual(['accept', 'origin', 'accept-encoding']);
    expect(parseVary('')).toEqual([]);
  });
});
