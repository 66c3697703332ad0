import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import jsonld from 'jsonld';

/**
 * JSON-LD expansion offline, against the vocabularies themselves.
 *
 * schema.org's published context (https://schema.org) maps every term and also sets `@vocab`, so
 * a misspelt or invented term still expands, to an IRI schema.org does not define. To catch those,
 * the context served here is built from the vocabulary (`@vocabulary/schema`, the schema.org
 * release as N-Quads) with one term per class, property and enumeration member and no `@vocab`:
 * a term schema.org does not have is dropped on expansion, which safe mode turns into an error.
 * The Web Annotation context has no `@vocab`; it is the W3C's document, kept verbatim in
 * tests/fixtures/json-ld/anno.jsonld.
 */

export const SCHEMA = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SUBCLASS_OF = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';
const DOMAIN_INCLUDES = `${SCHEMA}domainIncludes`;
const RANGE_INCLUDES = `${SCHEMA}rangeIncludes`;

export type SchemaVocabulary = {
  /** Every IRI schema.org gives a type to (classes, properties, enumeration members, data types). */
  terms: Set<string>;
  /** Property IRI → the classes it is declared on (`schema:domainIncludes`). */
  domains: Map<string, Set<string>>;
  /** Class IRI → its direct superclasses. */
  superclasses: Map<string, Set<string>>;
};

const require = createRequire(import.meta.url);

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

let vocabulary: SchemaVocabulary | undefined;

export function schemaVocabulary(): SchemaVocabulary {
  if (vocabulary !== undefined) return vocabulary;
  // The package has no `exports` for its data file: found beside its entry point.
  const file = join(dirname(require.resolve('@vocabulary/schema')), 'schema.nq');
  const v: SchemaVocabulary = { terms: new Set(), domains: new Map(), superclasses: new Map() };
  // Lines whose subject, predicate and object are all IRIs are the only ones read.
  const triple = /^<([^>]+)> <([^>]+)> <([^>]+)>/;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = triple.exec(line);
    if (m === null) continue;
    const [, s, p, o] = m as unknown as [string, string, string, string];
    if (!s.startsWith(SCHEMA)) continue;
    if (p === RDF_TYPE) v.terms.add(s);
    else if (p === DOMAIN_INCLUDES) add(v.domains, s, o);
    else if (p === SUBCLASS_OF) add(v.superclasses, s, o);
    else if (p === RANGE_INCLUDES) continue;
  }
  vocabulary = v;
  return v;
}

/** The class and every class above it. */
export function ancestors(type: string, v: SchemaVocabulary = schemaVocabulary()): Set<string> {
  const seen = new Set<string>();
  const todo = [type];
  for (let t = todo.pop(); t !== undefined; t = todo.pop()) {
    if (seen.has(t)) continue;
    seen.add(t);
    todo.push(...(v.superclasses.get(t) ?? []));
  }
  return seen;
}

function schemaContext(): Record<string, unknown> {
  const context: Record<string, string> = {};
  for (const iri of schemaVocabulary().terms) context[iri.slice(SCHEMA.length)] = iri;
  return { '@context': context };
}

const ANNOTATION_CONTEXT = JSON.parse(
  readFileSync(new URL('../fixtures/json-ld/anno.jsonld', import.meta.url), 'utf8'),
) as Record<string, unknown>;

/** The contexts the API's documents name; any other URL is refused, so nothing is fetched. */
const CONTEXTS: Record<string, () => Record<string, unknown>> = {
  'https://schema.org': schemaContext,
  'http://www.w3.org/ns/anno.jsonld': () => ANNOTATION_CONTEXT,
};

async function documentLoader(url: string) {
  const context = CONTEXTS[url];
  if (context === undefined) throw new Error(`the test loads no context from ${url}: only ${Object.keys(CONTEXTS).join(', ')}`);
  return { contextUrl: undefined, documentUrl: url, document: context() };
}

/** Expanded in safe mode: a dropped term, a relative IRI or a value that cannot stand throws. */
export async function expandStrictly(document: unknown, base: string): Promise<unknown[]> {
  try {
    const options = { documentLoader, base, safe: true } as jsonld.Options.Expand;
    return (await jsonld.expand(document as jsonld.JsonLdDocument, options)) as unknown[];
  } catch (error) {
    // The processor's message is only "Safe mode validation error."; its event says what and where.
    const event = (error as { details?: { event?: { message?: string; details?: unknown } } }).details?.event;
    if (event === undefined) throw error;
    throw new Error(`Safe mode validation error: ${event.message ?? ''} ${JSON.stringify(event.details)}`, { cause: error });
  }
}

export type ExpandedNode = { types: string[]; properties: string[]; path: string };

/** Every node object of an expanded document, with its types and the properties it carries. */
export function expandedNodes(expanded: unknown, path = '$'): ExpandedNode[] {
  if (Array.isArray(expanded)) return expanded.flatMap((item, i) => expandedNodes(item, `${path}[${i}]`));
  if (expanded === null || typeof expanded !== 'object') return [];
  const node = expanded as Record<string, unknown>;
  if ('@value' in node) return [];
  if ('@list' in node) return expandedNodes(node['@list'], `${path}.@list`);
  const properties = Object.keys(node).filter((key) => !key.startsWith('@'));
  const own: ExpandedNode = { types: (node['@type'] as string[] | undefined) ?? [], properties, path };
  return [own, ...properties.flatMap((key) => expandedNodes(node[key], `${path}.<${key}>`))];
}
