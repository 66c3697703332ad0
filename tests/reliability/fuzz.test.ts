import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, cleanup, createLoggedApp, expectNoSecretsInLogs, type LoggedApp } from '../helpers/reliability.js';

/**
 * Issue 7, test 8: property-based fuzzing driven by the published OpenAPI document. For every
 * documented GET, fast-check builds query strings (and path parameters) from the declared
 * parameters, valid and invalid; for every write it builds bodies from the request schema,
 * valid and mangled. Every answer must be documented for that operation: no 5xx, a listed
 * status, a listed media type, and a body that validates against the spec (Ajv, 2020-12).
 */

// CommonJS packages: under NodeNext their default export is the module object.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

type Schema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  default?: unknown;
};
type Parameter = { name: string; in: 'query' | 'path' | 'header'; required?: boolean; schema: Schema };
type Operation = {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};
type Spec = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

/** Real records, so generated requests reach the handlers and not only the 404 path. */
const KNOWN: Record<string, string[]> = {
  code: ['KP', 'IR', 'RU', 'kp', 'ZZ'],
  '/v1/claims': ['kp-offered-100000-soldiers', 'by-lukashenko-sponsored-conflict'],
  '/v1/leaders': ['javad-owji'],
  '/v1/trade-figures': ['ir-ru-bilateral-trade-18-months'],
  '/v1/sources': ['putin-allies-four-countries'],
};
/** Plausible filter values for free-text parameters, mixed with random ones. */
const WORDS = [
  'KP',
  'IR',
  'CN',
  'military',
  'trade',
  'verified',
  'government_official',
  'USD',
  'level',
  'leader',
  'claimedAt',
  '-claimedAt',
  'country',
  'topic',
  'en',
  'soldiers',
  'oil',
];

/** Junk for any parameter: the shapes parsers and SQL builders choke on. */
const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(
    '',
    ' ',
    '-1',
    '0',
    '1e309',
    'NaN',
    'Infinity',
    'null',
    '__proto__',
    'constructor',
    '%',
    '\u0000',
    '\ud800',
    '\u202e',
    'x'.repeat(2000),
    '"',
    "'",
    '*',
    ',,,',
    '[]',
    '{}',
  ),
);

let t: LoggedApp;
let spec: Spec;
let ajv: InstanceType<typeof Ajv2020>;
const validators = new Map<string, ReturnType<InstanceType<typeof Ajv2020>['compile']>>();

beforeAll(async () => {
  t = await createLoggedApp({ LOG_LEVEL: 'warn' });
  spec = (await t.app.inject({ url: '/openapi.json' })).json();
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(spec as object, 'spec');
});
afterAll(async () => {
  await t?.close();
  expectNoSecretsInLogs();
  await cleanup();
});

const pointer = (...parts: string[]) => `spec#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

function resolve(schema: Schema): Schema {
  if (schema.$ref === undefined) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = spec.components.schemas[name];
  if (target === undefined) throw new Error(`unresolved ${schema.$ref}`);
  return resolve(target);
}

/** Values the schema allows (as far as fast-check's generators go). */
function valid(input: Schema): fc.Arbitrary<unknown> {
  const schema = resolve(input);
  if (schema.anyOf !== undefined) return fc.oneof(...schema.anyOf.map(valid));
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1e6, max: Math.min(schema.maximum ?? 1e6, 1e9) });
    case 'number':
      return fc.oneof(
        fc.integer({ min: -1e9, max: 1e12 }),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
      );
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(valid(schema.items ?? {}), { maxLength: 3 });
    case 'object': {
      const props = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, valid(v)]));
      return fc.record(props, { requiredKeys: schema.required ?? [] });
    }
    case 'string': {
      const max = schema.maxLength ?? 60;
      const min = schema.minLength ?? 0;
      if (schema.format === 'uri') return fc.webUrl().filter((s) => s.length <= max);
      if (schema.pattern !== undefined)
        return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= max && s.length >= min);
      return fc
        .oneof(
          fc.constantFrom(...WORDS),
          fc.string({ unit: 'grapheme', minLength: Math.max(min, 1), maxLength: Math.min(max, 40) }),
        )
        .filter((s) => s.length >= min && s.length <= max);
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Values the schema forbids or that merely look wrong, plus junk. */
function invalid(input: Schema): fc.Arbitrary<unknown> {
  const schema = resolve(input);
  const around: unknown[] = [];
  if (schema.minimum !== undefined) around.push(schema.minimum - 1);
  if (schema.maximum !== undefined) around.push(schema.maximum + 1);
  if (schema.maxLength !== undefined) around.push('y'.repeat(schema.maxLength + 1));
  return around.length > 0 ? fc.oneof(fc.constantFrom(...around), junk) : junk;
}

function paramValue(p: Parameter): fc.Arbitrary<string> {
  return fc
    .oneof({ weight: 3, arbitrary: valid(p.schema) }, { weight: 1, arbitrary: invalid(p.schema) })
    .map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
}

/** encodeURIComponent, except that a lone surrogate goes out as its (invalid) UTF-8 bytes instead of throwing. */
function encodeAny(value: string): string {
  return Array.from(value)
    .map((ch) => {
      if (!/\p{Cs}/u.test(ch)) return encodeURIComponent(ch);
      const code = ch.charCodeAt(0);
      return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    })
    .join('');
}

function pathArbitrary(path: string, params: Parameter[]): fc.Arbitrary<string> {
  const names = [...path.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1] ?? '');
  const collection = Object.keys(KNOWN).find((prefix) => path.startsWith(`${prefix}/`));
  const parts = names.map((name) => {
    const known = KNOWN[name] ?? (collection === undefined ? [] : KNOWN[collection]) ?? [];
    const p = params.find((x) => x.in === 'path' && x.name === name);
    const generated = p === undefined ? junk : paramValue(p);
    return known.length > 0
      ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: generated })
      : generated;
  });
  return fc.tuple(...parts).map((values) => {
    let i = 0;
    return path.replace(/\{([A-Za-z]+)\}/g, () => {
      const value = values[i++] ?? '';
      // An empty segment would address another route, and so would `.` and `..`: a client
      // resolves dot segments before it sends (RFC 3986 §5.2.4; `/v1/countries/.` is sent as
      // `/v1/countries/`). Encode everything else as a client would.
      return value === '' || value === '.' || value === '..' ? '%20' : encodeAny(value);
    });
  });
}

function queryArbitrary(params: Parameter[]): fc.Arbitrary<string> {
  const query = params.filter((p) => p.in === 'query');
  const entry = fc.oneof(
    {
      weight: 8,
      arbitrary:
        query.length === 0
          ? fc.tuple(fc.constantFrom('limit'), junk)
          : fc.constantFrom(...query).chain((p) => fc.tuple(fc.constant(p.name), paramValue(p))),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom('__proto__', 'constructor', 'unknown', 'limit[]', 'q[$ne]', 'sort[0]', ''), junk),
    },
  );
  return fc.array(entry, { maxLength: 5 }).map((entries) => {
    const search = new URLSearchParams(entries.map(([k, v]): [string, string] => [k, String(v)]));
    const text = search.toString();
    return text === '' ? '' : `?${text}`;
  });
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

type Answer = { statusCode: number; headers: Record<string, unknown>; body: string };

/** The faults of one answer against what the spec documents for the operation. */
function undocumented(path: string, method: string, op: Operation, res: Answer): string[] {
  const status = String(res.statusCode);
  if (res.statusCode >= 500) return [`${status}: ${res.body.slice(0, 300)}`];
  const documented = op.responses[status];
  if (documented === undefined)
    return [`status ${status} is not documented (${Object.keys(op.responses).join(', ')}): ${res.body.slice(0, 200)}`];
  if (res.statusCode === 304 || documented.content === undefined) return [];
  const mediaType = String(res.headers['content-type'] ?? '').split(';')[0] ?? '';
  if (!(mediaType in documented.content))
    return [`${status} as ${mediaType}, documented: ${Object.keys(documented.content).join(', ')}`];
  if (mediaType === 'application/x-ndjson') {
    const bad = res.body.split('\n').filter((line) => line !== '' && !isJson(line));
    return bad.length === 0 ? [] : [`${status} NDJSON line is not JSON: ${bad[0]?.slice(0, 100)}`];
  }
  if (!/json$/.test(mediaType)) return [];
  const key = pointer('paths', path, method, 'responses', status, 'content', mediaType, 'schema');
  let validate = validators.get(key);
  if (validate === undefined) {
    validate = ajv.compile({ $ref: key });
    validators.set(key, validate);
  }
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    return [`${status} ${mediaType} body is not JSON`];
  }
  return validate(body) ? [] : [`${status} body off-spec: ${ajv.errorsText(validate.errors)}`];
}

// FUZZ_RUNS=500 npx vitest run tests/reliability/fuzz.test.ts for a longer search.
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 40);

describe('fuzzing from the OpenAPI document', () => {
  it('answers generated query strings on every documented GET as documented', async () => {
    const gets = Object.entries(spec.paths).flatMap(([path, ops]) => (ops.get ? [{ path, op: ops.get }] : []));
    expect(gets.length).toBeGreaterThanOrEqual(17);
    let requests = 0;
    for (const { path, op } of gets) {
      const params = op.parameters ?? [];
      await fc.assert(
        fc.asyncProperty(pathArbitrary(path, params), queryArbitrary(params), async (url, query) => {
          const res = await t.app.inject({ method: 'GET', url: `${url}${query}` });
          requests += 1;
          const faults = undocumented(path, 'get', op, res);
          if (faults.length > 0) throw new Error(`${op.operationId} GET ${url}${query}: ${faults.join('; ')}`);
        }),
        { numRuns: RUNS_PER_OPERATION },
      );
    }
    expect(requests).toBeGreaterThanOrEqual(gets.length * RUNS_PER_OPERATION);
  }, 120_000);

  it('answers generated bodies on every write as documented', async () => {
    const writes = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([method]) => ['post', 'patch', 'delete'].includes(method))
        .map(([method, op]) => ({ path, method, op })),
    );
    expect(writes.length).toBeGreaterThanOrEqual(12);
    const statuses = new Map<string, Set<number>>();
    for (const { path, method, op } of writes) {
      const params = op.parameters ?? [];
      const bodySchema = op.requestBody?.content['application/json']?.schema ?? {};
      const body = fc.oneof(
        { weight: 4, arbitrary: valid(bodySchema).map((v) => JSON.stringify(v)) },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
        // A valid body with one field replaced by junk or removed.
        {
          weight: 2,
          arbitrary: fc
            .tuple(valid(bodySchema), fc.string({ maxLength: 12 }), fc.option(invalid({}), { nil: undefined }))
            .map(([v, key, bad]) => {
              const copy = { ...(v as Record<string, unknown>) };
              const keys = Object.keys(copy);
              const target = keys.length > 0 ? (keys[key.length % keys.length] ?? key) : key;
              if (bad === undefined) delete copy[target];
              else copy[target] = bad;
              return JSON.stringify(copy);
            }),
        },
      );
      const ifMatch = fc.option(
        fc.constantFrom('"v1"', '"v2"', '"v1-abc"', '*', 'W/"v1"', 'garbage', '""', '"v99999999999999999999"'),
        { nil: undefined },
      );
      await fc.assert(
        fc.asyncProperty(pathArbitrary(path, params), body, ifMatch, async (url, payload, match) => {
          const headers: Record<string, string> = { authorization: bearer(), 'content-type': 'application/json' };
          if (match !== undefined) headers['if-match'] = match;
          const res = await t.app.inject({ method: method.toUpperCase() as 'POST', url, headers, payload });
          const seen = statuses.get(op.operationId) ?? new Set<number>();
          seen.add(res.statusCode);
          statuses.set(op.operationId, seen);
          const faults = undocumented(path, method, op, res);
          if (faults.length > 0)
            throw new Error(
              `${op.operationId} ${method.toUpperCase()} ${url} If-Match ${match} ${payload.slice(0, 300)}: ${faults.join('; ')}`,
            );
        }),
        { numRuns: RUNS_PER_OPERATION },
      );
    }
    // The generators reach past validation: some writes succeed, some are refused by the domain.
    const all = [...statuses.values()].flatMap((s) => [...s]);
    expect(all).toContain(400);
    expect(all.some((s) => s === 200 || s === 201)).toBe(true);
  }, 120_000);
});
