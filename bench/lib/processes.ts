import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { START_COMMAND } from '../../scripts/start-command.js';
import { ROOT } from './options.js';

export type Server = {
  name: string;
  url: string;
  pid: number;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
};

const live = new Set<ChildProcess>();

/** Children never outlive the harness, whatever way it ends. */
function killAll(): void {
  for (const child of live) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
process.once('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type Fetched = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** One GET with a fresh connection; never throws on a status, only on a socket error. */
export function fetchRaw(url: string, headers: Record<string, string> = {}, timeoutMs = 30_000): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`GET ${url} timed out`)));
    request.on('error', reject);
  });
}

export async function fetchJson<T>(url: string, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetchRaw(url, { accept: 'application/json', ...headers });
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${res.body.toString('utf8').slice(0, 300)}`);
  return JSON.parse(res.body.toString('utf8')) as T;
}

/** Polls `url` until it answers 200; resolves with the milliseconds since `since`. */
export async function waitFor200(
  url: string,
  child: ChildProcess,
  since: number,
  timeoutMs: number,
  output: () => string,
): Promise<number> {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${url}: process exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
    if (performance.now() - since > timeoutMs) throw new Error(`${url} not ready after ${timeoutMs} ms:\n${output()}`);
    try {
      const res = await fetchRaw(url, {}, 2000);
      if (res.status === 200) return performance.now() - since;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}

export type StartOptions = {
  name: string;
  args: string[];
  env?: Record<string, string>;
  readyPath: string;
  port: number;
  timeoutMs?: number;
};

/** Spawns a server process and waits for a 200 on its ready path. */
export async function startServer(opts: StartOptions): Promise<Server & { readyMs: number }> {
  const since = performance.now();
  const child = spawn(process.execPath, opts.args, {
    cwd: ROOT,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${opts.port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    live.delete(child);
  };
  try {
    const readyMs = await waitFor200(`${url}${opts.readyPath}`, child, since, opts.timeoutMs ?? 60_000, () => output);
    return { name: opts.name, url, pid: child.pid as number, child, output: () => output, stop, readyMs };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A per-client limit no run reaches (a 60 s window at 100k requests/s stays under it). */
export const BENCH_RATE_LIMIT_MAX = '1000000000';

export function apiEnv(databaseUrl: string, port: number, extra: Record<string, string> = {}): Record<string, string> {
  return {
    // What `npm start` sets for node (MALLOC_ARENA_MAX), then what the bench sets.
    ...START_COMMAND.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    // The limiter on, as `npm start` runs it, with its limit raised past anything a run sends: one
    // client sending thousands of requests a second from one address would otherwise get 429s,
    // and the figures would measure those (only 2xx/304 count, and any other status fails its
    // target). The throughput run measures RATE_LIMIT_MAX=0 beside it.
    RATE_LIMIT_MAX: BENCH_RATE_LIMIT_MAX,
    CURSOR_SECRET: 'allies-api-bench-cursor-secret-0123456789',
    ...extra,
  };
}

/** Node's arguments in `npm start` (run after its prestart build check), so the bench runs exactly that. */
export const API_ARGS = START_COMMAND.args;

/** The API as `npm start` runs it, on `databaseUrl`, on a free port; resolves once /ready answers. */
export async function startApi(
  name: string,
  databaseUrl: string,
  extra: Record<string, string>,
): Promise<Server & { readyMs: number }> {
  const port = await freePort();
  return startServer({ name, args: API_ARGS, env: apiEnv(databaseUrl, port, extra), readyPath: '/ready', port });
}

/** Resident set size and its high-water mark of a process, in bytes, from /proc. */
export function memoryOf(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used, in milliseconds. */
export function cpuMsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/** Samples a process's RSS on an interval; `peak` is the largest sample since the last reset. */
export class RssSampler {
  private timer: NodeJS.Timeout | null = null;
  samples: { t: number; rss: number }[] = [];
  peak = 0;

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 250,
  ) {}

  start(): this {
    const t0 = performance.now();
    this.timer = setInterval(() => {
      const m = memoryOf(this.pid);
      if (m === null || !Number.isFinite(m.rss)) return;
      this.samples.push({ t: (performance.now() - t0) / 1000, rss: m.rss });
      if (m.rss > this.peak) this.peak = m.rss;
    }, this.intervalMs);
    this.timer.unref();
    return this;
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}
