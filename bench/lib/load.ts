import http from 'node:http';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { cpuMsOf } from './processes.js';

/** What is sent: one fixed request, or a different path each time from a pool. */
export type Load = {
  base: string;
  path: string;
  headers?: Record<string, string>;
  /** Returns the next path; shared by every connection so no two requests repeat until it wraps. */
  next?: () => string;
  expectStatus: number;
};

export type Measurement = {
  /** Responses with the expected status per second (a shed 503 or an error is not throughput). */
  rps: number;
  /** Every completed response per second. */
  allRps: number;
  /** Bytes received, headers included. */
  bytes: number;
  requests: number;
  p50: number;
  p90: number;
  p99: number;
  meanMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Responses whose status is not the one this load expects (a 304 load expects 304). */
  unexpected: number;
  statusCodes: Record<string, number>;
  seconds: number;
  /** Server CPU (user + system) per completed request, from /proc; null when not measurable. */
  cpuMicrosPerRequest: number | null;
};

/** Cycles through `paths` from a shared position, so a pool is used up before any path repeats. */
export function cycle(paths: readonly string[]): { next: () => string; used: () => number; size: number } {
  let i = 0;
  return {
    next: () => paths[i++ % paths.length] as string,
    used: () => i,
    size: paths.length,
  };
}

export async function runLoad(load: Load, seconds: number, connections: number, pid?: number): Promise<Measurement> {
  const headers = load.headers ?? {};
  const next = load.next;
  const request =
    next === undefined
      ? { method: 'GET', path: load.path, headers }
      : { method: 'GET', path: load.path, headers, setupRequest: (r: { path?: string }) => ({ ...r, path: next() }) };
  const cpuBefore = pid === undefined ? null : cpuMsOf(pid);
  // autocannon checks its clock once a second: runs shorter than 1 s last about 1 s.
  const result = await autocannon({ url: load.base, connections, duration: seconds, requests: [request], timeout: 10 });
  const cpuAfter = pid === undefined ? null : cpuMsOf(pid);
  const statusCodes: Record<string, number> = {};
  let responses = 0;
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = count;
    responses += count;
  }
  const completed = result.requests.total;
  const elapsed = result.duration > 0 ? result.duration : seconds;
  const expected = statusCodes[String(load.expectStatus)] ?? 0;
  return {
    rps: expected / elapsed,
    allRps: completed / elapsed,
    bytes: result.throughput.total,
    requests: completed,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    meanMs: result.latency.mean,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    unexpected: responses - (statusCodes[String(load.expectStatus)] ?? 0),
    statusCodes,
    seconds: elapsed,
    cpuMicrosPerRequest:
      cpuBefore === null || cpuAfter === null || completed === 0 ? null : ((cpuAfter - cpuBefore) * 1000) / completed,
  };
}

export type Sequential = {
  requests: number;
  p50: number;
  p90: number;
  p99: number;
  meanMs: number;
  unexpected: number;
  statusCodes: Record<string, number>;
};

/** A write to time instead of a GET: its method, headers and the JSON body of the n-th request. */
export type SequentialWrite = { method: string; headers: Record<string, string>; body: (n: number) => string };

/**
 * One request at a time on a kept-alive connection, timed to the microsecond: the latency of a
 * query itself, with no queueing behind 49 others. Runs for `seconds` and at least `minCount`
 * requests, so even a slow query on a large table gives a median.
 */
export async function measureSequential(
  base: string,
  path: string | (() => string),
  seconds: number,
  minCount = 5,
  expectStatus = 200,
  send?: SequentialWrite,
  maxRequests = 100_000,
): Promise<Sequential> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let sent = 0;
  const once = () =>
    new Promise<{ ms: number; status: number }>((resolve, reject) => {
      const body = send?.body(sent++);
      const started = performance.now();
      http
        .request(
          `${base}${typeof path === 'string' ? path : path()}`,
          {
            agent,
            method: send?.method ?? 'GET',
            headers: send === undefined ? {} : { 'content-type': 'application/json', ...send.headers },
          },
          (res) => {
            res.on('data', () => undefined);
            res.on('end', () => resolve({ ms: performance.now() - started, status: res.statusCode ?? 0 }));
            res.on('error', reject);
          },
        )
        .on('error', reject)
        .end(body);
    });
  try {
    await once();
    const times: number[] = [];
    const statusCodes: Record<string, number> = {};
    const deadline = performance.now() + seconds * 1000;
    while ((performance.now() < deadline || times.length < minCount) && times.length < maxRequests) {
      const { ms, status } = await once();
      times.push(ms);
      statusCodes[status] = (statusCodes[status] ?? 0) + 1;
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
    return {
      requests: times.length,
      p50: at(0.5),
      p90: at(0.9),
      p99: at(0.99),
      meanMs: times.reduce((a, b) => a + b, 0) / times.length,
      unexpected: times.length - (statusCodes[String(expectStatus)] ?? 0),
      statusCodes,
    };
  } finally {
    agent.destroy();
  }
}
