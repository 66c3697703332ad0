import type { Db } from '../db/client.js';
import type { CursorCodec } from '../lib/cursor.js';
import { createClaimRepository } from './claim-repository.js';
import { createCountryRepository } from './country-repository.js';
import { createLeaderRepository } from './leader-repository.js';
import { createMetaRepository } from './meta-repository.js';
import { createSourceRepository } from './source-repository.js';
import { createTradeFigureRepository } from './trade-figure-repository.js';

export function createRepositories(db: Db, codec: CursorCodec) {
  return {
    countries: createCountryRepository(db, codec),
    leaders: createLeaderRepository(db, codec),
    claims: createClaimRepository(db, codec),
    tradeFigures: createTradeFigureRepository(db, codec),
    sources: createSourceRepository(db, codec),
    meta: createMetaRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
