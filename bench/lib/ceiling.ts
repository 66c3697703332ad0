import { writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import type { Captured } from '../ceiling-server.js';
import { BENCH_DIR } from './options.js';
import { fetchRaw, freePort, startServer, type Server } from './processes.js';

/** Headers Node or each response sets itself, which the ceiling does not replay. */
const PER_RESPONSE_HEADERS = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'x-request-id']);

function replayedHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !PER_RESPONSE_HEADERS.has(name)) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/**
 * The API's answers to `paths` (status 200, and its 304 to the ETag it sent), written to
 * `file` for bench/ceiling-server.ts to replay.
 */
export async function captureResponses(apiUrl: string, paths: Iterable<string>, file: string): Promise<string> {
  const captured = new Map<string, Captured>();
  for (const p of paths) {
    if (captured.has(p)) continue;
    const res = await fetchRaw(`${apiUrl}${p}`);
    if (res.status !== 200) throw new Error(`capturing ${p}: ${res.status}`);
    const etag = typeof res.headers.etag === 'string' ? res.headers.etag : undefined;
    const notModified = etag === undefined ? null : await fetchRaw(`${apiUrl}${p}`, { 'if-none-match': etag });
    if (notModified !== null && notModified.status !== 304) throw new Error(`capturing ${p}'s 304: ${notModified.status}`);
    captured.set(p, {
      path: p,
      contentType: String(res.headers['content-type']),
      body: res.body.toString('base64'),
      headers: replayedHeaders(res.headers),
      ...(etag === undefined ? {} : { etag }),
      ...(notModified === null ? {} : { notModifiedHeaders: replayedHeaders(notModified.headers) }),
    });
  }
  writeFileSync(file, JSON.stringify([...captured.values()]));
  return file;
}

/**
 * A ceiling server on the responses captured in `file`: every header the API sent, or with
 * `body-only` just the body, its content type and ETag.
 */
export async function startCeiling(name: string, file: string, mode: 'headers' | 'body-only' = 'headers'): Promise<Server> {
  const port = await freePort();
  return startServer({
    name,
    args: [
      '--import',
      'tsx',
      path.join(BENCH_DIR, 'ceiling-server.ts'),
      file,
      String(port),
      ...(mode === 'body-only' ? ['body-only'] : []),
    ],
    readyPath: '/ready',
    port,
  });
}
