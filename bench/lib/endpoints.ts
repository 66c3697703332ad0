import { VERIFICATIONS } from '../../src/domain/vocabulary.js';
import { fetchJson, fetchRaw } from './processes.js';
import { prng } from './data.js';

/** One request shape, as sent to one server. */
export type Shape = { path: string; headers?: Record<string, string>; expectStatus: number };

export type Endpoint = {
  name: string;
  title: string;
  /** The warm request: the same every time. */
  api: Shape;
  /** Paths for the cold run: a different query each request. */
  apiCold: string[] | null;
  /** json-server's nearest equivalent; null when it has none (CSV). */
  json: Shape | null;
  jsonCold: string[] | null;
  /** Counts toward "every list query, warm, at least 5x json-server". */
  list: boolean;
  /** Counts toward "cold filtered list / search at least 2x json-server, p99 < 20 ms". */
  coldTarget: boolean;
  /** How the json-server figure compares (row counts), so the comparison can be judged. */
  equivalence: string;
  notes: string[];
};

export const ENDPOINT_NAMES = ['country', 'countryPage', 'filter', 'search', 'page2', 'csv', 'revalidate'] as const;

export const COUNTRIES = ['BY', 'CN', 'IR', 'KP', 'RU', 'UA'];
const INCLUDES = ['claims', 'tradeFigures', 'leaders'];

/** `list` shuffled in place, the same way for the same seed (so runs and variants see one sequence). */
export function shuffle<T>(list: T[], seedValue: number): T[] {
  const random = prng(seedValue);
  for (let i = list.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

function subsets<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask += 1) out.push(items.filter((_, i) => (mask & (1 << i)) !== 0));
  return out;
}

function orderedSubsets<T>(items: readonly T[]): T[][] {
  const permute = (list: T[]): T[][] =>
    list.length <= 1
      ? [list]
      : list.flatMap((x, i) => permute([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [x, ...rest]));
  return subsets(items).flatMap((s) => permute(s));
}

export const LIMITS = Array.from({ length: 100 }, (_, i) => i + 1);

type Claim = { statement: string; quote: string };
type ListBody = { data: unknown[]; meta: { total: number; nextCursor: string | null } };

/**
 * The measured requests, captured from the running API (cursors, ETags) and json-server, with
 * pools for the cold runs big enough that a run rarely wraps (each pool is also shuffled).
 */
export async function buildEndpoints(
  apiBase: string,
  jsonBase: string,
  claims: Claim[],
  only: string[] | null,
  cursorFetchLimit: number,
): Promise<Endpoint[]> {
  const want = (name: string) => only === null || only.includes(name);
  const countrySets = subsets(COUNTRIES).map((s) => s.join(','));
  const verifications = [undefined, ...VERIFICATIONS];
  const endpoints: Endpoint[] = [];
  const count = async (base: string, path: string, headers: Record<string, string> = {}) => {
    const res = await fetchRaw(`${base}${path}`, headers);
    const body = JSON.parse(res.body.toString('utf8')) as
      ListBody | unknown[] | { data?: { claims?: unknown[] }; claims?: unknown[] };
    if (Array.isArray(body)) return body.length;
    if ('meta' in body) return (body as ListBody).data.length;
    const nested = (body as { data?: { claims?: unknown[] } }).data?.claims ?? (body as { claims?: unknown[] }).claims;
    return nested?.length ?? -1;
  };
  const compare = async (api: string, json: string, what: string) => {
    const [a, j] = await Promise.all([count(apiBase, api), count(jsonBase, json)]);
    return `${what}: API ${a}, json-server ${j}${a === j ? '' : ' (differs)'}`;
  };
  /** Row counts of cold URL pairs (every 50th of the pools, which are paired before shuffling). */
  const coldRows = async (api: string[], json: string[]) => {
    let same = 0;
    let sampled = 0;
    for (let i = 0; i < api.length; i += 50) {
      sampled += 1;
      const [a, j] = await Promise.all([count(apiBase, api[i] as string), count(jsonBase, json[i] as string)]);
      if (a === j) same += 1;
    }
    return `cold pool: the same rows on ${same} of ${sampled} sampled pairs`;
  };

  if (want('country')) {
    const api = '/v1/countries/KP?include=claims,tradeFigures,leaders';
    const json = '/countries/KP?_embed=claims&_embed=tradeFigures&_embed=leaders';
    const casings = (code: string) => [
      code,
      code.toLowerCase(),
      `${code[0]}${code[1]?.toLowerCase()}`,
      `${code[0]?.toLowerCase()}${code[1]}`,
    ];
    const includes = orderedSubsets(INCLUDES).map((s) => s.join(','));
    const apiCold = COUNTRIES.flatMap((code) =>
      casings(code).flatMap((c) => includes.map((inc) => `/v1/countries/${c}?include=${inc}`)),
    );
    const jsonCold = COUNTRIES.flatMap((code) =>
      subsets(INCLUDES).map((s) => `/countries/${code}?${s.map((x) => `_embed=${x}`).join('&')}`),
    );
    endpoints.push({
      name: 'country',
      title: 'country with includes',
      api: { path: api, expectStatus: 200 },
      apiCold: shuffle(apiCold, 1),
      json: { path: json, expectStatus: 200 },
      jsonCold: shuffle(jsonCold, 2),
      list: false,
      coldTarget: false,
      equivalence: await compare(api, json, 'embedded claims'),
      notes: [
        `cold pool is only ${apiCold.length} URLs (6 countries x spellings x include orders; a trailing slash is a 308 to the canonical path, so none has one): it wraps, so part of that run is served warm`,
      ],
    });
  }

  if (want('countryPage')) {
    // The journalist's page of the same country, as HTML: warm only, since its distinct URLs
    // (six countries, two languages) are too few for a cold run that does not wrap at once.
    const path = '/countries/KP';
    const bytes = (await fetchRaw(`${apiBase}${path}`)).body.length;
    endpoints.push({
      name: 'countryPage',
      title: 'country page (HTML)',
      api: { path, expectStatus: 200 },
      apiCold: null,
      json: null,
      jsonCold: null,
      list: false,
      coldTarget: false,
      equivalence: 'json-server has no pages',
      notes: [`${bytes} bytes of HTML; warm only (from the response cache), no cold run`],
    });
  }

  if (want('filter')) {
    const apiCold: string[] = [];
    const jsonCold: string[] = [];
    for (const set of countrySets)
      for (const v of verifications)
        for (const limit of LIMITS) {
          apiCold.push(`/v1/claims?country=${set}${v === undefined ? '' : `&verification=${v}`}&limit=${limit}`);
          jsonCold.push(
            `/claims?${set
              .split(',')
              .map((c) => `country.code=${c}`)
              .join('&')}${v === undefined ? '' : `&verification=${v}`}&_limit=${limit}`,
          );
        }
    const api = '/v1/claims?country=KP';
    const json = '/claims?country.code=KP&_limit=20';
    endpoints.push({
      name: 'filter',
      title: 'filtered claims list',
      api: { path: api, expectStatus: 200 },
      apiCold: shuffle(apiCold, 3),
      json: { path: json, expectStatus: 200 },
      jsonCold: shuffle(jsonCold, 3),
      list: true,
      coldTarget: true,
      equivalence: `${await compare(api, json, 'rows')}; ${await coldRows(apiCold, jsonCold)}`,
      notes: [],
    });
  }

  if (want('search')) {
    const words = [
      ...new Set(
        claims
          .flatMap((c) => `${c.statement} ${c.quote}`.toLowerCase().match(/[\p{L}]{4,}/gu) ?? [])
          .filter((w) => w.length <= 20),
      ),
    ].sort();
    const apiCold: string[] = [];
    const jsonCold: string[] = [];
    for (const word of words)
      for (const limit of LIMITS) {
        apiCold.push(`/v1/claims?q=${encodeURIComponent(word)}&limit=${limit}`);
        jsonCold.push(`/claims?q=${encodeURIComponent(word)}&_limit=${limit}`);
      }
    const api = '/v1/claims?q=drones';
    const json = '/claims?q=drones&_limit=20';
    endpoints.push({
      name: 'search',
      title: 'search (q=)',
      api: { path: api, expectStatus: 200 },
      apiCold: shuffle(apiCold, 4),
      json: { path: json, expectStatus: 200 },
      jsonCold: shuffle(jsonCold, 4),
      list: true,
      coldTarget: true,
      equivalence: `${await compare(api, json, 'rows')}; the API searches statement, quote and claimant by word prefix (accent-folded), json-server every field by substring`,
      notes: [`${words.length} search words from the claims' statements and quotes, x 100 page sizes`],
    });
  }

  if (want('page2')) {
    const first = await fetchJson<ListBody>(`${apiBase}/v1/claims?limit=5`);
    if (first.meta.nextCursor === null) throw new Error('page2: the dataset has fewer than 6 claims');
    const api = `/v1/claims?limit=5&cursor=${encodeURIComponent(first.meta.nextCursor)}`;
    const json = '/claims?_page=2&_limit=5';
    // A cursor keeps working at any page size (limit is not part of its fingerprint): each cold
    // URL is the `limit` rows after a set's first row, and json-server's the same slice
    // (`_start=1`). Its `_page=2&_limit=N` would be rows N+1 to 2N: past the seed's 22 claims
    // for most page sizes, an empty page against the API's full one.
    const apiCold: string[] = [];
    const jsonCold: string[] = [];
    for (const set of countrySets.slice(0, cursorFetchLimit)) {
      const page = await fetchJson<ListBody>(`${apiBase}/v1/claims?country=${set}&limit=1`);
      if (page.meta.nextCursor === null) continue;
      for (const limit of LIMITS) {
        apiCold.push(`/v1/claims?country=${set}&limit=${limit}&cursor=${encodeURIComponent(page.meta.nextCursor)}`);
        jsonCold.push(
          `/claims?${set
            .split(',')
            .map((c) => `country.code=${c}`)
            .join('&')}&_start=1&_limit=${limit}`,
        );
      }
    }
    const sampled = await coldRows(apiCold, jsonCold);
    endpoints.push({
      name: 'page2',
      title: 'page 2 via cursor',
      api: { path: api, expectStatus: 200 },
      apiCold: shuffle(apiCold, 5),
      json: { path: json, expectStatus: 200 },
      jsonCold: shuffle(jsonCold, 5),
      list: true,
      coldTarget: false,
      equivalence: `${await compare(api, json, 'rows')}; json-server pages by offset (_page; cold: _start), the API by keyset cursor; ${sampled}`,
      notes: [],
    });
  }

  if (want('csv')) {
    const apiCold: string[] = [];
    for (const set of countrySets)
      for (const v of verifications)
        for (const limit of LIMITS)
          apiCold.push(`/v1/claims?format=csv&country=${set}${v === undefined ? '' : `&verification=${v}`}&limit=${limit}`);
    endpoints.push({
      name: 'csv',
      title: 'CSV export (all claims)',
      api: { path: '/v1/claims?format=csv', expectStatus: 200 },
      apiCold: shuffle(apiCold, 6),
      json: null,
      jsonCold: null,
      list: false,
      coldTarget: false,
      equivalence: 'json-server has no CSV',
      notes: ['limit does not apply to exports; it only makes each cold URL distinct'],
    });
  }

  if (want('revalidate')) {
    const path = '/v1/claims?country=KP';
    const apiEtag = (await fetchRaw(`${apiBase}${path}`)).headers.etag;
    const jsonPath = '/claims?country.code=KP&_limit=20';
    const jsonEtag = (await fetchRaw(`${jsonBase}${jsonPath}`)).headers.etag;
    if (typeof apiEtag !== 'string') throw new Error(`revalidate: ${path} has no ETag`);
    endpoints.push({
      name: 'revalidate',
      title: '304 revalidation (If-None-Match)',
      api: { path, headers: { 'if-none-match': apiEtag }, expectStatus: 304 },
      apiCold: null,
      json: typeof jsonEtag === 'string' ? { path: jsonPath, headers: { 'if-none-match': jsonEtag }, expectStatus: 304 } : null,
      jsonCold: null,
      list: false,
      coldTarget: false,
      equivalence: 'both answer 304 with no body',
      notes: ['no cold run: a client can only revalidate a URL it has fetched'],
    });
  }
  return endpoints;
}
