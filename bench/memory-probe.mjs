// Per-thread memory, once a second, for a breakdown of the API's RSS (issue 22): loaded into every
// thread with NODE_OPTIONS="--import ./bench/memory-probe.mjs" RSS_PROBE_OUT=<file> (workers inherit it).
import { isMainThread, threadId } from 'node:worker_threads';
import { appendFileSync } from 'node:fs';
import { setInterval } from 'node:timers';
const out = process.env.RSS_PROBE_OUT;
if (out) {
  setInterval(() => {
    const m = process.memoryUsage();
    const mb = (n) => (n / 1048576).toFixed(1);
    appendFileSync(
      out,
      `${Date.now()} p${process.pid} ${process.argv[1] ?? ''} t${threadId}${isMainThread ? 'main' : ''} rss ${mb(m.rss)} heapTotal ${mb(m.heapTotal)} heapUsed ${mb(m.heapUsed)} external ${mb(m.external)} arrayBuffers ${mb(m.arrayBuffers)}\n`,
    );
  }, 1000).unref();
}
