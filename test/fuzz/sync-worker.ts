import { parentPort, workerData } from "node:worker_threads";
import type { RunOptions, SyncPath } from "./property.ts";
import { runSync } from "./property.ts";
import type { PathName } from "./report.ts";
import { syncPaths } from "./sync-paths.ts";

/**
 * Runs one synchronous path in a worker thread, so that the main thread can notice an
 * input that never returns: every input bumps a shared counter the watchdog reads.
 */
interface Job extends RunOptions {
  path: PathName;
  progress: SharedArrayBuffer;
}

const job = workerData as Job;
const counter = new Int32Array(job.progress);
const path = (await syncPaths[job.path]!()) as SyncPath<unknown>;
const result = runSync(path, job, () => Atomics.add(counter, 0, 1));
parentPort!.postMessage(result);
