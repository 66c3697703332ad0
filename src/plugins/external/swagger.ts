import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { attachExamples } from '../../openapi/attach-examples.js';
import { pruneUnusedComponents } from '../../openapi/components.js';
import { documentBase, DOCS_PREFIX } from '../../openapi/document.js';
import { describeResponses, type RouteSchema } from '../../openapi/responses.js';

/**
 * The OpenAPI document, generated from the zod route schemas (nothing is written by hand but
 * src/openapi/document.ts), and Swagger UI at /docs. src/openapi/ shapes it: responses.ts each
 * operation's responses, components.ts the component list, attach-examples.ts their examples.
 *
 * @see https://github.com/fastify/fastify-swagger
 */
export default fp(
  async (app) => {
    const { openapiServers, publicBaseUrl } = app.config;
    const servers =
      openapiServers.length > 0
        ? openapiServers.map((url) => ({ url }))
        : publicBaseUrl !== ''
          ? [{ url: publicBaseUrl }]
          : [{ url: '/', description: 'This server' }];
    await app.register(swagger, {
      openapi: documentBase(servers),
      transform: (input) => {
        const transformed = jsonSchemaTransform(input);
        const method = Array.isArray(input.route.method) ? String(input.route.method[0]) : String(input.route.method);
        if ((transformed.schema as { hide?: boolean }).hide === true) return transformed;
        return {
          ...transformed,
          schema: describeResponses(transformed.schema as RouteSchema, method) as typeof transformed.schema,
        };
      },
      transformObject: (input) => attachExamples(pruneUnusedComponents(jsonSchemaTransformObject(input))),
    });
    await app.register(swaggerUi, { routePrefix: DOCS_PREFIX, uiConfig: { docExpansion: 'list', deepLinking: true } });
  },
  // Swagger UI's routes are in the inventory (hidden from the spec).
  { name: 'swagger', dependencies: ['registered-routes'] },
);
