/**
 * The ceiling: a bare node:http server answering each measured URL with the exact body bytes and
 * content type the API answered (captured by the harness), and a 304 to a matching
 * If-None-Match. No framework, no routing beyond one Map lookup: what Node itself costs.
 *
 *   node --import tsx bench/ceiling-server.ts <responses.json> <port>
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';

type Captured = { path: string; contentType: string; body: string; etag?: string };

const [file, port] = process.argv.slice(2);
if (file === undefined || port === undefined) throw new Error('usage: ceiling-server.ts <responses.json> <port>');

const responses = new Map<string, { body: Buffer; headers: http.OutgoingHttpHeaders; etag: string | undefined }>();
for (const r of JSON.parse(readFileSync(file, 'utf8')) as Captured[]) {
  const body = Buffer.from(r.body, 'base64');
  responses.set(r.path, {
    body,
    etag: r.etag,
    headers: { 'content-type': r.contentType, 'content-length': body.length, ...(r.etag === undefined ? {} : { etag: r.etag }) },
  });
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
      res.writeHead(304, { etag: r.etag });
      res.end();
      return;
    }
    res.writeHead(200, r.headers);
    res.end(r.body);
  })
  .listen(Number(port), '127.0.0.1');
