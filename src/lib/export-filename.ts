import { hash } from 'node:crypto';

/** Query parameters that shape the download, not which rows it holds: they stay out of its name. */
const PRESENTATION_PARAMS = new Set(['format', 'bom', 'limit', 'cursor', 'facet', 'sort']);

/** Longest file name stem (before the extension); longer ones are cut and keep a hash of the whole. */
export const MAX_FILENAME_STEM = 100;

/** A name part in characters every file system and Content-Disposition parser takes: letters, digits, `.`, `_`, `-`. */
function safePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9._]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/**
 * The file name of an export (without its extension), after the resource and the filters that chose its rows:
 * `/v1/claims?country=KP` and `/v1/countries/KP/claims` are both `claims-country-KP`. Filters
 * from the path come first, then the query's in name order (so the order they were written in
 * does not change the name); presentation parameters (format, bom, sort, ...) are left out.
 */
export function exportFilename(resource: string, url: string, pathFilters: Record<string, string> = {}): string {
  const q = url.indexOf('?');
  const query = new URLSearchParams(q === -1 ? '' : url.slice(q + 1));
  const filters = [
    ...Object.entries(pathFilters),
    ...[...query.entries()].filter(([name]) => !PRESENTATION_PARAMS.has(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ];
  const parts = [
    safePart(resource),
    ...filters
      .map(([name, value]) => [safePart(name), safePart(value)])
      .flatMap(([name, value]) => (value === '' ? [] : [name, value])),
  ].filter((p) => p !== '');
  let stem = parts.join('-');
  if (stem.length > MAX_FILENAME_STEM) {
    // Two long filters that share a prefix must not share a name.
    const digest = hash('sha256', stem, 'hex').slice(0, 8);
    stem = `${stem.slice(0, MAX_FILENAME_STEM - digest.length - 1).replace(/[-.]+$/, '')}-${digest}`;
  }
  return stem;
}
