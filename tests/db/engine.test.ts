import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { databaseEngine, describeDatabase, isPostgresUrl } from '../../src/db/engine.js';

describe('DATABASE_URL picks the engine', () => {
  it.each([
    ['file:./data/app.db', 'sqlite'],
    ['postgresql://allies:secret@db:5432/allies', 'postgresql'],
    ['postgres://db/allies', 'postgresql'],
  ])('%s is %s', (url, engine) => {
    expect(loadConfig({ DATABASE_URL: url })).toMatchObject({ databaseUrl: url, databaseEngine: engine });
    expect(databaseEngine(url)).toBe(engine);
  });

  it.each(['postgresql://', 'postgresql:///nohost', 'mysql://localhost/db', 'allies.db'])(
    'rejects %s with one clear line',
    (url) => {
      expect(isPostgresUrl(url)).toBe(false);
      expect(() => loadConfig({ DATABASE_URL: url })).toThrow(
        /DATABASE_URL must be a SQLite file URL such as file:\.\/data\/app\.db or a PostgreSQL URL/,
      );
    },
  );

  it('describes a PostgreSQL database for messages without its credentials', () => {
    expect(describeDatabase('postgresql://allies:s3cret@db:5432/allies?sslmode=require')).toBe('postgresql://db:5432/allies');
    expect(describeDatabase('file:./data/app.db?mode=rwc')).toBe('./data/app.db');
  });
});
