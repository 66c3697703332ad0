import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.js';

// CommonJS packages: under NodeNext their default export is the module object.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;
type Ajv = InstanceType<typeof Ajv2020>;

type Schema = Record<string, unknown> & { enum?: unknown[]; pattern?: string; minimum?: number; maximum?: number; type?: string };
type Parameter = { name: string; in: 'query' | 'path'; required?: boolean; schema: Schema };
type Operation = {
  operationId: string;
  parameters?: Parameter[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};
type Spec = { paths: Record<string, Record<string, Operation>> };

/** A real record for every path parameter, so each documented GET can be called successfully. */
const PATH_VALUES: Record<string, Record<string, string>> = {
  code: { default: 'KP' },
  slug: { default: 'not-found' },
  file: { '/v1/downloads/data': 'claims.csv', '/v1/downloads/ndjson': 'claims.ndjson', default: 'explorer.css' },
  // The seeded dataset's version: the SQLite snapshot is served for the current version only.
  version: { default: '1' },
  id: {
    '/claims': 'kp-offered-100000-soldiers',
    '/sources': 'putin-allies-four-countries',
    '/v1/claims': 'kp-offered-100000-soldiers',
    '/v1/leaders': 'javad-owji',
    '/v1/trade-figures': 'ir-ru-bilateral-trade-18-months',
    '/v1/sources': 'putin-allies-four-countries',
  },
};

function pathValue(path: string, name: string): string {
  const values = PATH_VALUES[name] ?? {};
  const prefix = Object.keys(values).find((p) => path.startsWith(`${p}/`));
  const value = (prefix === undefined ? undefined : values[prefix]) ?? values.default;
  if (value === undefined) throw new Error(`no test value for {${name}} in ${path}`);
  return value;
}

function fill(path: string): string {
  return path.replace(/\{([A-Za-z]+)\}/g, (_m, name: string) => encodeURIComponent(pathValue(path, name)));
}

/** A value the parameter's documented constraints forbid, or null when it has none to break. */
function invalidValue(schema: Schema): string | null {
  if (schema.enum !== undefined) return 'not-a-documented-value';
  if (schema.type === 'integer' || schema.type === 'number') {
    if (schema.maximum !== undefined) return String(schema.maximum + 1);
    if (schema.minimum !== undefined) return String(schema.minimum - 1);
    return 'not-a-number';
  }
  if (schema.pattern !== undefined) return '!!';
  return null;
}

let spec: Spec;
let ajv: Ajv;
const gets: { path: string; op: Operation }[] = [];

const t = useTestApp();
beforeAll(async () => {
  spec = (await t.app.inject({ url: '/openapi.json' })).json();
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(spec as object, 'spec');
  for (const [path, ops] of Object.entries(spec.paths)) if (ops.get) gets.push({ path, op: ops.get });
});

function pointer(...parts: string[]): string {
  return `spec#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

function validateBody(path: string, status: string, mediaType: string, body: unknown): string[] {
  const validate = ajv.compile({ $ref: pointer('paths', path, 'get', 'responses', status, 'content', mediaType, 'schema') });
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('contract: every documented GET answers as its spec says', () => {
  it('covers every GET operation in the spec', () => {
    expect(gets.length).toBeGreaterThanOrEqual(17);
  });

  it('returns a documented 200 whose body validates against the spec (Ajv, JSON Schema 2020-12)', async () => {
    for (const { path, op } of gets) {
      const response = await t.app.inject({ url: fill(path) });
      expect(response.statusCode, op.operationId).toBe(200);
      const documented = Object.keys(op.responses['200']?.content ?? {});
      const mediaType = response.headers['content-type']?.toString().split(';')[0] ?? '';
      expect(documented, op.operationId).toContain(mediaType);
      const body = mediaType === 'application/json' ? response.json() : response.body;
      expect(validateBody(path, '200', mediaType, body), op.operationId).toEqual([]);
    }
  });

  it('answers an invalid value for each constrained parameter with a documented 4xx problem+json naming it', async () => {
    let checked = 0;
    for (const { path, op } of gets) {
      for (const parameter of op.parameters ?? []) {
        const bad = invalidValue(parameter.schema);
        if (bad === null) continue;
        const url =
          parameter.in === 'path'
            ? fill(path).replace(encodeURIComponent(pathValue(path, parameter.name)), encodeURIComponent(bad))
            : `${fill(path)}?${new URLSearchParams({ [parameter.name]: bad })}`;
        const response = await t.app.inject({ url });
        const where = `${op.operationId} ${parameter.name}=${bad}`;
        expect(response.statusCode, where).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, where).toBeLessThan(500);
        expect(Object.keys(op.responses), where).toContain(String(response.statusCode));
        expect(response.headers['content-type'], where).toMatch(/^application\/problem\+json/);
        const problem = response.json() as { status: number; errors?: { parameter?: string }[] };
        expect(problem.status, where).toBe(response.statusCode);
        if (response.statusCode === 400)
          expect(
            problem.errors?.map((e) => e.parameter),
            where,
          ).toContain(parameter.name);
        expect(validateBody(path, String(response.statusCode), 'application/problem+json', problem), where).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});
