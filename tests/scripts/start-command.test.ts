import { describe, expect, it } from 'vitest';
import { parseStartCommand } from '../../scripts/start-command.js';

describe('parseStartCommand', () => {
  it('splits the environment the start script sets from node’s arguments', () => {
    expect(parseStartCommand('MALLOC_ARENA_MAX=2 node --max-semi-space-size=4 dist/server.mjs')).toEqual({
      env: { MALLOC_ARENA_MAX: '2' },
      args: ['--max-semi-space-size=4', 'dist/server.mjs'],
    });
  });

  it('reads a script without assignments as node’s arguments alone', () => {
    expect(parseStartCommand('node dist/server.mjs')).toEqual({ env: {}, args: ['dist/server.mjs'] });
  });

  it('refuses what it would only half understand: another program, quotes, expansions, chains', () => {
    expect(() => parseStartCommand('tsx src/server.ts')).toThrow(/must be "\[NAME=value \.\.\.\] node/);
    expect(() => parseStartCommand('A=${B:-2} node dist/server.mjs')).toThrow(/must be/);
    expect(() => parseStartCommand("node -e 'x'")).toThrow(/shell syntax/);
    expect(() => parseStartCommand('node a.mjs && node b.mjs')).toThrow(/shell syntax/);
  });
});
