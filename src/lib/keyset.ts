import type { CursorValue } from './cursor.js';

export type SortDirection = 'asc' | 'desc';

/** A sortable API field and the column behind it. */
export type SortField = { column: string; nullable: boolean; type: 'string' | 'number' | 'date' };

export type SortKey = SortField & { name: string; direction: SortDirection };

export type Where = Record<string, unknown>;

/**
 * Parses `sort=country,-claimedAt` against a whitelist and appends the primary key as the final
 * tie-breaker so every order is total (required for keyset pagination).
 */
export function parseSort(
  sort: string | undefined,
  fields: Record<string, SortField>,
  defaultSort: string,
  idField = 'id',
): { keys: SortKey[]; unknown: string[] } {
  const raw = (sort ?? defaultSort)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const keys: SortKey[] = [];
  const unknown: string[] = [];
  for (const token of raw) {
    const direction: SortDirection = token.startsWith('-') ? 'desc' : 'asc';
    const name = token.replace(/^[-+]/, '');
    // Own keys only: `sort=__proto__` or `sort=constructor` would otherwise find Object's members.
    const field = Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (field === undefined) unknown.push(name);
    else if (!keys.some((k) => k.name === name)) keys.push({ ...field, name, direction });
  }
  const id = fields[idField];
  if (id !== undefined && !keys.some((k) => k.column === id.column)) keys.push({ ...id, name: idField, direction: 'asc' });
  return { keys, unknown };
}

const orderings = new WeakMap<readonly SortKey[], Record<string, unknown>[]>();

/**
 * Nulls sort first ascending and last descending, the same on SQLite and PostgreSQL. One object
 * per keys array (sortKeys hands out the same array for the same sort), so the SQL delegate can
 * keep the ORDER BY it writes for it.
 */
export function orderBy(keys: SortKey[]): Record<string, unknown>[] {
  let ordering = orderings.get(keys);
  if (ordering === undefined) {
    ordering = keys.map((k) => ({
      [k.column]: k.nullable ? { sort: k.direction, nulls: k.direction === 'asc' ? 'first' : 'last' } : k.direction,
    }));
    orderings.set(keys, ordering);
  }
  return ordering;
}

export function cursorValues(row: Record<string, unknown>, keys: SortKey[]): CursorValue[] {
  return keys.map((k) => {
    const v = row[k.column];
    if (v === null || v === undefined) return null;
    if (v instanceof Date) return v.toISOString();
    return typeof v === 'number' ? v : String(v);
  });
}

function typed(key: SortKey, value: CursorValue): unknown {
  if (value === null) return null;
  if (key.type === 'date') return new Date(String(value));
  if (key.type === 'number') return Number(value);
  return String(value);
}

function strictlyAfter(key: SortKey, value: unknown): Where | null {
  if (key.direction === 'asc') return value === null ? { [key.column]: { not: null } } : { [key.column]: { gt: value } };
  if (value === null) return null;
  return key.nullable ? { OR: [{ [key.column]: { lt: value } }, { [key.column]: null }] } : { [key.column]: { lt: value } };
}

/** Rows strictly after the cursor position in the given order. */
export function keysetWhere(keys: SortKey[], values: CursorValue[]): Where {
  const typedValues = keys.map((k, i) => typed(k, values[i] ?? null));
  const branches: Where[] = [];
  keys.forEach((key, i) => {
    const after = strictlyAfter(key, typedValues[i]);
    if (after === null) return;
    const equal = keys.slice(0, i).map((prev, j) => ({ [prev.column]: typedValues[j] }));
    branches.push({ AND: [...equal, after] });
  });
  return { OR: branches };
}

export class UnknownSortFieldError extends Error {
  override name = 'UnknownSortFieldError';
  constructor(
    readonly fields: string[],
    /** The fields this list can be sorted by. */
    readonly allowed: string[] = [],
  ) {
    super(`unknown sort field(s): ${fields.join(', ')}`);
  }
}

/** Distinct valid sort parameters remembered per resource; any more are parsed each time. */
const MAX_PARSED_SORTS = 256;
const parsedSorts = new WeakMap<Record<string, SortField>, Map<string, SortKey[]>>();

/**
 * parseSort that rejects unknown fields instead of ignoring them. Every list request asks, with
 * one of a handful of values, so a valid one's keys are parsed once and shared, frozen.
 */
export function sortKeys(sort: string | undefined, fields: Record<string, SortField>, defaultSort: string): SortKey[] {
  const text = sort ?? defaultSort;
  let parsed = parsedSorts.get(fields);
  if (parsed === undefined) {
    parsed = new Map();
    parsedSorts.set(fields, parsed);
  }
  const known = parsed.get(text);
  if (known !== undefined) return known;
  const { keys, unknown } = parseSort(text, fields, defaultSort);
  if (unknown.length > 0) throw new UnknownSortFieldError(unknown, Object.keys(fields));
  for (const key of keys) Object.freeze(key);
  Object.freeze(keys);
  if (parsed.size < MAX_PARSED_SORTS) parsed.set(text, keys);
  return keys;
}
