import { z } from 'zod';

export const healthSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });

export const readySchema = z
  .object({
    status: z.enum(['ready', 'not_ready']),
    checks: z.object({
      database: z.boolean().describe('A query succeeded'),
      migrations: z.boolean().describe('Every migration in the build is applied'),
      seed: z.boolean().describe('The dataset has been seeded'),
    }),
  })
  .meta({ id: 'Ready' });

export const datasetSchema = z
  .object({
    title: z.string(),
    description: z.string(),
    license: z.object({ code: z.string(), data: z.string() }),
    version: z.number().int().describe('Dataset version; moves with every change to the data'),
    apiVersion: z.string(),
    lastUpdated: z.string(),
    counts: z.object({
      countries: z.number().int(),
      leaders: z.number().int(),
      claims: z.number().int(),
      tradeFigures: z.number().int(),
      sources: z.number().int(),
    }),
    sources: z.array(z.object({ id: z.string(), title: z.string(), url: z.string() })),
    links: z.record(z.string(), z.string()),
  })
  .meta({ id: 'Dataset' });
