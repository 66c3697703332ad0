/**
 * The ceiling: a bare node:http server answering each measured URL with the API's identical
 * bytes (captured by the harness): status, every header the API sent (security, CORS, Vary,
 * caching, counts, a fresh request id) and body, and the API's 304 to a matching If-None-Match.
 * No framework, no routing beyond one Map lookup: what Node itself costs to send the API's whole
 * response. The warm-read target is measured against it (issue 22 chose this ceiling).
 *
 * With `body-only`, it sends only the body, its content type and ETag: how much of what Node
 * costs is the header set, reported beside the target, not judged.
 *
 *   node --import tsx bench/ceiling-server.ts <responses.json> <port> [body-only]
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';

export type Captured = {
  path: string;
  contentType: string;
  body: string;
  etag?: string;
  /** The API's 200 headers, without those Node or each response sets (date, connection, length, request id). */
  headers: Record<string, string>;
  /** The same for its 304 to a matching If-None-Match, when the response has an ETag. */
  notModifiedHeaders?: Record<string, string>;
};

const [file, port, mode] = process.argv.slice(2);
if (file === undefined || port === undefined || (mode !== undefined && mode !== 'body-only'))
  throw new Error('usage: ceiling-server.ts <responses.json> <port> [body-only]');
const apiHeaders = mode !== 'body-only';

/** Flat name/value lists with a last slot for the request id, as the API's response cache builds them. */
function flat(headers: Record<string, string>, extra: Record<string, string | number>): string[] {
  const list: string[] = [];
  for (const [name, value] of Object.entries({ ...headers, ...extra })) list.push(name, String(value));
  list.push('x-request-id', '');
  return list;
}

type Response = {
  body: Buffer;
  ok: string[] | http.OutgoingHttpHeaders;
  notModified: string[] | http.OutgoingHttpHeaders;
  etag: string | undefined;
};
const responses = new Map<string, Response>();
for (const r of JSON.parse(readFileSync(file, 'utf8')) as Captured[]) {
  const body = Buffer.from(r.body, 'base64');
  responses.set(r.path, {
    body,
    etag: r.etag,
    ok: apiHeaders
      ? flat(r.headers, { 'content-length': body.length })
      : { 'content-type': r.contentType, 'content-length': body.length, ...(r.etag === undefined ? {} : { etag: r.etag }) },
    notModified: apiHeaders ? flat(r.notModifiedHeaders ?? {}, {}) : r.etag === undefined ? {} : { etag: r.etag },
  });
}

function send(res: http.ServerResponse, status: number, headers: string[] | http.OutgoingHttpHeaders, body?: Buffer): void {
  if (Array.isArray(headers)) headers[headers.length - 1] = randomUUID();
  res.writeHead(status, headers);
  res.end(body);
}

http
  .createServer((req, res) => {
    const r = responses.get(req.url ?? '');
    if (r === undefined) {
      res.writeHead(req.url === '/ready' ? 200 : 404, { 'content-length': 0 });
      res.end();
      return;
    }
    if (r.etag !== undefined && req.headers['if-none-match'] === r.etag) {
      send(res, 304, r.notModified);
      return;
    }
    send(res, 200, r.ok, r.body);
  })
  .listen(Number(port), '127.0.0.1');
