import path from 'node:path';
import { sqlitePath } from '../db/engine.js';
import { redactQueryCredentials } from './redact.js';

/**
 * What start-up says, once, in plain words: which database, what was migrated and seeded, and
 * (per address) where the API and its docs are. `src/server.ts` logs these lines.
 */

/** The database as a person reads it: the SQLite file's full path, or the PostgreSQL URL with its password taken out. */
export function describeDatabase(databaseUrl: string): string {
  if (databaseUrl.startsWith('file:')) {
    return `SQLite file ${path.resolve(sqlitePath(databaseUrl))}`;
  }
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    return 'PostgreSQL (the URL could not be parsed for display)';
  }
  const user = url.username === '' ? '' : `${decodeURIComponent(url.username)}${url.password === '' ? '' : ':[redacted]'}@`;
  const query = url.search === '' ? '' : redactQueryCredentials(url.search);
  return `PostgreSQL ${url.protocol}//${user}${url.host}${url.pathname}${query}`;
}

export type SeedCounts = {
  sources: number;
  countries: number;
  leaders: number;
  claims: number;
  tradeFigures: number;
};

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One line: the database, its migrations and its seed. */
export function startupLine(info: {
  databaseUrl: string;
  migrated: readonly string[];
  bundled: number;
  seeded: SeedCounts | null;
  /** Corrections of this release applied to a database an earlier release seeded. */
  corrected?: number;
}): string {
  const migrations =
    info.migrated.length === 0
      ? `no migrations pending (${plural(info.bundled, 'migration')} already applied)`
      : `applied migrations: ${info.migrated.length} of ${info.bundled}, up to ${info.migrated[info.migrated.length - 1]}`;
  const s = info.seeded;
  const data =
    s === null
      ? (info.corrected ?? 0) > 0
        ? `the dataset was already seeded; applied ${plural(info.corrected ?? 0, 'correction')} of this release to records still as first seeded`
        : 'the dataset was already seeded and was left as it is'
      : `seeded the dataset: ${[
          plural(s.sources, 'source'),
          plural(s.countries, 'country', 'countries'),
          plural(s.leaders, 'person', 'people'),
          plural(s.claims, 'claim'),
          plural(s.tradeFigures, 'trade figure'),
        ].join(', ')}`;
  return `Database: ${describeDatabase(info.databaseUrl)}; ${migrations}; ${data}.`;
}

/** Fastify's line per listening address, with the address of the docs beside it. */
export function listeningLine(address: string, docsPrefix: string): string {
  return `Server listening at ${address}; Swagger UI at ${address}${docsPrefix}`;
}
