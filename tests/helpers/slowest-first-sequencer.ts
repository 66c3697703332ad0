import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest (child servers, a browser, builds, lock and busy timeouts), longest
 * first, from full runs (bench/RESULTS.md, "Test suite time"). Once vitest has timings of its
 * own (node_modules/.vite/vitest) it starts the longest files first anyway; without them (a fresh
 * checkout, CI after `npm ci`) it starts the largest files first, and these, small files most of
 * them, then ended the run one or two at a time while the other workers had nothing left to do.
 */
export const SLOWEST_FILES = [
  'tests/bench/run.test.ts',
  'tests/browser/explorer-accessibility.test.ts',
  'tests/server/startup-log.test.ts',
  'tests/postgres/simultaneous-start.test.ts',
  'tests/docs/readme.test.ts',
  'tests/client/package.test.ts',
  'tests/routes/downloads.test.ts',
  'tests/reliability/fuzz.test.ts',
  'tests/browser/swagger-ui.test.ts',
  'tests/server/server.test.ts',
  'tests/postgres/two-instances.test.ts',
  'tests/reliability/busy-database.test.ts',
  'tests/db/writer-postgres.test.ts',
  'tests/reliability/shutdown-and-crash.test.ts',
  'tests/browser/explorer-journey.test.ts',
  'tests/browser/explorer-escaping.test.ts',
];

/** Vitest's order, except that without its own timings of every file the known slowest go first. */
export class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const relative = (spec: TestSpecification) => path.relative(this.ctx.config.root, spec.moduleId);
    if (sorted.every((spec) => this.ctx.cache.getFileTestResults(`${spec.project.name}:${relative(spec)}`) !== undefined))
      return sorted;
    const rank = (spec: TestSpecification) => {
      const at = SLOWEST_FILES.indexOf(relative(spec));
      return at === -1 ? SLOWEST_FILES.length : at;
    };
    // Project after project, as vitest runs them; within one, a stable sort keeps vitest's order for the rest.
    const projects = [...new Set(sorted.map((spec) => spec.project.name))];
    return projects.flatMap((name) => sorted.filter((spec) => spec.project.name === name).sort((a, b) => rank(a) - rank(b)));
  }
}
