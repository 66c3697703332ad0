import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { START_COMMAND } from '../../scripts/start-command.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Node's arguments in `npm start` (`node … dist/server.mjs`): child servers run exactly what a
 * user starts, the bundle server-build-global-setup.ts brings up to date once per run (as
 * `npm start`'s prestart does). Starting it takes about 1.4 s less than src/server.ts through tsx.
 */
export const START_ARGS = START_COMMAND.args;

export type ServerProcess = {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
};

/** Runs the real entry point (what `npm start` runs) as a child process on a free port. */
export function startServer(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, START_ARGS, {
    cwd: ROOT,
    env: {
      ...process.env,
      ...START_COMMAND.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          child,
          output: () => output,
          stop: async (signal = 'SIGTERM') => {
            if (child.exitCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
}

/** Runs the entry point expecting it to fail; resolves with its exit code, stderr and duration. */
export function runServerExpectingFailure(
  env: Record<string, string>,
  timeoutMs = 60_000,
  /** A command the server runs under, e.g. setpriv to run it as another user. */
  wrapper: string[] = [],
) {
  return new Promise<{ code: number | null; stderr: string; ms: number }>((resolve, reject) => {
    const started = Date.now();
    const argv = [...wrapper, process.execPath, ...START_ARGS];
    const child = spawn(argv[0] ?? process.execPath, argv.slice(1), {
      cwd: ROOT,
      env: { ...process.env, ...START_COMMAND.env, LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('server neither failed nor exited: it hung'));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, ms: Date.now() - started });
    });
  });
}
