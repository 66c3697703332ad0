import { spawnSync } from 'node:child_process';
import { defineConfig } from 'vitest/config';
import { postgresSkippedBanner } from './tests/helpers/postgres-skipped-notice.js';

/**
 * Two projects: every test on SQLite, and the API tests again on PostgreSQL (a throwaway server
 * that tests/helpers/postgres-global-setup.ts starts once per run; each test file gets a database
 * of its own). SQLite-only tests (storage faults, locks, backups, PRAGMAs) stay in the first.
 */
const POSTGRES_TESTS = [
  'tests/postgres/**/*.test.ts',
  'tests/read-api/**/*.test.ts',
  'tests/write-api/**/*.test.ts',
  'tests/openapi/contract.test.ts',
  'tests/seed.test.ts',
];
const SQLITE_ONLY = [
  'tests/write-api/busy-database.test.ts',
  'tests/write-api/durability.test.ts',
  'tests/read-api/search-plan-sqlite.test.ts',
  'tests/foundation/search-key-migration-sqlite.test.ts',
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
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/postgres/**'],
          globalSetup: [
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
                include: POSTGRES_TESTS,
                exclude: SQLITE_ONLY,
                env: { TEST_DATABASE_ENGINE: 'postgresql' },
                globalSetup: ['tests/helpers/postgres-global-setup.ts'],
              },
            },
          ]
        : []),
    ],
  },
});
