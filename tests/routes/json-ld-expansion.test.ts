import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.js';
import { all, attr, parseHtml, text } from '../helpers/html.js';
import { ancestors, expandStrictly, expandedNodes, SCHEMA, schemaVocabulary } from '../helpers/json-ld.js';
import { seedClaims, seedFigures } from '../helpers/seed-data.js';

/**
 * Every JSON-LD document the API serves, expanded with the `jsonld` package against the
 * vocabularies (tests/helpers/json-ld.ts): no term is dropped, every property and type is an IRI
 * schema.org or the Web Annotation model defines, and each schema.org property sits on a type it
 * is declared for, as a structured-data validator would check.
 */

const BASE = 'https://allies.example.org';
const t = useTestApp({ PUBLIC_BASE_URL: BASE });
const ANNOTATION = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

async function served(url: string, accept = 'application/ld+json'): Promise<unknown> {
  const res = await t.get(url).set('accept', accept);
  expect(res.status, url).toBe(200);
  return JSON.parse(res.text) as unknown;
}

/** What is wrong with an expanded schema.org document, in words; empty when nothing is. */
function schemaOrgFaults(expanded: unknown): string[] {
  const vocabulary = schemaVocabulary();
  const faults: string[] = [];
  for (const node of expandedNodes(expanded)) {
    for (const type of node.types) if (!vocabulary.terms.has(type)) faults.push(`${node.path}: type ${type} is not schema.org's`);
    const lineage = new Set(node.types.flatMap((type) => [...ancestors(type)]));
    for (const property of node.properties) {
      if (!vocabulary.terms.has(property)) {
        faults.push(`${node.path}: property ${property} is not schema.org's`);
        continue;
      }
      const domains = vocabulary.domains.get(property) ?? new Set<string>();
      if (node.types.length > 0 && ![...domains].some((d) => lineage.has(d)))
        faults.push(`${node.path}: ${property} is not a property of ${node.types.join(', ')}`);
    }
  }
  return faults;
}

describe('JSON-LD documents, expanded', () => {
  it('reads the vocabulary it checks against: schema.org classes, properties and their domains', () => {
    const vocabulary = schemaVocabulary();
    // A few terms this API uses, and the domain facts the property check rests on.
    for (const term of ['ClaimReview', 'claimReviewed', 'Dataset', 'DataDownload', 'sha256', 'appearance'])
      expect(vocabulary.terms.has(`${SCHEMA}${term}`), term).toBe(true);
    expect(vocabulary.terms.has(`${SCHEMA}meta`)).toBe(false);
    expect(ancestors(`${SCHEMA}ClaimReview`).has(`${SCHEMA}CreativeWork`)).toBe(true);
    expect(vocabulary.domains.get(`${SCHEMA}claimReviewed`)?.has(`${SCHEMA}ClaimReview`)).toBe(true);
  });

  it('flags what it is meant to flag: an invented term, a property on the wrong type', async () => {
    const invented = { '@context': 'https://schema.org', '@type': 'Claim', text: 'x', verdict: 'y' };
    await expect(expandStrictly(invented, BASE)).rejects.toThrow(/Safe mode/);
    const misplaced = { '@context': 'https://schema.org', '@type': 'Country', claimReviewed: 'x' };
    expect(schemaOrgFaults(await expandStrictly(misplaced, BASE))).toEqual([
      expect.stringContaining('claimReviewed is not a property of http://schema.org/Country'),
    ]);
  });

  it('gives every claim as a ClaimReview whose every term is schema.org, on a type that has it', async () => {
    for (const claim of seedClaims) {
      const expanded = await expandStrictly(await served(`/v1/claims/${claim.id}`), BASE);
      expect(schemaOrgFaults(expanded), claim.id).toEqual([]);
      expect(expandedNodes(expanded)[0]?.types).toEqual([`${SCHEMA}ClaimReview`]);
    }
  });

  it('gives a list of claims as ClaimReview nodes whose every term is schema.org', async () => {
    const expanded = await expandStrictly(await served('/v1/claims?limit=100'), BASE);
    expect(schemaOrgFaults(expanded)).toEqual([]);
    const reviews = expandedNodes(expanded).filter((n) => n.types.includes(`${SCHEMA}ClaimReview`));
    expect(reviews).toHaveLength(seedClaims.length);
  });

  it('gives the dataset (GET /v1 and the home page data block) as a Dataset whose every term is schema.org', async () => {
    const index = await served('/v1');
    const page = await t.get('/').set('accept', 'text/html');
    expect(page.status).toBe(200);
    const blocks = all(parseHtml(page.text), (el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json');
    expect(blocks).toHaveLength(1);
    for (const document of [index, JSON.parse(text(blocks[0]!)) as unknown]) {
      const expanded = await expandStrictly(document, BASE);
      expect(schemaOrgFaults(expanded)).toEqual([]);
      expect(expandedNodes(expanded)[0]?.types).toEqual([`${SCHEMA}Dataset`]);
    }
  });

  it('gives the evidence of every claim and trade figure as a Web Annotation whose every term the model defines', async () => {
    const OA = 'http://www.w3.org/ns/oa#';
    const paths = [...seedClaims.map((c) => `/v1/claims/${c.id}`), ...seedFigures.map((f) => `/v1/trade-figures/${f.id}`)];
    for (const path of paths) {
      const expanded = await expandStrictly(await served(`${path}/evidence`, ANNOTATION), BASE);
      const nodes = expandedNodes(expanded);
      expect(nodes[0]?.types, path).toEqual([`${OA}Annotation`]);
      // Safe mode has already refused any term the context lacks; these are the model's own IRIs.
      expect(nodes[0]?.properties.sort(), path).toEqual([`${OA}hasBody`, `${OA}hasTarget`, `${OA}motivatedBy`]);
      const selectors = nodes.filter((n) => n.types.some((type) => type.endsWith('Selector'))).flatMap((n) => n.types);
      expect(selectors.sort(), path).toEqual([`${OA}TextPositionSelector`, `${OA}TextQuoteSelector`]);
    }
  });
});
