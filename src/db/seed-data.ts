import { fork } from 'node:child_process';
import type { SeedCounts } from '../lib/startup-report.js';

/** What start-up did to the data: the records a first seed inserted, or the corrections applied. */
export type SeedDataResult = { seeded: SeedCounts | null; corrected: number };
export type SeedDataReply = { ok: true; result: SeedDataResult } | { ok: false; message: string };

/** The seed's reply, told from anything else on the IPC channel. */
const isReply = (message: unknown): message is SeedDataReply =>
  typeof message === 'object' && message !== null && typeof (message as { ok?: unknown }).ok === 'boolean';

/**
 * Seeds an empty database, or applies this release's corrections to one an earlier release
 * seeded (seed/seed.ts), through Prisma in a short-lived process of its own (seed-process.ts).
 * Prisma's client and its query compiler cost the server nothing once it is ready: kept on the
 * main thread they held about 40 MB of its RSS for the life of the process, and on a thread that
 * exits about 25 MB stayed behind in the process's malloc arenas.
 */
export async function seedData(databaseUrl: string): Promise<SeedDataResult> {
  const here = import.meta.url;
  const typescript = here.endsWith('.ts');
  const entry = new URL(typescript ? './seed-process.ts' : './seed-process.mjs', here);
  // Under tsx (tests, `npm run dev`) the child loads TypeScript as this process does. It takes
  // none of this process's debugger or watch flags (--inspect-brk would stop it for a debugger),
  // nor --watch's request to report each module it loads over the IPC channel.
  const execArgv = typescript
    ? ['--import', import.meta.resolve('tsx/esm')]
    : process.execArgv.filter((flag) => !/^--(inspect|watch)/.test(flag));
  const { WATCH_REPORT_DEPENDENCIES: _watch, ...env } = process.env;
  const child = fork(entry, [], { env: { ...env, DATABASE_URL: databaseUrl }, execArgv, stdio: 'inherit' });
  const reply = await new Promise<SeedDataReply>((resolve, reject) => {
    child.on('message', (message: unknown) => {
      if (isReply(message)) resolve(message);
    });
    child.once('error', reject);
    // After a reply this rejects nothing: the promise is settled.
    child.once('exit', (code, signal) =>
      reject(new Error(`the seed's process exited (${signal ?? `code ${code}`}) before it finished`)),
    );
  });
  if (!reply.ok) throw new Error(reply.message);
  return reply.result;
}
