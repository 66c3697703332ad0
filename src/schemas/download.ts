import { z } from 'zod';
import { PACKAGE_RESOURCE_NAMES } from '../lib/data-package.js';

export const DOWNLOAD_FORMATS = ['datapackage', 'zip', 'csv', 'ndjson', 'sqlite'] as const;

export const downloadFileSchema = z
  .object({
    url: z.string().describe('Where to fetch it (absolute when PUBLIC_BASE_URL is set)'),
    filename: z.string().describe('The name it is saved as: carries the dataset version'),
    format: z
      .enum(DOWNLOAD_FORMATS)
      .describe(
        'datapackage: the Frictionless descriptor; zip: descriptor and CSVs in one file; csv, ndjson: one resource; sqlite: the whole database',
      ),
    mediaType: z.string(),
    resource: z.enum(PACKAGE_RESOURCE_NAMES).nullable().describe('The resource a CSV or NDJSON file holds; null for the others'),
    bytes: z.number().int().nonnegative(),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('SHA-256 of the file’s bytes, hex: the same dataset version always gives the same bytes'),
  })
  .meta({ id: 'DownloadFile' });

export const downloadListSchema = z
  .object({
    version: z.number().int().describe('The dataset version every file was built from'),
    updatedAt: z.string().describe('When that version was made'),
    files: z.array(downloadFileSchema),
  })
  .meta({ id: 'DownloadList' });

const tableFieldSchema = z.looseObject({
  name: z.string(),
  type: z.enum(['string', 'integer', 'number', 'boolean', 'datetime']),
  format: z.string().optional(),
  description: z.string().optional(),
  constraints: z
    .looseObject({ required: z.boolean().optional(), enum: z.array(z.string()).optional(), pattern: z.string().optional() })
    .optional(),
});

export const dataPackageSchema = z
  .looseObject({
    profile: z.literal('tabular-data-package'),
    name: z.string(),
    title: z.string(),
    version: z.string().describe('The dataset version'),
    created: z.string(),
    licenses: z.array(z.looseObject({ name: z.string(), path: z.string() })),
    resources: z.array(
      z.looseObject({
        name: z.enum(PACKAGE_RESOURCE_NAMES),
        path: z.string().describe('Relative to the descriptor, here and inside the zip'),
        hash: z.string().describe('sha256:<hex> of the CSV'),
        schema: z.looseObject({
          fields: z.array(tableFieldSchema),
          primaryKey: z.string(),
          foreignKeys: z.optional(
            z.array(
              z.looseObject({ fields: z.string(), reference: z.looseObject({ resource: z.string(), fields: z.string() }) }),
            ),
          ),
        }),
      }),
    ),
  })
  .meta({
    id: 'DataPackage',
    description: 'Frictionless Data Package descriptor (tabular-data-package profile) with a Table Schema per resource',
  });

export const csvFileParams = z.strictObject({
  file: z.enum(PACKAGE_RESOURCE_NAMES.map((name) => `${name}.csv`) as [string, ...string[]]).describe('A resource’s CSV file'),
});

export const ndjsonFileParams = z.strictObject({
  file: z
    .enum(PACKAGE_RESOURCE_NAMES.map((name) => `${name}.ndjson`) as [string, ...string[]])
    .describe('A resource’s NDJSON file'),
});

export const snapshotParams = z.strictObject({
  version: z.coerce
    .number()
    .int('must be a whole number')
    .min(0, 'must be a dataset version, 0 or more')
    .describe('Dataset version'),
});

export const binaryBody = z.string().describe('The file’s bytes');
