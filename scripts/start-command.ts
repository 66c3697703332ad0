import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `npm start`'s command: the environment it sets, then node's arguments. */
export type StartCommand = { env: Record<string, string>; args: string[] };

/**
 * Splits a start script of the form `[NAME=value ...] node [arg ...]`. The test helpers, the
 * bench and the Dockerfile's check all read the command from here, so each runs exactly what a
 * user's `npm start` runs, its environment included. Anything else (quotes, `&&`, another
 * program) is refused rather than half understood.
 */
export function parseStartCommand(script: string): StartCommand {
  const tokens = script.trim().split(/\s+/);
  const env: Record<string, string> = {};
  let i = 0;
  for (; i < tokens.length; i += 1) {
    const match = /^([A-Z_][A-Z0-9_]*)=([^'"`$&|;<>]*)$/.exec(tokens[i] as string);
    if (match === null) break;
    env[match[1] as string] = match[2] as string;
  }
  if (tokens[i] !== 'node') {
    throw new Error(`the start script must be "[NAME=value ...] node [arg ...]", got: ${script}`);
  }
  const args = tokens.slice(i + 1);
  const unsupported = args.find((a) => /['"`$&|;<>]/.test(a));
  if (unsupported !== undefined) throw new Error(`the start script has shell syntax (${unsupported}): ${script}`);
  return { env, args };
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The project's own `npm start`, from package.json. */
export const START_COMMAND: StartCommand = parseStartCommand(
  (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start,
);
