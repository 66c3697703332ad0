/**
 * The licences, stated once: `GET /v1`, the OpenAPI document's `info.license` and the README
 * all say this (a test holds the README to it). The code is MIT (package.json); the structured
 * data is dedicated to the public domain; the quotes are the cited authors' and are kept only
 * so that each fact can be checked against its source.
 */
export const CODE_LICENSE = 'MIT';
export const DATA_LICENSE = 'CC0-1.0';

/** SPDX expression for the whole: both apply, each to its part (code, data). */
export const LICENSE_EXPRESSION = `${CODE_LICENSE} AND ${DATA_LICENSE}`;

export const LICENSE_STATEMENT =
  `Code: ${CODE_LICENSE}. Data: ${DATA_LICENSE}; the verbatim quotes are short excerpts of the cited sources, ` +
  'kept for verification, and remain their authors’.';

export const LICENSE_URLS = {
  code: 'https://spdx.org/licenses/MIT.html',
  data: 'https://creativecommons.org/publicdomain/zero/1.0/',
} as const;
