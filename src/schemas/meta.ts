import { z } from 'zod';

export const healthSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });

export const readySchema = z
  .object({
    status: z.enum(['ready', 'not_ready']),
    checks: z.object({
      database: z.boolean().describe('A query succeeded'),
      migrations: z.boolean().describe('Every migration in the build is applied'),
      seed: z.boolean().describe('The dataset has been seeded'),
      integrity: z
        .boolean()
        .describe(
          "The database file has not failed SQLite's check of every page (PRAGMA quick_check, run once after start; true while it runs, and on PostgreSQL)",
        ),
    }),
  })
  .meta({ id: 'Ready' });

export const datasetSchema = z
  .object({
    title: z.string(),
    description: z.string(),
    license: z
      .object({
        code: z.string().describe('SPDX identifier of the code’s licence'),
        data: z.string().describe('SPDX identifier of the data’s licence'),
        spdx: z.string().describe('SPDX expression for the whole (the same as the OpenAPI document’s info.license)'),
        statement: z.string().describe('The split in plain words, as info.license.name and the README state it'),
        urls: z.object({ code: z.string(), data: z.string() }),
      })
      .meta({ id: 'License' }),
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
