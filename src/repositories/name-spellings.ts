import { sql } from '../db/sql.js';
import { nameSpellings, NO_SPELLINGS, type Spellings } from '../lib/search.js';
import type { Reads } from './sql-list/index.js';

const NAMES = sql(`SELECT "name", "nameSource" FROM "Leader" WHERE "nameSource" IS NOT NULL ORDER BY "id"`);

type NameRow = { name: string; nameSource: string | null };

export type NameSpellings = {
  /** Reads the spellings again if the dataset changed since they were read (one read per generation at a time). */
  fresh(): Promise<Spellings>;
  /** The spellings `fresh` last read, for the synchronous match, ranking and snippet builders. */
  current(): Spellings;
};

/**
 * The recorded spellings of people's names (nameSpellings in src/lib/search.ts), read once per
 * dataset generation: lists and exports call `fresh` before building a search (ListDefinition's
 * `prepare`), so a search, and the response cached for a generation, uses that generation's
 * names.
 */
export function createNameSpellings({ reader, generation }: Reads): NameSpellings {
  let kept: { at: number | null; started: number; spellings: Spellings } = { at: null, started: 0, spellings: NO_SPELLINGS };
  let reading: { at: number | null; done: Promise<Spellings> } | null = null;
  // Reads for two generations can overlap and end in either order: the later one started wins.
  let reads = 0;
  return {
    async fresh() {
      const at = generation.now();
      if (at !== null && at === kept.at) return kept.spellings;
      if (reading !== null && reading.at === at) return reading.done;
      const started = (reads += 1);
      const done = (async () => {
        const spellings = nameSpellings(await reader.all<NameRow>(NAMES));
        if (started > kept.started) kept = { at, started, spellings };
        return spellings;
      })();
      reading = { at, done };
      try {
        return await done;
      } finally {
        if (reading?.done === done) reading = null;
      }
    },
    current: () => kept.spellings,
  };
}
