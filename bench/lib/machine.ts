import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { ROOT } from './options.js';

export type Machine = ReturnType<typeof machine>;

/** What the figures were measured on: hardware, Node, load at start, and the commit (with any uncommitted changes to the API). */
export function machine() {
  const cpus = os.cpus();
  let commit: string | null = null;
  let dirty: string[] = [];
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    // The API runs from the working tree: uncommitted changes to it are part of what is measured.
    dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--untracked-files=no', '--', 'src', 'seed', 'prisma', 'package.json'],
      { cwd: ROOT, encoding: 'utf8' },
    )
      .split('\n')
      .map((l) => l.slice(3).trim())
      .filter(Boolean);
  } catch {
    commit = null;
  }
  return {
    host: os.hostname(),
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((n) => Math.round(n * 100) / 100),
    commit,
    uncommittedChanges: dirty,
  };
}
