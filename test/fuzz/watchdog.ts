import fc from "fast-check";
import { Worker } from "node:worker_threads";
import type { RunOptions } from "./property.ts";
import { printable, type PathName, type PathResult } from "./report.ts";
import { syncPaths } from "./sync-paths.ts";

/**
 * Runs a synchronous path in a worker and watches it: an input that has not returned
 * after `timeoutMs` is a hang. The worker is stopped and the hung input regenerated here
 * from the seed (the generator is deterministic), so that the finding can show it.
 */
export function runWatched(path: PathName, opts: RunOptions, timeoutMs: number): Promise<PathResult> {
  const progress = new SharedArrayBuffer(4);
  const counter = new Int32Array(progress);
  const started = performance.now();
  const worker = new Worker(new URL("./sync-worker.ts", import.meta.url), {
    workerData: { path, seed: opts.seed, runs: opts.runs, progress },
  });
  return new Promise((resolve) => {
    let last = -1;
    let since = performance.now();
    const watch = setInterval(
      () => {
        const now = Atomics.load(counter, 0);
        if (now !== last) {
          last = now;
          since = performance.now();
          return;
        }
        if (performance.now() - since < timeoutMs) return;
        clearInterval(watch);
        void worker.terminate();
        void hungResult(path, opts, now, timeoutMs, performance.now() - started).then(resolve);
      },
      Math.min(250, timeoutMs / 4),
    );
    worker.once("message", (result: PathResult) => {
      clearInterval(watch);
      resolve(result);
    });
    worker.once("error", (error) => {
      clearInterval(watch);
      resolve({
        path,
        inputs: Atomics.load(counter, 0),
        errors: {},
        findings: [
          {
            kind: "crash",
            problem: `the worker died: ${error.stack ?? error.message}`,
            seed: opts.seed,
            input: `(input #${Atomics.load(counter, 0)} of the run)`,
          },
        ],
        milliseconds: performance.now() - started,
        notes: [],
      });
    });
  });
}

async function hungResult(
  path: PathName,
  opts: RunOptions,
  started: number,
  timeoutMs: number,
  ms: number,
): Promise<PathResult> {
  const arbitrary = (await syncPaths[path]!()).arbitrary;
  const inputs = started <= opts.runs ? fc.sample(arbitrary, { seed: opts.seed, numRuns: started }) : [];
  return {
    path,
    inputs: started,
    errors: {},
    findings: [
      {
        kind: "hang",
        problem: `input #${started} of the run did not return within ${timeoutMs} ms`,
        seed: opts.seed,
        input: inputs.length === started ? printable(inputs.at(-1)) : "(an input fast-check was shrinking)",
      },
    ],
    milliseconds: ms,
    notes: [],
  };
}
