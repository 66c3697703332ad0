import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/server-process.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const tempDir = useTempDirs('allies-dev-command-');

describe('npm run dev (node --import tsx --watch src/server.ts)', () => {
  it('seeds an empty database in the seed process and listens, though --watch talks on its IPC channel', async () => {
    const file = path.join(tempDir(), 'app.db');
    const child = spawn(process.execPath, ['--import', 'tsx', '--watch', 'src/server.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `file:${file}`, LOG_LEVEL: 'info', NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`not listening after 60 s:\n${output}`)), 60_000);
        const check = () => {
          if (/Server listening at/.test(output)) {
            clearTimeout(timer);
            resolve();
          } else if (/failed to start/.test(output)) {
            clearTimeout(timer);
            reject(new Error(output));
          }
        };
        child.stdout.on('data', check);
        child.stderr.on('data', check);
      });
      expect(output).toMatch(/seeded the dataset: 1 source/);
    } finally {
      child.kill('SIGINT');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }, 90_000);
});
