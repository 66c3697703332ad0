/** An OpenAPI document, as far as its component schemas go. */
export type OpenApiDocument = { paths?: unknown; components?: { schemas?: Record<string, unknown> } };

/**
 * The zod registry yields an input and an output component for every named schema; keep only
 * the ones some operation references, so the spec has no unused `*Input` twins, in name order.
 */
export function pruneUnusedComponents<T extends object>(input: T): T {
  const document = input as OpenApiDocument;
  const schemas = document.components?.schemas ?? {};
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
          const name = value.slice('#/components/schemas/'.length);
          if (!used.has(name)) {
            used.add(name);
            visit(schemas[name]);
          }
        } else visit(value);
      }
    }
  };
  visit(document.paths);
  // By name, not in the registry's order: that is the order modules happened to be imported in,
  // which differs between `npm run openapi:generate` and a process that imported others first.
  const kept = Object.fromEntries(
    Object.entries(schemas)
      .filter(([name]) => used.has(name))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return { ...document, components: { ...document.components, schemas: kept } } as T;
}
