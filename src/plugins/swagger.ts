import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { PACKAGE } from '../lib/paths.js';
import { loadExamples, WRITE_EXAMPLES } from '../schemas/examples.js';

export const API_TITLE = 'allies-api: who backs Russia’s war, and on what evidence';

export const API_DESCRIPTION = [
  'Structured, source-traceable data on the four countries the source article says still back Russia',
  'as it invades Ukraine (Belarus, China, Iran, North Korea): countries, leaders, claims and trade figures.',
  '',
  'Every claim and figure carries the verbatim French quote it rests on, its Unicode code point offsets',
  'into the stored source text, who made it and how far the source stands behind it. The seed loader',
  'refuses any quote that is not verbatim at its offsets. Where the source is vague (no date,',
  '“récemment”, unnamed “opposition media”), the record says exactly that.',
].join('\n');

type Document = { paths?: unknown; components?: { schemas?: Record<string, unknown> } };

/**
 * The zod registry yields an input and an output component for every named schema; keep only
 * the ones some operation references, so the spec has no unused `*Input` twins.
 */
function pruneUnusedComponents<T extends object>(input: T): T {
  const document = input as Document;
  const schemas = document.components?.schemas ?? {};
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
          const name = value.slice('#/components/schemas/'.length);
          if (!used.has(name)) {
            used.add(name);
            visit(schemas[name]);
          }
        } else visit(value);
      }
    }
  };
  visit(document.paths);
  const examples = loadExamples();
  // Request bodies are the zod registry's input variants, named "<Id>Input".
  const exampleOf = (name: string) => examples[name] ?? WRITE_EXAMPLES[name.replace(/Input$/, '')];
  const kept = Object.fromEntries(
    Object.entries(schemas)
      .filter(([name]) => used.has(name))
      .map(([name, schema]) => {
        const example = exampleOf(name);
        return [name, example === undefined ? schema : { ...(schema as object), examples: [example] }];
      }),
  );
  return { ...document, components: { ...document.components, schemas: kept } } as T;
}

const STATUS_DESCRIPTIONS: Record<string, string> = {
  '200': 'OK',
  '201': 'Created; Location names the new record',
  '304': 'Not Modified: the representation still matches the ETag sent in If-None-Match',
  '400': 'Invalid parameter or body; `errors` names each offending parameter or JSON pointer',
  '404': 'No such record or route',
  '406': 'None of the media types in Accept (or `format`) can be served',
  '401': 'Missing or wrong curator key (see WWW-Authenticate)',
  '409': 'Conflicts with the current state (already exists, already retracted)',
  '412': 'If-Match names a version that is no longer current',
  '413': 'Body larger than the configured limit',
  '415': 'Body is not application/json',
  '422': 'Well-formed but not acceptable: quote not verbatim in its source, unknown reference, reused Idempotency-Key',
  '428': 'If-Match is required',
  '429': 'Too many requests; see Retry-After',
  '500': 'Unexpected error; details are logged, never sent',
  '503': 'Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written.',
};

/** Non-JSON representations a route can also serve, and how the spec describes their bodies. */
const ALTERNATE_BODIES: Record<string, Record<string, unknown>> = {
  'text/csv': {
    type: 'string',
    description: 'RFC 4180 CSV with a header row; nested fields as dotted columns; every matching row',
  },
  'application/x-ndjson': { type: 'string', description: 'One JSON object per line; every matching row, streamed' },
  'application/ld+json': { type: 'object', description: 'schema.org ClaimReview (JSON-LD)' },
  'text/plain': { type: 'string' },
  'text/html': {
    type: 'string',
    description: 'A server-rendered page, readable without JavaScript; errors are problem+json, or a page for browsers',
    example: '<!doctype html><html lang="en">…</html>',
  },
  'text/css': { type: 'string' },
  'text/javascript': { type: 'string' },
  'image/svg+xml': { type: 'string' },
};

type RouteSchema = Record<string, unknown> & { response?: Record<string, unknown>; produces?: string[] };

/**
 * Gives every response its real media types: problem+json for errors, the alternate formats a
 * route declares in `produces`, and the 304 and 500 every GET can answer.
 */
function describeResponses(schema: RouteSchema, method: string): RouteSchema {
  const { produces, response = {}, ...rest } = schema;
  const media = produces ?? ['application/json'];
  const out: Record<string, unknown> = {};
  for (const [status, body] of Object.entries(response)) {
    const description = STATUS_DESCRIPTIONS[status] ?? 'Response';
    if (Number(status) >= 400) {
      out[status] = { description, content: { 'application/problem+json': { schema: body } } };
    } else {
      const content = Object.fromEntries(
        media.map((type) => [
          type,
          { schema: type === 'application/json' || type === 'text/plain' ? body : ALTERNATE_BODIES[type] },
        ]),
      );
      out[status] = { description, content };
    }
  }
  // Rate limiting, load shedding and unexpected failures can answer any operation.
  for (const status of ['429', '500', '503']) {
    out[status] ??= {
      description: STATUS_DESCRIPTIONS[status],
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
  const ok = out['200'] as Record<string, unknown> | undefined;
  if (method === 'GET' && ok !== undefined) {
    ok.headers = {
      ETag: { type: 'string', description: 'Strong validator of this representation; send it back in If-None-Match' },
      ...(media.includes('text/csv')
        ? {
            'X-Total-Count': { type: 'integer', description: 'Number of records matching the filters' },
            Link: { type: 'string', description: 'rel="next" link to the next page, when there is one' },
          }
        : {}),
    };
    out['304'] = { type: 'null', description: STATUS_DESCRIPTIONS['304'] };
  }
  return { ...rest, response: out };
}

/** The OpenAPI document is generated from the zod route schemas; nothing is written by hand. */
export default fp(
  async (app, opts: { servers: { url: string; description?: string }[] }) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: API_TITLE,
          version: PACKAGE.version,
          description: API_DESCRIPTION,
          license: { name: 'MIT (code); data extracted from the cited source, quoted for verification', identifier: 'MIT' },
          contact: { name: 'allies-api maintainers' },
        },
        servers: opts.servers,
        components: {
          securitySchemes: {
            curatorKey: {
              type: 'http',
              scheme: 'bearer',
              description: 'A curator key from the API_KEYS configuration. Reads need no key.',
            },
          },
        },
        tags: [
          { name: 'Meta', description: 'Service health and dataset metadata' },
          { name: 'Countries', description: 'Russia’s backers, Russia and Ukraine' },
          { name: 'Leaders', description: 'People in power and other named people the sources cite' },
          { name: 'Claims', description: 'Who said what, on what evidence, and how far the source stands behind it' },
          { name: 'Trade figures', description: 'Trade values and changes, with who stated them and caveats' },
          { name: 'Sources', description: 'The documents every fact is extracted from, with their full text' },
          { name: 'Pages', description: 'The same data as readable pages for people, at each resource’s path without /v1' },
        ],
      },
      transform: (input) => {
        const transformed = jsonSchemaTransform(input);
        const method = Array.isArray(input.route.method) ? String(input.route.method[0]) : String(input.route.method);
        if ((transformed.schema as { hide?: boolean }).hide === true) return transformed;
        return {
          ...transformed,
          schema: describeResponses(transformed.schema as RouteSchema, method) as typeof transformed.schema,
        };
      },
      transformObject: (input) => pruneUnusedComponents(jsonSchemaTransformObject(input)),
    });
    await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
  },
  { name: 'swagger' },
);
