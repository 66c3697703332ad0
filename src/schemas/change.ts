import { z } from 'zod';
import { revisionSchema } from './common.js';
import { timestamp } from './dates.js';
import { integerParam } from './query-numbers.js';

export const changesQuery = z.strictObject({
  since: z
    .union([
      z.string().regex(/^\d{1,15}$/, 'must be a change id (meta.nextCursor) or an ISO 8601 timestamp'),
      timestamp({ offset: true }),
    ])
    .optional()
    .describe(
      'A change id from meta.nextCursor (changes after it) or an ISO 8601 timestamp (changes at or after it); omit to start from the beginning',
    ),
  limit: integerParam(1, 1000, 100),
});

export const atomQuery = z.strictObject({ limit: changesQuery.shape.limit });

export const changesResponse = z
  .object({
    data: z.array(revisionSchema),
    meta: z.object({
      limit: z.number().int(),
      nextCursor: z.string().describe('Pass as `since` to continue; stays put when there is nothing new'),
      hasMore: z.boolean(),
    }),
    links: z.object({ self: z.string(), next: z.string() }),
  })
  .meta({ id: 'ChangeFeed' });
