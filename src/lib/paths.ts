import { readFileSync } from 'node:fs';
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
    if (packageName(path.join(dir, 'package.json')) === 'allies-api') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the allies-api project folder (its package.json)');
    dir = parent;
  }
}

/**
 * The `name` of a package.json, or undefined when there is none. Read rather than tested with
 * existsSync: access(2) ignores capabilities, so a process that may read the checkout only through
 * CAP_DAC_READ_SEARCH (the server test's stand-in for a container user) would find nothing.
 */
function packageName(file: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR')
      return undefined;
    throw error;
  }
}

export const PROJECT_ROOT = findProjectRoot();

export const PACKAGE = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
