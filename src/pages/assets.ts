import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hash } from 'node:crypto';
import { PROJECT_ROOT } from '../lib/paths.js';

/** The explorer's only static files: one stylesheet, one small progressive-enhancement script, an icon. */
export const ASSET_FILES = ['explorer.css', 'explorer.js', 'favicon.svg'] as const;
export type AssetFile = (typeof ASSET_FILES)[number];

export type Asset = { body: string; type: string; version: string; url: string };

const TYPES: Record<AssetFile, string> = {
  'explorer.css': 'text/css; charset=utf-8',
  'explorer.js': 'text/javascript; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
};

function load(file: AssetFile): Asset {
  const body = readFileSync(path.join(PROJECT_ROOT, 'src/pages/assets', file), 'utf8');
  const version = hash('sha256', body, 'base64url').slice(0, 12);
  // The version in the URL changes with the content, so a page can let browsers keep the file.
  return { body, type: TYPES[file], version, url: `/assets/${file}?v=${version}` };
}

export const ASSETS: Record<AssetFile, Asset> = {
  'explorer.css': load('explorer.css'),
  'explorer.js': load('explorer.js'),
  'favicon.svg': load('favicon.svg'),
};
