import fp from 'fastify-plugin';

export type RegisteredRoute = { method: string; url: string; documented: boolean };

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route as registered, so tests can prove the spec documents exactly these. */
    registeredRoutes: RegisteredRoute[];
  }
}

/** Records each route as it is added; plugins that add routes depend on it, so none is missed. */
export default fp(
  async (app) => {
    const registeredRoutes: RegisteredRoute[] = [];
    app.decorate('registeredRoutes', registeredRoutes);
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      const hidden = (route.schema as { hide?: boolean } | undefined)?.hide === true;
      for (const method of methods) registeredRoutes.push({ method, url: route.url, documented: !hidden });
    });
  },
  { name: 'registered-routes' },
);
