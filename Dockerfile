# Build: install with dev dependencies (compiling better-sqlite3), generate the Prisma clients
# (postinstall) and bundle the server into dist/.
FROM node:24-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary matches.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci
COPY scripts/build.mjs ./scripts/
COPY src ./src
COPY seed ./seed
RUN npm run build

# Production dependencies only, installed afresh rather than pruned (a prune keeps
# better-sqlite3's build objects). Without optional ones: typescript is only prisma's optional
# peer, the others are esbuild's platform binaries (tsx, never run here), fsevents and
# pg-cloudflare. The one native addon is the binary compiled above, so nothing compiles twice.
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --ignore-scripts && npm cache clean --force
COPY --from=build /app/node_modules/better-sqlite3/build/Release/better_sqlite3.node \
  ./node_modules/better-sqlite3/build/Release/better_sqlite3.node

# Runtime: only what runs (the bundle, its packages, the migrations and the seed's texts), owned
# by root; the non-root `node` user can write nothing but the /data volume.
FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    MALLOC_ARENA_MAX=2 \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_URL=file:/data/app.db
WORKDIR /app
COPY package.json prisma.config.ts ./
COPY prisma ./prisma
COPY seed/sources ./seed/sources
COPY src/schemas/examples.json ./src/schemas/examples.json
# The pages' templates and static files are read at run time, as the examples are.
COPY src/pages/templates ./src/pages/templates
COPY src/pages/assets ./src/pages/assets
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1, so SIGTERM reaches the server's graceful shutdown (under `npm start`,
# npm got the signal and the app never did). The same command as `npm start` without its
# prestart build step, which the build stage has done, and with `npm start`'s MALLOC_ARENA_MAX
# set by ENV above.
CMD ["node", "--max-semi-space-size=4", "--heap-growing-percent=20", "dist/server.mjs"]
