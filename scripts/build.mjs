// Bundles the server into dist/server.mjs, which `npm start` runs, and its threads (the writer,
// the downloads builder, the integrity check, the search reads) and the start-up seed's process into dist/<name>.mjs, which the server starts
// beside itself (src/db/worker-thread.ts). Plain JavaScript, so it runs
// without tsx. Loading ~100 TypeScript modules through tsx's loader hooks (a round trip to a
// loader thread per import on Node 20) was a third of start-up time and tens of MB of memory.
// With --if-stale, it builds only when a source is newer than the bundle. Files a previous build
// left in dist/ that this one did not write (chunks under other hashes) are removed, so dist/ and
// the Docker image hold only what runs. --outdir=<dir> builds elsewhere (the build's own test).
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdirArg = process.argv.find((a) => a.startsWith('--outdir='));
const OUTDIR = outdirArg === undefined ? path.join(ROOT, 'dist') : path.resolve(outdirArg.slice('--outdir='.length));
const ENTRIES = {
  server: 'src/server.ts',
  'write-worker': 'src/db/write-worker.ts',
  'download-worker': 'src/db/download-worker.ts',
  'integrity-worker': 'src/db/integrity-worker.ts',
  'read-worker': 'src/db/read-worker.ts',
  'seed-process': 'src/db/seed-process.ts',
};
const INPUTS = ['src', 'seed', 'package.json', 'prisma/schema.prisma'];

function newest(entry) {
  const stat = statSync(entry, { throwIfNoEntry: false });
  if (stat === undefined) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

const built = Math.min(
  ...Object.keys(ENTRIES).map((name) => statSync(path.join(OUTDIR, `${name}.mjs`), { throwIfNoEntry: false })?.mtimeMs ?? 0),
);
if (process.argv.includes('--if-stale') && built > Math.max(...INPUTS.map((p) => newest(path.join(ROOT, p))))) {
  process.exit(0);
}

const { build } = await import('esbuild');
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: ENTRIES,
  outdir: OUTDIR,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Packages stay in node_modules (native addons, Prisma's engine files); only our code is bundled.
  packages: 'external',
  // Dynamic imports (the PostgreSQL modules) become their own chunks, loaded only when used.
  splitting: true,
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});

const written = new Set(Object.keys(result.metafile.outputs).map((file) => path.resolve(ROOT, file)));
for (const name of readdirSync(OUTDIR)) {
  const file = path.join(OUTDIR, name);
  if (!written.has(file) && statSync(file).isFile()) rmSync(file);
}
