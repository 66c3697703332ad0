import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * prisma/schema.prisma is the one source of truth for the models. Prisma fixes the provider per
 * schema file, so the PostgreSQL schema is derived from it here and never edited by hand; a
 * test fails when the committed copy differs from what this script writes.
 *
 *   npm run db:postgres-schema            write prisma/postgresql/schema.prisma
 *   npm run db:postgres-schema -- --check exit 1 when it is out of date
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SQLITE_SCHEMA = path.join(ROOT, 'prisma/schema.prisma');
export const POSTGRES_SCHEMA = path.join(ROOT, 'prisma/postgresql/schema.prisma');

/**
 * Only read by the CLI's engine check, like the SQLite schema's url: every connection goes
 * through the driver adapter, which takes DATABASE_URL (see prisma.config.ts).
 */
const STATIC_URL = 'postgresql://postgres@localhost:5432/allies';

const HEADER = `// GENERATED from prisma/schema.prisma by scripts/generate-postgres-schema.ts: do not edit.
// Change the models there and run \`npm run db:postgres-schema\`, then add a PostgreSQL migration
// (see README, "Running on PostgreSQL").
`;

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? [];
  if (matches.length !== 1) throw new Error(`prisma/schema.prisma: expected exactly one ${what}, found ${matches.length}`);
  return text.replace(pattern, replacement);
}

/** The PostgreSQL schema for a SQLite schema's text: same models, another provider and client. */
export function postgresSchemaFrom(sqliteSchema: string): string {
  let text = sqliteSchema;
  text = replaceOnce(text, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"', 'sqlite provider');
  text = replaceOnce(text, /url(\s*)=\s*"file:[^"]*"/, `url$1= "${STATIC_URL}"`, 'file: url');
  // The generated schema sits one folder deeper, and its client must not overwrite the SQLite one.
  text = replaceOnce(
    text,
    /output(\s*)=\s*"\.\.\/src\/generated\/prisma"/,
    'output$1= "../../src/generated/prisma-pg"',
    'client output',
  );
  text = text.replace(/^\/\/ Models are the single source of truth[^\n]*\n(\/\/[^\n]*\n)*/m, '');
  return `${HEADER}\n${text.replace(/^\n+/, '')}`;
}

export function expectedPostgresSchema(): string {
  return postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, 'utf8'));
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const expected = expectedPostgresSchema();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(POSTGRES_SCHEMA, 'utf8');
    } catch {
      // Missing counts as out of date.
    }
    if (current !== expected) {
      process.stderr.write('prisma/postgresql/schema.prisma is out of date: run npm run db:postgres-schema\n');
      process.exit(1);
    }
    process.stdout.write('prisma/postgresql/schema.prisma is up to date\n');
  } else {
    writeFileSync(POSTGRES_SCHEMA, expected);
    process.stdout.write('prisma/postgresql/schema.prisma written\n');
  }
}
