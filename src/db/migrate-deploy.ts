import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PROJECT_ROOT } from '../lib/paths.js';

/** Migration folder names in `dir`, in the order they apply. */
export function migrationFolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** The last line of a child's output that says something (not npm's warnings, not a stack frame). */
export function lastLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0 && !l.startsWith('npm warn') && !/^\d+: |^at |^with /.test(l))
      .pop() ?? 'no output'
  );
}

/**
 * Applies pending migrations with `prisma migrate deploy` in a child process (prisma.config.ts
 * picks the SQLite or PostgreSQL schema and migrations from the URL). Synchronous: databases are
 * prepared before anything listens. `output` is the CLI's stdout and stderr together.
 */
export function migrateDeploy(databaseUrl: string): { ok: boolean; output: string } {
  const cli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  const run = spawnSync(process.execPath, [cli, 'migrate', 'deploy'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { ok: run.status === 0, output: `${run.stdout ?? ''}\n${run.stderr ?? ''}` };
}
