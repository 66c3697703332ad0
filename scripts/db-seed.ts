import { loadConfig } from '../src/config.js';
import { createPrismaClient } from '../src/db/client.js';
import { prepareDatabase } from '../src/db/migrations.js';
import { seed } from '../seed/seed.js';

const config = loadConfig();
prepareDatabase(config.databaseUrl);
const prisma = await createPrismaClient(config.databaseUrl);
try {
  const report = await seed(prisma);
  process.stdout.write(
    `seeded ${config.databaseUrl}: inserted ${JSON.stringify(report.inserted)}, dataset version ${report.datasetVersion}\n`,
  );
} finally {
  await prisma.$disconnect();
}
