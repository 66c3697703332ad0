import { readFileSync } from 'node:fs';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

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
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...document, components: { ...document.components, schemas: kept } } as T;
}

/** The OpenAPI document is generated from the zod route schemas; nothing is written by hand. */
export default fp(
  async (app, opts: { servers: { url: string; description?: string }[] }) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: API_TITLE,
          version: pkg.version,
          description: API_DESCRIPTION,
          license: { name: 'MIT (code); data extracted from the cited source, quoted for verification', identifier: 'MIT' },
          contact: { name: 'allies-api maintainers' },
        },
        servers: opts.servers,
        tags: [
          { name: 'Meta', description: 'Service health and dataset metadata' },
          { name: 'Countries', description: 'Russia’s backers, Russia and Ukraine' },
          { name: 'Leaders', description: 'People in power and other named people the sources cite' },
          { name: 'Claims', description: 'Who said what, on what evidence, and how far the source stands behind it' },
          { name: 'Trade figures', description: 'Trade values and changes, with who stated them and caveats' },
          { name: 'Sources', description: 'The documents every fact is extracted from, with their full text' },
        ],
      },
      transform: jsonSchemaTransform,
      transformObject: (input) => pruneUnusedComponents(jsonSchemaTransformObject(input)),
    });
    await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
  },
  { name: 'swagger' },
);
