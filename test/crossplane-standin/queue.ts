/**
 * A controller-runtime-like work queue: one reconcile per key at a time, a key added while
 * it runs is run once more afterwards, requeues after a delay, and per-key exponential
 * backoff after errors (Crossplane's XR controllers back off from 1 s to 30 s).
 */
export interface Outcome {
  requeueAfterMs?: number;
  /** The reconcile failed; retry with backoff. */
  error?: string;
}

export interface Backoff {
  baseMs: number;
  maxMs: number;
}

export class WorkQueue {
  private readonly handler: (key: string) => Promise<Outcome>;
  private readonly backoff: Backoff;
  private readonly onError: (key: string, error: string) => void;
  private readonly running = new Map<string, Promise<void>>();
  private readonly dirty = new Set<string>();
  private readonly timers = new Map<string, { at: number; timer: NodeJS.Timeout }>();
  private readonly failures = new Map<string, number>();
  private stopped = false;

  constructor(
    handler: (key: string) => Promise<Outcome>,
    backoff: Backoff,
    onError: (key: string, error: string) => void = () => {},
  ) {
    this.handler = handler;
    this.backoff = backoff;
    this.onError = onError;
  }

  add(key: string): void {
    if (this.stopped) return;
    if (this.running.has(key)) {
      this.dirty.add(key);
      return;
    }
    const run = this.process(key).finally(() => {
      this.running.delete(key);
      if (this.dirty.delete(key)) this.add(key);
    });
    this.running.set(key, run);
  }

  /** Add after a delay; an earlier pending request for the key wins. */
  addAfter(key: string, ms: number): void {
    if (this.stopped) return;
    const at = Date.now() + ms;
    const pending = this.timers.get(key);
    if (pending && pending.at <= at) return;
    if (pending) clearTimeout(pending.timer);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.add(key);
    }, ms);
    this.timers.set(key, { at, timer });
  }

  stop(): void {
    this.stopped = true;
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /** Resolves when nothing is running (timers may still be pending). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running.values()]);
  }

  private async process(key: string): Promise<void> {
    let outcome: Outcome;
    try {
      outcome = await this.handler(key);
    } catch (error) {
      outcome = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    if (outcome.error !== undefined) {
      const failures = (this.failures.get(key) ?? 0) + 1;
      this.failures.set(key, failures);
      this.onError(key, outcome.error);
      this.addAfter(key, Math.min(this.backoff.maxMs, this.backoff.baseMs * 2 ** (failures - 1)));
      return;
    }
    this.failures.delete(key);
    if (outcome.requeueAfterMs !== undefined) this.addAfter(key, outcome.requeueAfterMs);
  }
}
