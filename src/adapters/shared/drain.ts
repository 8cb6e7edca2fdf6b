/**
 * Waiting for work in flight at shutdown, bounded. Work can still be added while waiting (a request acknowledged
 * just before the listener closed gets its "restarting" reply), so this waits until the set is empty, not
 * for a snapshot of it. Resolves true when everything finished, false when `ms` ran out first.
 */
export async function drainAll(inFlight: ReadonlySet<Promise<unknown>>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  let timer: NodeJS.Timeout | undefined;
  try {
    while (inFlight.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      const timeout = new Promise<void>((r) => {
        timer = setTimeout(r, left);
      });
      await Promise.race([Promise.allSettled([...inFlight]), timeout]);
      clearTimeout(timer);
    }
    return true;
  } finally {
    clearTimeout(timer);
  }
}

/** Adds `work` to `inFlight` until it settles (a failure is the caller's to log: it is swallowed here). */
export function track(
  inFlight: Set<Promise<unknown>>,
  work: Promise<unknown>,
  onError: (err: unknown) => void,
): Promise<void> {
  const p: Promise<void> = work.then(
    () => undefined,
    (err: unknown) => onError(err),
  );
  inFlight.add(p);
  void p.finally(() => inFlight.delete(p));
  return p;
}
