import { parse } from 'fast-querystring';

/**
 * One spelling for each query: the URL a response is cached under, and the one its `links.self`
 * states, so that equivalent spellings share one response-cache entry and one body.
 *
 * The query is read with the parser Fastify itself uses (fast-querystring, through find-my-way),
 * so two URLs with one canonical form are the same query to the route: percent-encoding, `+`
 * for a space and empty `&` segments are gone; the parameters are in name order; and the value
 * of each comma-list parameter (`country=BY,KP`, `include=claims`: lists whose order means
 * nothing, named by `listParams`) has its items trimmed, without repeats, in order. Nothing else
 * is touched: `sort=-claimedAt,country` keeps its order, `q` its words, and a value the route
 * refuses keeps what makes it refused (an empty list item, a space around a non-list value), so
 * a spelling that would be a 400 never shares a key with one that is a 200. The list schemas
 * (src/schemas/common.ts, `commaList`) trim, drop repeats and sort in the same way, so every
 * spelling gets the same body.
 *
 * The path is left as it is. A URL with a fragment (`#`, which the router would read as the
 * query's start) is left whole.
 */

/** What a name or value may hold as it is: encodeURIComponent's unreserved characters and `,[]:`. */
const PLAIN = /^[\w\-.!~*'(),[\]:]*$/;
const KEPT_ESCAPES = /%(?:2C|5B|5D|3A)/g;
const KEPT: Record<string, string> = { '%2C': ',', '%5B': '[', '%5D': ']', '%3A': ':' };

/** Percent-encoding of a name or value, keeping the characters the API's queries read best with. */
function encode(text: string): string {
  if (PLAIN.test(text)) return text;
  return encodeURIComponent(text).replace(KEPT_ESCAPES, (escape) => KEPT[escape] ?? escape);
}

/** A list value's items, trimmed as the list schemas trim them, without repeats, in order. */
function canonicalList(value: string): string {
  if (!value.includes(',')) return value.trim();
  const items = value.split(',');
  for (let i = 0; i < items.length; i += 1) items[i] = (items[i] as string).trim();
  items.sort();
  let out = items[0] as string;
  for (let i = 1; i < items.length; i += 1) if (items[i] !== items[i - 1]) out += `,${items[i] as string}`;
  return out;
}

/** Name-ordered `name=value` segments of a parsed query; a repeated name keeps its values in the order sent. */
function serialize(query: Record<string, unknown>, listParams: ReadonlySet<string>): string {
  const names = Object.keys(query).sort();
  let out = '';
  for (const name of names) {
    const value = query[name];
    const values = Array.isArray(value) ? (value as unknown[]) : [value];
    for (const one of values) {
      const text = String(one);
      out += `${out === '' ? '' : '&'}${encode(name)}=${encode(!Array.isArray(value) && listParams.has(name) ? canonicalList(text) : text)}`;
    }
  }
  return out;
}

/** The canonical form of `url` (a path and query, as in a request line). */
export function canonicalUrl(url: string, listParams: ReadonlySet<string>): string {
  const at = url.indexOf('?');
  if (at === -1 || url.includes('#')) return url;
  const query = serialize(parse(url.slice(at + 1)), listParams);
  return query === '' ? url.slice(0, at) : `${url.slice(0, at)}?${query}`;
}
