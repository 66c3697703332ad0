import { DEFAULT_RESPONSE_CACHE_MB } from '../../src/config.js';
import type { Bench } from '../lib/context.js';
import { runLoad, type cycle } from '../lib/load.js';
import { RssSampler } from '../lib/processes.js';
import { memoryGrowth } from '../lib/stats.js';
import type { Throughput } from './throughput.js';

/**
 * Memory over a steady mixed load on the API the throughput run used, after filling its response
 * cache (a cache growing to its budget is growth by design); `{ skipped: true }` with
 * --memory-duration 0.
 */
export async function runMemory(bench: Bench, { api, endpoints, poolFor }: Throughput): Promise<Record<string, unknown>> {
  const { opts, log } = bench;
  let memory: Record<string, unknown> = { skipped: true };
  if (opts.memoryDuration > 0) {
    const warm = endpoints.filter((e) => e.api.expectStatus === 200).map((e) => e.api.path);
    const cold = endpoints.filter((e) => e.apiCold !== null).map((e) => poolFor(`api-cold:${e.name}`, e.apiCold as string[]));
    let i = 0;
    const next = () => {
      i += 1;
      const pick = Math.floor(i / 2);
      return i % 2 === 0 || cold.length === 0
        ? (warm[pick % warm.length] as string)
        : (cold[pick % cold.length] as ReturnType<typeof cycle>).next();
    };
    // A cache filling up to its budget is growth by design: fill it first, then measure. The
    // cache stores a URL from its second request on, so each cold URL is asked for twice in a
    // row, until about 1.25x the budget has been stored that way (2.5x served), at most
    // memoryFill seconds.
    const budgetMB = opts.cacheMb ?? DEFAULT_RESPONSE_CACHE_MB;
    let filled = 0;
    let fillSeconds = 0;
    if (opts.memoryFill > 0 && cold.length > 0) {
      let j = 0;
      let repeat: string | null = null;
      const coldNext = () => {
        if (repeat !== null) {
          const again = repeat;
          repeat = null;
          return again;
        }
        repeat = (cold[j++ % cold.length] as ReturnType<typeof cycle>).next();
        return repeat;
      };
      const fillStarted = Date.now();
      log(`memory: filling the response cache (${budgetMB} MiB budget) with cold requests, at most ${opts.memoryFill}s`);
      while (filled < budgetMB * 1024 * 1024 * 2.5 && Date.now() - fillStarted < opts.memoryFill * 1000) {
        const chunk = Math.min(5, Math.max(1, opts.memoryFill - (Date.now() - fillStarted) / 1000));
        filled += (
          await runLoad(
            { base: api.url, path: warm[0] ?? '/v1/claims', next: coldNext, expectStatus: 200 },
            chunk,
            opts.connections,
          )
        ).bytes;
      }
      fillSeconds = (Date.now() - fillStarted) / 1000;
    }
    log(`memory: ${opts.memoryDuration}s of mixed warm and cold load on the API`);
    const memorySampler = new RssSampler(api.pid, Math.min(1000, Math.max(100, (opts.memoryDuration * 1000) / 60))).start();
    const m = await runLoad(
      { base: api.url, path: warm[0] ?? '/v1/claims', next, expectStatus: 200 },
      opts.memoryDuration,
      opts.connections,
      api.pid,
    );
    memorySampler.stop();
    const growth = memoryGrowth(memorySampler.samples, opts.memoryDuration);
    memory = {
      seconds: opts.memoryDuration,
      fill: { seconds: fillSeconds, bytesServed: filled, cacheBudgetMB: budgetMB },
      load: { rps: m.rps, p50: m.p50, p99: m.p99, errors: m.errors + m.timeouts, unexpected: m.unexpected },
      ...growth,
      samplesMB: memorySampler.samples.map((s) => [Math.round(s.t * 10) / 10, Math.round((s.rss / 1024 / 1024) * 10) / 10]),
      peakMB: memorySampler.peak / 1024 / 1024,
    };
  }
  return memory;
}
