import { z } from 'zod';

/** The JSON Schema of a route's input, and the schema and value at a path in it. */

export type JsonSchema = {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  description?: string;
  default?: unknown;
};

const jsonSchemas = new WeakMap<object, JsonSchema | null>();

/** The input side of a route schema as JSON Schema, computed once per schema; null if it is not a zod schema. */
export function jsonSchemaOf(schema: unknown): JsonSchema | null {
  if (!(schema instanceof z.ZodType)) return null;
  let json = jsonSchemas.get(schema);
  if (json === undefined) {
    try {
      json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    } catch {
      json = null;
    }
    jsonSchemas.set(schema, json);
  }
  return json;
}

export function resolve(schema: JsonSchema | undefined, root: JsonSchema): JsonSchema | undefined {
  let s = schema;
  for (let depth = 0; s?.$ref !== undefined && depth < 10; depth += 1) {
    const name = s.$ref.replace(/^#\/\$defs\//, '');
    s = root.$defs?.[name];
  }
  return s;
}

/** The schema of the value at `path`, following objects, arrays and the branches of unions. */
export function schemaAt(root: JsonSchema, path: readonly string[]): JsonSchema | undefined {
  let s = resolve(root, root);
  for (const key of path) {
    if (s === undefined) return undefined;
    const branches = [s, ...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])].map((b) => resolve(b, root));
    const next =
      branches.find((b) => b?.properties?.[key] !== undefined)?.properties?.[key] ?? branches.find((b) => b?.items)?.items;
    s = resolve(next, root);
  }
  return s;
}

export function valueAt(input: unknown, path: readonly string[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
