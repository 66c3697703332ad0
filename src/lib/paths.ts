import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder, found from wherever this code runs: src/ under tsx (tests, scripts) or
 * the bundle in dist/ (`npm start`). Files the app reads at run time are named from here, so
 * the same code works in both places.
 */
function findProjectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === 'allies-api') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the allies-api project folder (its package.json)');
    dir = parent;
  }
}

export const PROJECT_ROOT = findProjectRoot();

export const PACKAGE = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
