import path from 'node:path';
import { z } from 'zod';
import { databaseEngine, isPostgresUrl, sqlitePath, type DatabaseEngine } from './db/engine.js';

/**
 * The response cache's default budget. A full cache costs about its budget in resident memory
 * (36 MB for 32 in the bench's memory run), and the process's peak under load is to stay under
 * 200 MB with it full: 16 MB still holds a few thousand rendered responses.
 */
export const DEFAULT_RESPONSE_CACHE_MB = 16;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const commaList = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part.length > 0),
  );

/** One schema over process.env, parsed once at start; anything invalid stops the process. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce
    .number({ error: 'PORT must be a number' })
    .int('PORT must be an integer')
    .min(0, 'PORT must be between 0 and 65535')
    .max(65535, 'PORT must be between 0 and 65535')
    .default(3000),
  DATABASE_URL: z
    .string()
    .default('file:./data/app.db')
    .refine((url) => /^file:.+/.test(url) || isPostgresUrl(url), {
      message:
        'DATABASE_URL must be a SQLite file URL such as file:./data/app.db or a PostgreSQL URL such as postgresql://user@host:5432/db',
    }),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  CORS_ORIGINS: commaList,
  API_KEYS: z
    .string()
    .default('')
    .transform((s, ctx) => {
      const keys: { name: string; key: string }[] = [];
      for (const pair of s
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p.length > 0)) {
        const at = pair.indexOf(':');
        const name = pair.slice(0, at);
        const key = pair.slice(at + 1);
        if (at <= 0 || !/^[A-Za-z0-9_.-]{1,64}$/.test(name) || key.length < 16) {
          ctx.addIssue({
            code: 'custom',
            message: 'API_KEYS must be a comma list of name:key pairs, keys at least 16 characters',
          });
          return z.NEVER;
        }
        keys.push({ name, key });
      }
      return keys;
    }),
  RATE_LIMIT_MAX: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().positive().default(60_000),
  AUTH_FAILURE_LIMIT: z.coerce.number().int().min(1).default(10),
  TRUST_PROXY: commaList,
  REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  CONNECTION_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).default(1_000),
  MAX_RSS_BYTES: z.coerce.number().int().min(0).default(0),
  OPENAPI_SERVERS: commaList,
  PUBLIC_BASE_URL: z
    .url({ protocol: /^https?$/, error: 'PUBLIC_BASE_URL must be an http(s) URL such as https://allies.example.org' })
    .refine((url) => !/[?#]/.test(url), { message: 'PUBLIC_BASE_URL must have no query or fragment' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  CURSOR_SECRET: z.string().min(16, 'CURSOR_SECRET must be at least 16 characters').default('allies-api-development-cursor-key'),
  // 16 MiB: a full cache costs about 1.4x its budget in RSS (the bodies, their keys and headers,
  // and the heap garbage of filling it), and at 32 MiB the process read 223-234 MB under load
  // against issue 22's 200 MB; the warm reads the bench times are a few dozen entries either way.
  RESPONSE_CACHE_MB: z.coerce
    .number({ error: 'RESPONSE_CACHE_MB must be a number' })
    .min(0, 'RESPONSE_CACHE_MB must be 0 or more')
    .default(DEFAULT_RESPONSE_CACHE_MB),
  CACHE_VERSION_CHECK_MS: z.coerce.number().min(0).default(1),
  SEARCH_THREAD_MIN_MB: z.coerce
    .number({ error: 'SEARCH_THREAD_MIN_MB must be a number of megabytes' })
    .min(0, 'SEARCH_THREAD_MIN_MB must be 0 or more')
    .default(32),
  WRITER_THREAD: z.enum(['worker', 'main'], { error: 'WRITER_THREAD must be worker or main' }).default('worker'),
  WRITE_BATCH_MAX: z.coerce
    .number({ error: 'WRITE_BATCH_MAX must be a number' })
    .int('WRITE_BATCH_MAX must be an integer')
    .min(1, 'WRITE_BATCH_MAX must be 1 or more')
    .default(64),
  // The writer's thread exits after this long with nothing to write and is started again by the
  // next write: idle, it holds 10-20 MB of RSS (its V8 heap, SQLite page cache, malloc arena) that
  // a read-only load never uses (issue 22's peak-RSS target). 0 keeps it for the process's life.
  WRITER_IDLE_MS: z.coerce
    .number({ error: 'WRITER_IDLE_MS must be a number' })
    .int('WRITER_IDLE_MS must be an integer')
    .min(0, 'WRITER_IDLE_MS must be 0 or more')
    .default(10000),
  DOWNLOADS_DIR: z.string().min(1).optional(),
});

export type Config = {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string;
  /** Which engine DATABASE_URL names: a `file:` URL is SQLite, `postgres(ql)://` PostgreSQL. */
  databaseEngine: DatabaseEngine;
  logLevel: (typeof LOG_LEVELS)[number];
  corsOrigins: string[];
  /** Curators' keys for the write API, by name; only their SHA-256 digests are kept after start. */
  apiKeys: { name: string; key: string }[];
  rateLimit: { max: number; windowMs: number; authFailures: number };
  /** Proxy addresses whose X-Forwarded-For is believed; empty: none. */
  trustProxy: string[];
  timeouts: { requestMs: number; connectionMs: number; keepAliveMs: number };
  bodyLimitBytes: number;
  pressure: { maxEventLoopDelayMs: number; maxRssBytes: number };
  /** Signs pagination cursors; set it in production so cursors cannot be forged. */
  cursorSecret: string;
  /** `servers` of the OpenAPI document; empty means the relative URL of this server. */
  openapiServers: string[];
  /**
   * Where the API is reached from outside, without a trailing slash, for every absolute link it
   * emits (JSON-LD ids, Atom links, citations, download URLs); '' when unset, and links stay relative.
   */
  publicBaseUrl: string;
  /** Memory budget of the response cache for hot reads, in MiB; 0 turns it off. */
  responseCacheMb: number;
  /**
   * How long the response cache trusts its last read of the dataset version before reading it
   * again; bounds how late it sees a commit made by another process (the API's own writes are
   * seen at once).
   */
  cacheVersionCheckMs: number;
  /** SQLite: searches read on a thread of their own once the database file is at least this large (MB). */
  searchThreadMinMb: number;
  /**
   * The single writer: on a thread of its own (`worker`, the default) or on the main thread, and
   * how many queued writes it commits in one transaction (1: one commit per write).
   */
  writer: { thread: 'worker' | 'main'; maxBatch: number; idleMs: number | undefined };
  /**
   * Where the downloads' files are written, a folder per dataset version (src/lib/download-store.ts),
   * so they are served from disk. By default beside a SQLite database (`data/app.db` →
   * `data/app-downloads`), kept across restarts; on PostgreSQL, null: a folder of the process's
   * own under the system's temporary folder, removed at close. Instances that share one
   * (PostgreSQL scale-out) share the builds.
   */
  downloadsDir: string | null;
};

/** Beside a SQLite database, named after it; null on PostgreSQL. */
function defaultDownloadsDir(databaseUrl: string): string | null {
  if (databaseEngine(databaseUrl) !== 'sqlite') return null;
  const file = sqlitePath(databaseUrl);
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))}-downloads`);
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Empty strings count as unset, so `PORT= npm start` behaves like no PORT at all. */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'env'}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    databaseEngine: databaseEngine(e.DATABASE_URL),
    logLevel: e.LOG_LEVEL,
    corsOrigins: e.CORS_ORIGINS,
    apiKeys: e.API_KEYS,
    rateLimit: { max: e.RATE_LIMIT_MAX, windowMs: e.RATE_LIMIT_WINDOW_MS, authFailures: e.AUTH_FAILURE_LIMIT },
    trustProxy: e.TRUST_PROXY,
    timeouts: { requestMs: e.REQUEST_TIMEOUT_MS, connectionMs: e.CONNECTION_TIMEOUT_MS, keepAliveMs: e.KEEP_ALIVE_TIMEOUT_MS },
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    pressure: { maxEventLoopDelayMs: e.MAX_EVENT_LOOP_DELAY_MS, maxRssBytes: e.MAX_RSS_BYTES },
    cursorSecret: e.CURSOR_SECRET,
    openapiServers: e.OPENAPI_SERVERS,
    publicBaseUrl: e.PUBLIC_BASE_URL ?? '',
    responseCacheMb: e.RESPONSE_CACHE_MB,
    cacheVersionCheckMs: e.CACHE_VERSION_CHECK_MS,
    searchThreadMinMb: e.SEARCH_THREAD_MIN_MB,
    writer: {
      thread: e.WRITER_THREAD,
      maxBatch: e.WRITE_BATCH_MAX,
      idleMs: e.WRITER_IDLE_MS === 0 ? undefined : e.WRITER_IDLE_MS,
    },
    downloadsDir: e.DOWNLOADS_DIR ?? defaultDownloadsDir(e.DATABASE_URL),
  };
}
