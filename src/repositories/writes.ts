import type { Tx } from '../db/write-tx.js';
import { CLAIM_WRITES } from './claim-record.js';
import { COUNTRY_WRITES } from './country-record.js';
import { LEADER_WRITES } from './leader-record.js';
import type { ResourceType } from './revision-repository.js';
import { SOURCE_WRITES } from './source-record.js';
import { TRADE_FIGURE_WRITES } from './trade-figure-record.js';
import { executeWrite, type AnyResource, type WriteRequest } from './versioned.js';

/**
 * Every versioned resource's write parts, by the name a WriteRequest gives. This module is what
 * the writer's thread loads: the write path without Prisma, the HTTP layer or the read caches.
 */
const RESOURCES: Readonly<Record<ResourceType, AnyResource>> = {
  source: SOURCE_WRITES,
  country: COUNTRY_WRITES,
  leader: LEADER_WRITES,
  claim: CLAIM_WRITES,
  trade_figure: TRADE_FIGURE_WRITES,
};

/** Runs a queued write in the Writer's transaction (see executeWrite). */
export const runWrite = (tx: Tx, request: WriteRequest, datasetVersion: number) =>
  executeWrite(RESOURCES, tx, request, datasetVersion);
