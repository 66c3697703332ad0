import { LICENSE_EXPRESSION, LICENSE_STATEMENT } from '../lib/license.js';
import { PACKAGE } from '../lib/paths.js';

/** Who publishes the dataset: the OpenAPI contact, and the author of every ClaimReview. */
export const API_PUBLISHER = 'allies-api maintainers';

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

/** Where Swagger UI is served: the only HTML with scripts (helmet's page policy). */
export const DOCS_PREFIX = '/docs';

/** The part of the OpenAPI document written by hand: info, servers, security scheme and tags. */
export function documentBase(servers: { url: string; description?: string }[]) {
  return {
    openapi: '3.1.0',
    info: {
      title: API_TITLE,
      version: PACKAGE.version,
      description: API_DESCRIPTION,
      license: { name: LICENSE_STATEMENT, identifier: LICENSE_EXPRESSION },
      contact: { name: API_PUBLISHER },
    },
    servers,
    components: {
      securitySchemes: {
        curatorKey: {
          type: 'http' as const,
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
      {
        name: 'Downloads',
        description: 'The whole dataset as files, per dataset version: Frictionless Data Package (zip, CSV), NDJSON, SQLite',
      },
      { name: 'Problems', description: 'What each error `type` means and what to do about it (RFC 9457)' },
      { name: 'Pages', description: 'The same data as readable pages for people, at each resource’s path without /v1' },
    ],
  };
}
