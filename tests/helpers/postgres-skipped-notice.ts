/** The loud notice that this run did not test PostgreSQL, and why (see vitest.config.ts). */
export function postgresSkippedBanner(reason: string): string {
  const line = '!'.repeat(100);
  return (
    `\n${line}\n!! PostgreSQL tests SKIPPED: ${reason}\n` +
    `!! Only SQLite is tested in this run. Install PostgreSQL (Debian: apt-get install postgresql) or set\n` +
    `!! TEST_POSTGRES_URL to a server's admin URL to run them.\n${line}\n\n`
  );
}

/** Global setup of the SQLite project when PostgreSQL is skipped: repeats the banner after the results. */
export function setup(): () => void {
  return () => {
    const reason = process.env.POSTGRES_TESTS_SKIPPED;
    if (reason) process.stderr.write(postgresSkippedBanner(reason));
  };
}
