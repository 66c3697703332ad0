import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../lib/paths.js';

/**
 * Where each component's example comes from: a real request against the seeded dataset, and
 * the part of its response that is the example. `npm run openapi:generate` records the answers
 * in examples.json; a test proves they still equal what the API returns.
 */
export const EXAMPLE_SOURCES: Record<string, { url: string; pick?: string }> = {
  Dataset: { url: '/v1' },
  Health: { url: '/health' },
  Ready: { url: '/ready' },
  Problem: { url: '/v1/countries/ZZ' },
  ProblemTypeList: { url: '/problems' },
  ProblemTypeResponse: { url: '/problems/not-found' },
  ProblemType: { url: '/problems/not-found', pick: 'data' },
  CountryList: { url: '/v1/countries?role=ally_of_russia&limit=2' },
  Country: { url: '/v1/countries?role=ally_of_russia&limit=2', pick: 'data.0' },
  CountryResponse: { url: '/v1/countries/KP?include=leaders' },
  CountryDetail: { url: '/v1/countries/KP?include=leaders', pick: 'data' },
  ClaimList: { url: '/v1/countries/KP/claims?limit=2&facet=verification' },
  ClaimResponse: { url: '/v1/claims/kp-offered-100000-soldiers' },
  Claim: { url: '/v1/claims/kp-offered-100000-soldiers', pick: 'data' },
  EvidenceResponse: { url: '/v1/claims/by-troops-in-action-opposition-media/evidence' },
  Evidence: { url: '/v1/claims/by-troops-in-action-opposition-media/evidence', pick: 'data' },
  EvidenceSource: { url: '/v1/claims/by-troops-in-action-opposition-media/evidence', pick: 'data.source' },
  CountryBasis: { url: '/v1/countries/KP', pick: 'data.basis' },
  FieldBasis: { url: '/v1/leaders/kim-jong-un', pick: 'data.basis.country' },
  LeaderBasis: { url: '/v1/leaders/kim-jong-un', pick: 'data.basis' },
  LeaderList: { url: '/v1/leaders?kind=cited_person' },
  LeaderResponse: { url: '/v1/leaders/javad-owji' },
  Leader: { url: '/v1/leaders/javad-owji', pick: 'data' },
  TradeFigureList: { url: '/v1/trade-figures?statedBy=javad-owji&limit=2' },
  TradeFigureResponse: { url: '/v1/trade-figures/ir-ru-bilateral-trade-18-months' },
  TradeFigure: { url: '/v1/trade-figures/ir-ru-bilateral-trade-18-months', pick: 'data' },
  TradeFigureEvidenceResponse: { url: '/v1/trade-figures/ir-ru-bilateral-trade-18-months/evidence' },
  TradeFigureEvidence: { url: '/v1/trade-figures/ir-ru-bilateral-trade-18-months/evidence', pick: 'data' },
  SourceResponse: { url: '/v1/sources/putin-allies-four-countries' },
  Source: { url: '/v1/sources/putin-allies-four-countries', pick: 'data' },
  SourceNote: { url: '/v1/sources/putin-allies-four-countries', pick: 'data.notes.0' },
  RevisionList: { url: '/v1/claims/kp-offered-100000-soldiers/revisions' },
  ChangeFeed: { url: '/v1/changes?limit=2' },
  DownloadList: { url: '/v1/downloads' },
  DownloadFile: { url: '/v1/downloads', pick: 'files.0' },
  DataPackage: { url: '/v1/downloads/datapackage.json' },
};

/** Request bodies cannot be fetched; these use real quotes from the seeded source. */
export const WRITE_EXAMPLES: Record<string, unknown> = {
  ClaimCreate: {
    countryCode: 'KP',
    sourceId: 'putin-allies-four-countries',
    claimant: { name: 'Igor Korotchenko', type: 'expert', leaderId: 'igor-korotchenko' },
    statement: 'North Korea is called a pariah nation by the report Korotchenko cited.',
    quote: 'la nation paria',
    topics: ['rhetorical'],
    verification: 'reported',
    verificationNote: 'Attributed; nothing says it was confirmed.',
    dateNote: 'No date is given.',
  },
  FieldBasisWrite: {
    kind: 'source',
    sourceId: 'putin-allies-four-countries',
    quote: 'Le ministre iranien du pétrole',
    note: 'Ties him to Iran.',
  },
  ClaimPatch: { verification: 'unverified', verificationNote: 'Corrected after review.', reason: 'Wrong verification label' },
  TradeFigureCreate: {
    reporterCode: 'IR',
    partnerCode: 'RU',
    indicator: 'bilateral_trade',
    value: 40000000000,
    unit: 'USD',
    kind: 'level',
    periodLabel: 'au cours des 18 derniers mois',
    statedBy: { name: 'Javad Owji', type: 'government_official', leaderId: 'javad-owji' },
    sourceId: 'putin-allies-four-countries',
    quote: '40 milliards de dollars',
    caveat: 'An 18-month total.',
  },
  SourceCreate: {
    kind: 'official_statement',
    title: 'Statement on bilateral trade',
    author: null,
    publisher: null,
    language: 'en',
    url: null,
    publishedAt: null,
    dateNote: 'Undated.',
    retrievedAt: '2026-11-23T00:00:00.000Z',
    text: 'Bilateral trade reached 40 billion dollars over the last 18 months.',
    textNote: 'Full text as published.',
  },
};

export type Examples = Record<string, unknown>;

export const EXAMPLES_FILE = path.join(PROJECT_ROOT, 'src/schemas/examples.json');

/** The recorded examples, or none before the first `npm run openapi:generate`. */
export function loadExamples(): Examples {
  try {
    return JSON.parse(readFileSync(EXAMPLES_FILE, 'utf8')) as Examples;
  } catch {
    return {};
  }
}

export function pick(body: unknown, path: string | undefined): unknown {
  if (path === undefined) return body;
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], body);
}
