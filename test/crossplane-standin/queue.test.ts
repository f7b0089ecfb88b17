import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ComposedIndex } from "./context.ts";
import { WorkQueue, type Outcome } from "./queue.ts";

describe("the work queue", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function recording(outcomes: Outcome[] = []) {
    const calls: string[] = [];
    let release: (() => void) | undefined;
    const queue = new WorkQueue(
      async (key) => {
        calls.push(key);
        if (key === "slow") await new Promise<void>((r) => (release = r));
        return outcomes.shift() ?? {};
      },
      { baseMs: 100, maxMs: 350 },
    );
    return { queue, calls, release: () => release?.() };
  }

  it("runs a key added while it runs once more afterwards, never twice at once", async () => {
    const { queue, calls, release } = recording();
    queue.add("slow");
    queue.add("slow");
    queue.add("slow");
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(["slow"]);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(["slow", "slow"]);
    release();
    await queue.idle();
    expect(calls).toHaveLength(2);
  });

  it("requeues after the asked delay, the earliest request winning", async () => {
    const { queue, calls } = recording([{ requeueAfterMs: 500 }]);
    queue.add("k");
    await vi.advanceTimersByTimeAsync(0);
    queue.addAfter("k", 200);
    await vi.advanceTimersByTimeAsync(199);
    expect(calls).toEqual(["k"]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual(["k", "k"]);
  });

  it("backs off exponentially after errors, capped, and starts again from the base after a success", async () => {
    const { queue, calls } = recording([
      { error: "a" },
      { error: "b" },
      { error: "c" },
      { error: "d" },
      {},
      { error: "e" },
    ]);
    const at = [Date.now()];
    queue.add("k");
    const next = async () => {
      const before = calls.length;
      while (calls.length === before) await vi.advanceTimersByTimeAsync(10);
      at.push(Date.now());
    };
    for (let i = 0; i < 4; i++) await next();
    // The success asks for nothing; the next error comes from a new add.
    queue.add("k");
    await vi.advanceTimersByTimeAsync(0);
    at.push(Date.now());
    await next();
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    // Retries after 100, 200, 350 (capped) and 350 ms; after the success, 100 ms again.
    expect(gaps).toEqual([100, 200, 350, 350, 0, 100]);
  });

  it("does nothing once stopped", async () => {
    const { queue, calls } = recording();
    queue.addAfter("k", 10);
    queue.stop();
    queue.add("k");
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toEqual([]);
  });
});

describe("the composed-resource index", () => {
  const ref = (name: string, namespace = "ns") => ({ apiVersion: "v1", kind: "ConfigMap", name, namespace });

  it("maps a composed object to every XR that references it, and forgets replaced references", () => {
    const index = new ComposedIndex();
    index.set("xrd\u0000ns/a", [ref("one"), ref("two")]);
    index.set("xrd\u0000ns/b", [ref("two")]);
    expect(index.ownersOf(ref("two")).sort()).toEqual(["xrd\u0000ns/a", "xrd\u0000ns/b"]);
    index.set("xrd\u0000ns/a", [ref("three")]);
    expect(index.ownersOf(ref("one"))).toEqual([]);
    expect(index.ownersOf(ref("two"))).toEqual(["xrd\u0000ns/b"]);
    index.forget("xrd\u0000ns/b");
    expect(index.ownersOf(ref("two"))).toEqual([]);
    expect(index.ownersOf(ref("three", "other"))).toEqual([]);
  });
});
