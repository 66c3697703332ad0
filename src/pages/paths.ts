/**
 * Where the explorer's pages answer: each resource's API path without `/v1`, plus their assets.
 * `/` stands for the root path alone (with or without a query), not every path. The response
 * cache serves these paths and the helmet plugin gives them the pages' headers.
 */
export const PAGE_PREFIXES = ['/', '/countries/', '/claims', '/sources/', '/trade-figures', '/assets/'] as const;

/** Whether `url` (path and query) starts with `prefix`, "/" meaning the root page alone. */
export function underPrefix(url: string, prefix: string): boolean {
  return prefix === '/' ? url === '/' || url.startsWith('/?') : url.startsWith(prefix);
}

export function isPagePath(url: string): boolean {
  return PAGE_PREFIXES.some((prefix) => underPrefix(url, prefix));
}
