import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../lib/paths.js';

/**
 * Each request against the seeded dataset, and the components its answer is the example of: the
 * whole body ('') or the part at a path.
 */
const RECORDED: [url: string, components: Record<string, string>][] = [
  ['/v1', { Dataset: '' }],
  ['/health', { Health: '' }],
  ['/ready', { Ready: '' }],
  ['/v1/countries/ZZ', { Problem: '' }],
  ['/problems', { ProblemTypeList: '' }],
  ['/problems/not-found', { ProblemTypeResponse: '', ProblemType: 'data' }],
  ['/v1/countries?role=ally_of_russia&limit=2', { CountryList: '', Country: 'data.0' }],
  ['/v1/countries/KP?include=leaders', { CountryResponse: '', CountryDetail: 'data' }],
  ['/v1/countries/KP/claims?limit=2&facet=verification', { ClaimList: '' }],
  ['/v1/claims/kp-offered-100000-soldiers', { ClaimResponse: '', Claim: 'data' }],
  [
    '/v1/claims/by-troops-in-action-opposition-media/evidence',
    { EvidenceResponse: '', Evidence: 'data', EvidenceSource: 'data.source' },
  ],
  ['/v1/countries/KP', { CountryBasis: 'data.basis' }],
  ['/v1/leaders/kim-jong-un', { FieldBasis: 'data.basis.country', LeaderBasis: 'data.basis' }],
  ['/v1/leaders?kind=cited_person', { LeaderList: '' }],
  ['/v1/leaders/javad-owji', { LeaderResponse: '', Leader: 'data' }],
  ['/v1/trade-figures?statedBy=javad-owji&limit=2', { TradeFigureList: '' }],
  ['/v1/trade-figures/ir-ru-bilateral-trade-18-months', { TradeFigureResponse: '', TradeFigure: 'data' }],
  [
    '/v1/trade-figures/ir-ru-bilateral-trade-18-months/evidence',
    { TradeFigureEvidenceResponse: '', TradeFigureEvidence: 'data' },
  ],
  ['/v1/sources/putin-allies-four-countries', { SourceResponse: '', Source: 'data', SourceNote: 'data.notes.0' }],
  ['/v1/claims/kp-offered-100000-soldiers/revisions', { RevisionList: '' }],
  ['/v1/changes?limit=2', { ChangeFeed: '' }],
  ['/v1/downloads', { DownloadList: '', DownloadFile: 'files.0' }],
  ['/v1/downloads/datapackage.json', { DataPackage: '' }],
];

/**
 * Where each component's example comes from: a real request against the seeded dataset, and
 * the part of its response that is the example. `npm run openapi:generate` records the answers
 * in examples.json; a test proves they still equal what the API returns.
 */
export const EXAMPLE_SOURCES: Record<string, { url: string; pick?: string }> = Object.fromEntries(
  RECORDED.flatMap(([url, components]) =>
    Object.entries(components).map(([id, pick]) => [id, pick === '' ? { url } : { url, pick }]),
  ),
);

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
