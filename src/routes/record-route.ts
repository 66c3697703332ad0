import type { FastifyReply } from 'fastify';
import { notFound } from '../lib/problem.js';

/**
 * The record a GET names, or a 404 naming `what`. Its version goes on the reply, so its ETag is
 * "v<version>-<hash>" (src/plugins/app/http-caching.ts), which a curator's If-Match names.
 */
export function foundRecord<T extends { version: number }>(reply: FastifyReply, record: T | null, what: string): T {
  if (record === null) throw notFound(what);
  reply.recordVersion = record.version;
  return record;
}
