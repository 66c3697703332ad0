import { z } from 'zod';
import { LOCALES } from '../i18n/index.js';
import { ASSET_FILES } from '../pages/assets.js';
import { claimListQuery } from './claim.js';
import { slugParam } from './common.js';
import { tradeFigureListQuery } from './trade-figure.js';

/** Query parameters every page takes. */
const lang = z
  .enum(LOCALES)
  .optional()
  .describe('Interface language. Without it, Accept-Language decides (English when it names neither); links keep it.')
  .meta({ example: 'fr' });

export const pageQuery = z.strictObject({ lang });

/** `/claims`: the API list's filters, sort and cursor (exports are the API's, linked from the page). */
export const claimsPageQuery = claimListQuery.omit({ format: true, facet: true }).extend({ lang });
export type ClaimsPageQuery = z.infer<typeof claimsPageQuery>;

/** `/trade-figures`: the API list's filters, sort and cursors; a page's figures are drawn and listed. */
export const tradeFiguresPageQuery = tradeFigureListQuery.omit({ format: true, facet: true }).extend({ lang });
export type TradeFiguresPageQuery = z.infer<typeof tradeFiguresPageQuery>;

export const sourcePageQuery = z.strictObject({
  lang,
  claim: slugParam.optional().describe('A claim whose passage the page highlights and says it came for').meta({
    example: 'kp-offered-100000-soldiers',
  }),
  figure: slugParam.optional().describe('A trade figure whose passage the page highlights'),
});

export const assetParams = z.strictObject({
  file: z.enum(ASSET_FILES).describe('The stylesheet, the script or the icon the pages use'),
});
export const assetQuery = z.strictObject({
  v: z
    .string()
    .max(64)
    .optional()
    .describe('Content version the pages link with; when it is current the file may be kept for a year'),
});

/** A server-rendered page; its body is described as text/html in the spec (see the swagger plugin). */
export const htmlPage = z.string().describe('An HTML page, readable without JavaScript');
export const assetBody = z.string().describe('The file');

/** Media types of the pages, for the spec. */
export const PAGE_MEDIA = ['text/html'];
export const ASSET_MEDIA = ['text/css', 'text/javascript', 'image/svg+xml'];
