/**
 * Which PostgreSQL failures a write may report as 503 instead of 500, given the text of the
 * error Prisma raised (message, meta and code, as the Writer assembles it).
 *
 * - busy: nothing was written and trying again shortly is safe, so the Writer retries it:
 *   serialization failure (40001, Prisma P2034), deadlock (40P01), lock not available (55P03),
 *   too many connections (53300, P2037), server starting or shutting down (57P03), server not
 *   reachable before anything was sent (P1001, ECONNREFUSED).
 * - unavailable: the connection broke during the transaction (P1017, ECONNRESET, "Connection
 *   terminated", admin shutdown 57P01, crash 57P02, connection failures 08xxx). If COMMIT had
 *   reached the server the write may have happened, so it is not retried blindly.
 *
 * SQLite's codes are the Writer's own business (src/db/writer.ts).
 */
export function postgresStorageFailure(text: string): 'busy' | 'unavailable' | null {
  if (/\b(40001|40P01|55P03|53300|57P03|P2034|P2037|P1001)\b|ECONNREFUSED|TransactionWriteConflict|TooManyConnections/.test(text))
    return 'busy';
  if (
    /\b(P1017|57P01|57P02|08000|08003|08006|08001|08004)\b|ECONNRESET|Connection terminated|ConnectionClosed|terminating connection|Server has closed the connection/i.test(
      text,
    )
  )
    return 'unavailable';
  return null;
}
