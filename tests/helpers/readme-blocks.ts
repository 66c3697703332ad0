/**
 * The README's shell blocks, as tests/docs/readme.test.ts runs them. A block is run as pasted
 * unless the HTML comment before it says otherwise:
 *   <!-- readme-test: server -->   its last line starts the service: run in the background,
 *                                  after stopping the server of an earlier block (Ctrl-C), and
 *                                  waited for until /ready answers; the lines before it run first
 *   <!-- readme-test: not run -->  not run; the README must say so, visibly, in a line starting
 *                                  "Not run by the README test" between the comment and the block
 * A comment `# → NNN …` (or `# → HTTP/1.1 NNN …`) after a command promises that status.
 */

export type BlockMode = 'run' | 'server' | 'not run';

export type ShellBlock = {
  /** 1-based line of the opening fence. */
  line: number;
  code: string;
  mode: BlockMode;
  /** The visible "Not run by the README test: …" sentence, for blocks not run. */
  notRunReason?: string;
  /** Statuses promised by `# → NNN` comments, in order. */
  promises: number[];
};

const SHELLS = new Set(['bash', 'sh', 'shell']);
const MARKER = /<!--\s*readme-test:\s*([a-z ]+?)\s*-->/g;

export class ReadmeFormatError extends Error {}

export function shellBlocks(markdown: string): ShellBlock[] {
  const blocks: ShellBlock[] = [];
  const fence = /^```([\w-]*)\n([\s\S]*?)^```$/gm;
  let gapStart = 0;
  for (const match of markdown.matchAll(fence)) {
    const start = match.index;
    const gap = markdown.slice(gapStart, start);
    gapStart = start + match[0].length;
    const lang = match[1] ?? '';
    const code = match[2] ?? '';
    const line = markdown.slice(0, start).split('\n').length;
    const markers = [...gap.matchAll(MARKER)];
    if (!SHELLS.has(lang)) {
      if (markers.length > 0) throw new ReadmeFormatError(`line ${line}: a readme-test marker before a ${lang || 'plain'} block`);
      continue;
    }
    if (markers.length > 1) throw new ReadmeFormatError(`line ${line}: more than one readme-test marker`);
    const marker = markers[0];
    let mode: BlockMode = 'run';
    let notRunReason: string | undefined;
    if (marker !== undefined) {
      const kind = marker[1];
      if (kind === 'server') mode = 'server';
      else if (kind === 'not run') {
        mode = 'not run';
        const after = gap.slice((marker.index ?? 0) + marker[0].length);
        const visible = after
          .split(/\n\s*\n/)
          .map((p) => p.trim().replace(/\s+/g, ' '))
          .find((p) => p.length > 0);
        if (visible === undefined || !/^\W*Not run by the README test\b/.test(visible)) {
          throw new ReadmeFormatError(`line ${line}: a block not run must say so, visibly ("Not run by the README test: why")`);
        }
        notRunReason = visible;
      } else throw new ReadmeFormatError(`line ${line}: unknown readme-test marker "${kind}"`);
    }
    const promises = [...code.matchAll(/^\s*#\s*→\s*(?:HTTP\/[\d.]+\s+)?(\d{3})\b/gm)].map((m) => Number(m[1]));
    blocks.push({ line, code, mode, ...(notRunReason === undefined ? {} : { notRunReason }), promises });
  }
  return blocks;
}

/** Statuses seen in a block's output: curl -i status lines, and `-w '%{http_code} …'` lines. */
export function statusesIn(output: string): number[] {
  return [...output.matchAll(/^(?:HTTP\/[\d.]+ (\d{3})\b|(\d{3})(?= \/|\s*$))/gm)].map((m) => Number(m[1] ?? m[2]));
}

/** Whether `promised` appears in `seen` in order (other statuses may come between). */
export function inOrder(promised: number[], seen: number[]): boolean {
  let at = 0;
  for (const status of seen) if (status === promised[at]) at += 1;
  return at === promised.length;
}

/**
 * One bash script running the blocks in order in one shell, as one terminal session would
 * (variables carry over). The harness's own lines only print a delimiter per block, start and
 * stop servers, and wait for /ready; every line of a block is the README's.
 */
export function harness(blocks: ShellBlock[], origin: string, workDir: string): string {
  const lines = [
    'set -eo pipefail',
    // Job control: each server runs in a process group of its own, which Ctrl-C (SIGINT) stops whole.
    'set -m',
    'readme_test_server=""',
    'readme_test_stop() {',
    '  [ -n "$readme_test_server" ] || return 0',
    '  kill -INT -- "-$readme_test_server" 2>/dev/null || true',
    '  for _ in $(seq 1 60); do kill -0 "$readme_test_server" 2>/dev/null || break; sleep 0.25; done',
    '  kill -KILL -- "-$readme_test_server" 2>/dev/null || true',
    '  wait "$readme_test_server" 2>/dev/null || true',
    '  readme_test_server=""',
    '}',
    'trap readme_test_stop EXIT',
    'readme_test_wait_ready() {',
    '  for _ in $(seq 1 600); do',
    `    if [ "$(curl -s -o /dev/null -w '%{http_code}' '${origin}/ready' || true)" = 200 ]; then return 0; fi`,
    '    if ! kill -0 "$readme_test_server" 2>/dev/null; then',
    '      echo "the server exited before /ready answered 200; its output:"; cat "$1"; return 1',
    '    fi',
    '    sleep 0.5',
    '  done',
    '  echo "/ready did not answer 200 within 300 s; the server said:"; cat "$1"; return 1',
    '}',
  ];
  blocks.forEach((block, index) => {
    if (block.mode === 'not run') return;
    lines.push(`printf '\\n@@readme-test block %s@@\\n' ${index}`);
    const code = block.code.replaceAll('http://127.0.0.1:3000', origin).replace(/\n+$/, '');
    if (block.mode === 'run') {
      lines.push(code);
      return;
    }
    const codeLines = code.split('\n');
    const startAt = codeLines.findLastIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
    const log = `${workDir}/server-${index}.log`;
    lines.push('readme_test_stop');
    lines.push(...codeLines.slice(0, startAt));
    lines.push('{', codeLines[startAt] ?? '', `} >'${log}' 2>&1 &`);
    lines.push('readme_test_server=$!', `echo "$readme_test_server" >'${workDir}/server.pgid'`);
    lines.push(`readme_test_wait_ready '${log}'`);
  });
  lines.push(`printf '\\n@@readme-test end@@\\n'`);
  return `${lines.join('\n')}\n`;
}

/** The harness's output cut at its delimiters: what each block printed, by block index. */
export function outputsByBlock(output: string): Map<number, string> {
  const parts = new Map<number, string>();
  const pieces = output.split(/^@@readme-test (block \d+|end)@@$/m);
  for (let i = 1; i < pieces.length; i += 2) {
    const label = pieces[i] ?? '';
    const number = /^block (\d+)$/.exec(label)?.[1];
    if (number !== undefined) parts.set(Number(number), pieces[i + 1] ?? '');
  }
  return parts;
}
