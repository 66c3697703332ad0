import type { Options } from './options.js';
import type { BenchPostgres } from './postgres.js';
import type { Server } from './processes.js';

/** What every scenario of a run shares. */
export type Bench = {
  opts: Options;
  log: (message: string) => void;
  /** Temp folder for the run's databases and exports, removed at the end. */
  work: string;
  /** The freshly seeded SQLite file the API's databases are copied from. */
  seeded: string;
  /** The throwaway PostgreSQL server with --postgres, else null. */
  postgres: BenchPostgres | null;
  /** A database for one API process: a copy of the seed on SQLite, the shared one on PostgreSQL. */
  databaseFor: (file: string) => string;
  /** Servers still running; the run stops them whatever way it ends. */
  servers: Server[];
};
