import { Worker } from 'node:worker_threads';

/** The threads this build runs beside the event loop; each is an entry of scripts/build.mjs. */
export type WorkerName = 'write-worker' | 'download-worker' | 'integrity-worker' | 'read-worker';

/**
 * A worker thread of this project: dist/<name>.mjs next to the bundle `npm start` runs, or the
 * TypeScript source under tsx (tests, `npm run dev`). Node 20 does not apply `--import` loaders
 * given in a Worker's execArgv (nodejs/node#47747), so a TypeScript worker is started by a small
 * bootstrap that registers tsx in the thread first.
 */
export function startWorker(name: WorkerName, workerData: unknown): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL(`./${name}.mjs`, here), { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL(`./${name}.ts`, here).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { eval: true, workerData, execArgv: [] });
}
