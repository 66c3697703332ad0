import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { postgresSkippedBanner } from './tests/helpers/postgres-skipped-notice.js';
import { SlowestFirstSequencer } from './tests/helpers/slowest-first-sequencer.js';

/**
 * Two projects: every test on SQLite, and the tests of the API and its data again on PostgreSQL
 * (a throwaway server that tests/helpers/postgres-global-setup.ts starts once per run; each test
 * file gets a database of its own). tests/README.md says where a test goes.
 */
/** Run on both engines. */
const POSTGRES_TESTS = [
  'tests/routes/**/*.test.ts',
  'tests/plugins/**/*.test.ts',
  'tests/journeys/**/*.test.ts',
  'tests/seed/**/*.test.ts',
  'tests/caching/read-after-write.test.ts',
  'tests/openapi/contract.test.ts',
  'tests/repositories/search-pages.test.ts',
  'tests/repositories/basis.test.ts',
  // The reliability suite, but for what is about SQLite's own storage (locks, disk full, the file after kill -9).
  'tests/reliability/auth-and-limits.test.ts',
  'tests/reliability/fuzz.test.ts',
  'tests/reliability/headers.test.ts',
  'tests/reliability/hostile-input.test.ts',
  'tests/reliability/load.test.ts',
  'tests/reliability/logs.test.ts',
  'tests/reliability/write-storm.test.ts',
];
/** Run on PostgreSQL only: PostgreSQL's own code, and instances sharing one server. */
const POSTGRES_ONLY = [
  'tests/postgres/**/*.test.ts',
  'tests/db/postgres-migrations.test.ts',
  'tests/db/postgres-search.test.ts',
  'tests/db/postgres-version-watch.test.ts',
  'tests/db/writer-postgres.test.ts',
  'tests/seed/seed-concurrency-postgres.test.ts',
];
/** Never run on PostgreSQL: storage faults, locks, PRAGMAs and plans of SQLite itself. */
const SQLITE_ONLY = [
  'tests/**/*-sqlite.test.ts',
  'tests/reliability/busy-database.test.ts',
  'tests/reliability/durability.test.ts',
  'tests/reliability/shutdown-and-crash.test.ts',
  'tests/reliability/storage-faults.test.ts',
  'tests/caching/list-caches.test.ts',
  'tests/caching/server-factory.test.ts',
  'tests/caching/response-cache.test.ts',
];

/** Why the PostgreSQL project cannot run here, or null when it can. */
function postgresUnavailable(): string | null {
  if (process.env.TEST_POSTGRES === 'off') return 'TEST_POSTGRES=off';
  if (process.env.TEST_POSTGRES_URL) return null;
  const probe = spawnSync('bash', ['scripts/postgres.sh', 'probe'], { encoding: 'utf8' });
  return probe.status === 0 ? null : (probe.stderr || probe.stdout || 'scripts/postgres.sh probe failed').trim();
}

const unavailable = postgresUnavailable();
if (unavailable !== null) {
  // Read again by tests/helpers/postgres-skipped-notice.ts, which repeats the banner after the run.
  process.env.POSTGRES_TESTS_SKIPPED = unavailable;
  // Vitest may evaluate this file more than once per run; one banner is enough.
  if (process.env.POSTGRES_TESTS_BANNER !== 'shown') {
    process.env.POSTGRES_TESTS_BANNER = 'shown';
    process.stderr.write(postgresSkippedBanner(unavailable));
  }
}

export default defineConfig({
  test: {
    pool: 'forks',
    // Files run one after another in a worker that keeps its imports (fastify, Prisma, zod): about
    // 0.6 s of loading per file otherwise. Each file closes what it opens (tests/README.md).
    isolate: false,
    // Three files at a time even on two cores: most of a run waits on child servers, a browser,
    // PostgreSQL, busy timeouts and rate-limit windows rather than computing (two files at a time
    // kept about half of two cores busy: 300 CPU-seconds in a 388 s run).
    maxWorkers: Math.max(3, availableParallelism() - 1),
    // The slowest files first even before vitest has timings of its own (the helper says why).
    sequence: { sequencer: SlowestFirstSequencer },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['tests/**/*.test.ts'],
          exclude: POSTGRES_ONLY,
          globalSetup: [
            'tests/helpers/server-build-global-setup.ts',
            'tests/helpers/sqlite-global-setup.ts',
            ...(unavailable === null ? [] : ['tests/helpers/postgres-skipped-notice.ts']),
          ],
        },
      },
      ...(unavailable === null
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgresql',
                include: [...POSTGRES_TESTS, ...POSTGRES_ONLY],
                exclude: SQLITE_ONLY,
                env: { TEST_DATABASE_ENGINE: 'postgresql' },
                globalSetup: ['tests/helpers/server-build-global-setup.ts', 'tests/helpers/postgres-global-setup.ts'],
              },
            },
          ]
        : []),
    ],
  },
});
