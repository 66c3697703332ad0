import { spawnSync } from 'node:child_process';
import { ROOT } from './server-process.js';

/**
 * Brings dist/server.mjs up to date, as `npm start`'s prestart does, for the tests that start the
 * real entry point as a child process (server-process.ts).
 */
export function setup(): void {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building dist/server.mjs for the tests failed:\n${build.stdout}\n${build.stderr}`);
}
