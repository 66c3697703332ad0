import type { Repositories } from '../repositories/index.js';
import { leaderListQuery } from '../schemas/leader.js';
import type { LeaderOut } from '../schemas/leader.js';
import type { SourceOut } from '../schemas/source.js';
import { sourceListQuery } from '../schemas/source.js';

const ALL_SOURCES = sourceListQuery.parse({ limit: 100 });
const PEOPLE = leaderListQuery.parse({ limit: 100 });
/** Source texts kept at once; each can be up to 500,000 characters. */
const MAX_TEXTS = 32;

type SourceText = { text: string; sha256: string; language: string };

/**
 * The reads the pages share, over the repositories. Records many pages show (the source a
 * claim quotes, the sources on the home page) are read once per dataset generation, as the
 * repositories' own row caches are: the next write (this process's at once, another's within
 * CACHE_VERSION_CHECK_MS) starts afresh. A source's text cannot change once stored (offsets
 * point into it), so it is kept by id, a bounded number at a time. Everything else passes
 * through.
 */
export function pageReads(repos: Repositories, generation: () => number | null) {
  let at: number | null = null;
  let memo = new Map<string, Promise<unknown>>();
  const texts = new Map<string, SourceText>();

  function once<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = generation();
    if (now === null) return load();
    if (now !== at) {
      at = now;
      memo = new Map();
    }
    let pending = memo.get(key) as Promise<T> | undefined;
    if (pending === undefined) {
      const table = memo;
      pending = load();
      table.set(key, pending);
      pending.catch(() => table.delete(key));
    }
    return pending;
  }

  return {
    repos,
    source: (id: string): Promise<SourceOut | null> => once(`source ${id}`, () => repos.sources.findById(id)),
    sources: async (): Promise<SourceOut[]> => (await once('sources', () => repos.sources.list(ALL_SOURCES))).rows,
    async sourceText(id: string): Promise<SourceText | null> {
      const kept = texts.get(id);
      if (kept !== undefined) return kept;
      const text = await repos.sources.text(id);
      if (text === null) return null;
      if (texts.size >= MAX_TEXTS) texts.delete(texts.keys().next().value as string);
      texts.set(id, text);
      return text;
    },
    /** People by id, from the leaders list (its rows are cached per generation), else one by one. */
    async people(ids: readonly string[]): Promise<LeaderOut[]> {
      if (ids.length === 0) return [];
      const listed = new Map((await repos.leaders.list(PEOPLE)).rows.map((l) => [l.id, l]));
      const found = await Promise.all(ids.map(async (id) => listed.get(id) ?? (await repos.leaders.findById(id))));
      return found.filter((l): l is LeaderOut => l !== null);
    },
  };
}

export type PageReads = ReturnType<typeof pageReads>;
