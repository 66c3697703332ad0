/**
 * A production API-over-database peer on the API's own PostgreSQL database: PostGraphile 4.14
 * (the last line that runs on Node 20), its GraphQL endpoint at /graphql over the `public`
 * schema the migrations create, mutations off, with the settings its documentation gives for
 * production (no GraphiQL, no query log, no schema watch). `/ready` answers once the schema is
 * introspected, so the first measured request does not pay for it.
 *
 *   node --import tsx bench/postgraphile-server.ts <postgresql-url> <port>
 */
import http from 'node:http';
import { postgraphile } from 'postgraphile';

const [url, port] = process.argv.slice(2);
if (url === undefined || port === undefined) throw new Error('usage: postgraphile-server.ts <postgresql-url> <port>');

const handler = postgraphile(url, 'public', {
  graphiql: false,
  disableQueryLog: true,
  disableDefaultMutations: true,
  watchPg: false,
  retryOnInitFail: false,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  legacyRelations: 'omit',
});

http
  .createServer((req, res) => {
    if (req.url === '/ready') {
      handler.getGraphQLSchema().then(
        () => res.writeHead(200, { 'content-type': 'text/plain' }).end('ready'),
        (error: unknown) => res.writeHead(503, { 'content-type': 'text/plain' }).end(String(error)),
      );
      return;
    }
    handler(req, res);
  })
  .listen(Number(port), '127.0.0.1');
