import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './server-process.js';

export type Instruction = { name: string; args: string };

/** The Dockerfile's instructions, comments dropped and `\` continuations joined. */
export function dockerfileInstructions(file = path.join(ROOT, 'Dockerfile')): Instruction[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const instructions: Instruction[] = [];
  let current = '';
  for (const line of lines) {
    if (current === '' && /^\s*(#|$)/.test(line)) continue;
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1)} `;
      continue;
    }
    current += line;
    const match = /^\s*(\w+)\s+([\s\S]*)$/.exec(current);
    if (match?.[1] && match[2] !== undefined) instructions.push({ name: match[1].toUpperCase(), args: match[2].trim() });
    current = '';
  }
  return instructions;
}

/** The instructions of the last stage: what the image runs. */
export function runtimeStage(instructions = dockerfileInstructions()): Instruction[] {
  const from = instructions.map((i) => i.name).lastIndexOf('FROM');
  return instructions.slice(from);
}

/**
 * The runtime stage's CMD as an argv. Only the exec (JSON) form is accepted: the shell form
 * makes /bin/sh PID 1, and sh does not pass SIGTERM on to the server.
 */
export function dockerCmd(stage = runtimeStage()): string[] {
  const cmd = stage.filter((i) => i.name === 'CMD').pop();
  if (cmd === undefined) throw new Error('the Dockerfile has no CMD');
  const argv: unknown = JSON.parse(cmd.args);
  if (!Array.isArray(argv) || !argv.every((a) => typeof a === 'string')) throw new Error(`CMD is not exec form: ${cmd.args}`);
  return argv as string[];
}

/** The runtime stage's ENV settings (the `ENV a=1 b=2` form). */
export function dockerEnv(stage = runtimeStage()): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { args } of stage.filter((i) => i.name === 'ENV')) {
    for (const [, key, value] of args.matchAll(/(\w+)=("[^"]*"|\S+)/g)) {
      if (key && value !== undefined) env[key] = value.replace(/^"|"$/g, '');
    }
  }
  return env;
}
