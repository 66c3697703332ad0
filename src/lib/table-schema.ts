import { z } from 'zod';

/**
 * Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/) for the CSV of a
 * resource, derived from the item schema the API serves, so the file and its schema cannot
 * drift from the JSON: the same dotted columns as `csvColumns`, their types, the vocabulary's
 * values as enum constraints, the schema's descriptions.
 */
export type TableField = {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'datetime';
  format?: string;
  description?: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; unique?: boolean };
};

export type ForeignKey = { fields: string; reference: { resource: string; fields: string } };

export type TableSchema = {
  fields: TableField[];
  primaryKey: string;
  /** Absent when the table references none (the profile wants a non-empty list when present). */
  foreignKeys?: ForeignKey[];
  missingValues: string[];
};

/** Full timestamps the API writes as ISO 8601 UTC with milliseconds (toISOString). */
const TIMESTAMP_FIELDS = new Set(['createdAt', 'updatedAt', 'retrievedAt', 'publishedAt']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Column = { name: string; leaf: z.ZodType; required: boolean; description: string | undefined };

function unwrap(schema: z.ZodType): { inner: z.ZodType; nullable: boolean } {
  let inner = schema;
  let nullable = false;
  while (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional) {
    nullable = true;
    inner = inner.unwrap() as z.ZodType;
  }
  return { inner, nullable };
}

/** The leaves of an object schema, in `csvColumns` order, with what the path above them says. */
function columns(schema: z.ZodType, prefix: string, required: boolean, described: string | undefined): Column[] {
  const { inner, nullable } = unwrap(schema);
  const description = schema.description ?? inner.description ?? described;
  if (!(inner instanceof z.ZodObject)) return [{ name: prefix, leaf: inner, required: required && !nullable, description }];
  return Object.entries(inner.shape).flatMap(([key, child]) =>
    columns(
      child as z.ZodType,
      prefix === '' ? key : `${prefix}.${key}`,
      required && !nullable,
      prefix === '' ? undefined : description,
    ),
  );
}

function field(column: Column): TableField {
  const { name, leaf, required } = column;
  const last = name.slice(name.lastIndexOf('.') + 1);
  const constraints: NonNullable<TableField['constraints']> = required ? { required: true } : {};
  let description = column.description;
  let out: TableField;
  if (leaf instanceof z.ZodEnum) {
    out = { name, type: 'string', constraints: { ...constraints, enum: leaf.options.map(String) } };
  } else if (leaf instanceof z.ZodLiteral) {
    out = { name, type: 'string', constraints: { ...constraints, enum: [...leaf.values].map(String) } };
  } else if (leaf instanceof z.ZodArray) {
    // Lists are joined with "; " in the CSV, as in the API's CSV exports (see flatten).
    const element = unwrap(leaf.element as z.ZodType).inner;
    if (element instanceof z.ZodEnum) {
      const one = `(?:${element.options.map((o) => escape(String(o))).join('|')})`;
      out = { name, type: 'string', constraints: { ...constraints, pattern: `${one}(?:; ${one})*` } };
      description = `${description ?? 'A list'}. Values separated by "; ", each one of: ${element.options.join(', ')}`;
    } else {
      out = { name, type: 'string', constraints };
      const each = element instanceof z.ZodObject ? 'each a JSON object' : 'each a value';
      description = `${description ?? 'A list'}. Items separated by "; ", ${each}; empty when there are none`;
      // An empty list is an empty cell, which a required field would refuse.
      delete out.constraints?.required;
    }
  } else if (leaf instanceof z.ZodNumber) {
    out = { name, type: leaf.isInt ? 'integer' : 'number', constraints };
  } else if (leaf instanceof z.ZodBoolean) {
    out = { name, type: 'boolean', trueValues: ['true'], falseValues: ['false'], constraints };
  } else if (TIMESTAMP_FIELDS.has(last)) {
    out = { name, type: 'datetime', format: 'any', constraints };
    description = `${description === undefined ? '' : `${description}. `}ISO 8601 in UTC, with milliseconds`;
  } else {
    out = { name, type: 'string', constraints };
    if (last === 'url') out.format = 'uri';
  }
  if (description !== undefined) out.description = description;
  if (out.constraints !== undefined && Object.keys(out.constraints).length === 0) delete out.constraints;
  return out;
}

/**
 * The Table Schema of an item schema's CSV. Foreign keys name dotted columns (`country.code`);
 * the columns must exist, or this throws, so a renamed field cannot leave a dangling key.
 */
export function tableSchema(item: z.ZodType, keys: { primaryKey: string; foreignKeys: ForeignKey[] }): TableSchema {
  const fields = columns(item, '', true, undefined).map(field);
  const names = new Set(fields.map((f) => f.name));
  for (const name of [keys.primaryKey, ...keys.foreignKeys.map((k) => k.fields)]) {
    if (!names.has(name)) throw new Error(`table schema: no column "${name}"`);
  }
  return {
    fields,
    primaryKey: keys.primaryKey,
    ...(keys.foreignKeys.length === 0 ? {} : { foreignKeys: keys.foreignKeys }),
    missingValues: [''],
  };
}

/** Foreign keys from every `….sourceId` column (where a field's basis names its source) to sources. */
export function basisSourceKeys(item: z.ZodType): ForeignKey[] {
  return columns(item, '', true, undefined)
    .filter((c) => c.name.endsWith('.sourceId'))
    .map((c) => ({ fields: c.name, reference: { resource: 'sources', fields: 'id' } }));
}
