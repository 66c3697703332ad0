import { applyCorrections, seed } from '../../seed/seed.js';
import { createPrismaClient } from './client.js';
import type { SeedDataReply } from './seed-data.js';

/** Start-up's seed or corrections (see seedData in seed-data.ts), in a process started for it. */
const send = process.send?.bind(process);
if (send === undefined) throw new Error('seed-process.ts runs as a child process of the server (see src/db/seed-data.ts)');
const databaseUrl = process.env.DATABASE_URL ?? '';

let reply: SeedDataReply;
try {
  const prisma = await createPrismaClient(databaseUrl);
  try {
    reply =
      (await prisma.source.count()) === 0
        ? { ok: true, result: { seeded: (await seed(prisma)).inserted, corrected: 0 } }
        : { ok: true, result: { seeded: null, corrected: await applyCorrections(prisma) } };
  } finally {
    await prisma.$disconnect();
  }
} catch (error) {
  reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
}
send(reply, () => process.disconnect());
