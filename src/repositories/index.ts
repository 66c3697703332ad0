import type { CursorCodec } from '../lib/cursor.js';
import { createRevisionRepository } from './revision-repository.js';
import { createClaimRepository } from './claim-repository.js';
import { createCountryRepository } from './country-repository.js';
import { createLeaderRepository } from './leader-repository.js';
import { createMetaRepository } from './meta-repository.js';
import { createNameSpellings } from './name-spellings.js';
import { createSourceRepository } from './source-repository.js';
import type { Reads } from './sql-list/index.js';
import { createTradeFigureRepository } from './trade-figure-repository.js';
import type { WriteDeps } from './versioned.js';

export function createRepositories(reads: Reads, codec: CursorCodec, writer: WriteDeps['writer']) {
  const deps: WriteDeps = { writer };
  const leaders = createLeaderRepository(reads, codec, deps);
  // Shared by both searches: a search for « Loukachenko » also finds « Lukashenko ».
  const spellings = createNameSpellings(reads);
  const claims = createClaimRepository(reads, codec, deps, spellings);
  const tradeFigures = createTradeFigureRepository(reads, codec, deps, spellings);
  return {
    countries: createCountryRepository(reads, codec, deps, { claims, tradeFigures, leaders }),
    leaders,
    claims,
    tradeFigures,
    sources: createSourceRepository(reads, codec, deps),
    meta: createMetaRepository(reads),
    revisions: createRevisionRepository(reads.reader),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
