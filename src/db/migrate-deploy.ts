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

/** What the CLI prints once every migration is committed (or none was pending). */
const DEPLOYED = /All migrations have been successfully applied|No pending migrations to apply/;
/** How long the CLI may take to exit by itself after saying so (SQLite's closes in milliseconds). */
const EXIT_GRACE_MS = 500;

/**
 * Runs the CLI (argv[1]) and stops it if it has not exited EXIT_GRACE_MS after reporting success:
 * on PostgreSQL it otherwise idles 10 s before exiting (Prisma 6.19's wasm schema engine leaves
 * the timer of its advisory-lock timeout running after it got the lock, and the adapter's pool
 * keeps idle connections as long), which every start that migrates would wait for. Its work is
 * committed by then, and the server drops the advisory lock with the connection. Otherwise this
 * exits with the CLI's code.
 */
const STOP_WHEN_DEPLOYED = `
const { spawn } = require('node:child_process');
const deployed = new RegExp(${JSON.stringify(DEPLOYED.source)});
const child = spawn(process.execPath, [process.argv[1], 'migrate', 'deploy'], { stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
let done = false;
const forward = (to) => (chunk) => {
  to.write(chunk);
  output += chunk.toString('utf8');
  if (!done && deployed.test(output)) {
    done = true;
    setTimeout(() => child.kill('SIGKILL'), ${EXIT_GRACE_MS}).unref();
  }
};
child.stdout.on('data', forward(process.stdout));
child.stderr.on('data', forward(process.stderr));
child.once('exit', (code) => { process.exitCode = done ? 0 : (code ?? 1); });
// spawnSync's timeout ends this process; the CLI goes with it.
process.once('SIGTERM', () => { child.kill('SIGKILL'); process.exit(1); });
`;

/**
 * Applies pending migrations with `prisma migrate deploy` in a child process (prisma.config.ts
 * picks the SQLite or PostgreSQL schema and migrations from the URL). Synchronous: databases are
 * prepared before anything listens. `output` is the CLI's stdout and stderr together.
 */
export function migrateDeploy(databaseUrl: string): { ok: boolean; output: string } {
  const cli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  const run = spawnSync(process.execPath, ['-e', STOP_WHEN_DEPLOYED, cli], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { ok: run.status === 0, output: `${run.stdout ?? ''}\n${run.stderr ?? ''}` };
}
