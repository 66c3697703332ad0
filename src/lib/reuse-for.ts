/**
 * `compute`, but its answer is reused for `ms` after it settles, and callers that arrive while it
 * runs share the one call: however often it is asked, it runs at most once per `ms`.
 */
export function reuseFor<T>(ms: number, compute: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  let settledAt = Number.NEGATIVE_INFINITY;
  return () => {
    if (pending !== null && (settledAt === Number.POSITIVE_INFINITY || performance.now() - settledAt < ms)) return pending;
    settledAt = Number.POSITIVE_INFINITY;
    const running = compute();
    pending = running;
    running.then(
      () => {
        if (pending === running) settledAt = performance.now();
      },
      () => {
        if (pending === running) pending = null;
      },
    );
    return running;
  };
}
