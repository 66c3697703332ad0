import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedPostgresSchema, POSTGRES_SCHEMA, postgresSchemaFrom } from '../../scripts/generate-postgres-schema.js';

describe('the PostgreSQL schema is generated from the SQLite one', () => {
  it('is exactly what `npm run db:postgres-schema` writes (run it after changing prisma/schema.prisma)', () => {
    expect(readFileSync(POSTGRES_SCHEMA, 'utf8')).toBe(expectedPostgresSchema());
  });

  it('changes only the provider, the static url and the client output', () => {
    const generated = readFileSync(POSTGRES_SCHEMA, 'utf8');
    expect(generated).toContain('provider = "postgresql"');
    expect(generated).toContain('output                 = "../../src/generated/prisma-pg"');
    expect(generated).not.toContain('sqlite');
    const models = (text: string) => text.slice(text.indexOf('\nmodel '));
    expect(models(generated)).toBe(models(readFileSync(new URL('../../prisma/schema.prisma', import.meta.url), 'utf8')));
  });

  it('refuses a schema it does not recognise instead of writing something half-converted', () => {
    expect(() => postgresSchemaFrom('datasource db {\n  provider = "mysql"\n}\n')).toThrow(/sqlite provider/);
  });
});
