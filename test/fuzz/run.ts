import { functionWirePath } from "./function.ts";
import type { FuzzOptions } from "./options.ts";
import { runAsync } from "./property.ts";
import { countOf, formatResult, type PathName, type PathResult } from "./report.ts";
import { rpcPath } from "./rpc.ts";
import { runWatched } from "./watchdog.ts";

/**
 * Runs the selected paths one after another and reports each as it ends. The cty and
 * protobuf paths, and the function in process, run in a watched worker; the provider and
 * the function over the wire run against their real servers.
 */
export interface FuzzReport {
  seed: number;
  results: PathResult[];
  milliseconds: number;
  failed: boolean;
}

export async function runFuzz(
  options: FuzzOptions,
  print: (line: string) => void = () => {},
): Promise<FuzzReport> {
  const started = performance.now();
  const results: PathResult[] = [];
  for (const path of options.paths) {
    const result = await runPath(path, options);
    print(formatResult(result));
    results.push(result);
  }
  const failed = results.some((r) => r.findings.length > 0);
  return { seed: options.seed, results, milliseconds: performance.now() - started, failed };
}

async function runPath(path: PathName, options: FuzzOptions): Promise<PathResult> {
  const seed = options.seed;
  const runs = options.runs[path];
  switch (path) {
    case "cty":
    case "proto":
      return runWatched(path, { seed, runs }, options.timeoutMs);
    case "rpc":
      return runAsync(rpcPath(options.timeoutMs, options.limits, seed), { seed, runs, batch: 250 });
    case "function": {
      const inProcess = await runWatched("function", { seed, runs }, options.timeoutMs);
      const wire = await runAsync(functionWirePath(options.timeoutMs), {
        seed,
        runs: Math.ceil(runs / 7),
        batch: 250,
      });
      return merge(inProcess, wire);
    }
  }
}

/** The function's two parts as one path: in process, then over the wire. */
function merge(inProcess: PathResult, wire: PathResult): PathResult {
  const errors: Record<string, number> = { ...inProcess.errors };
  for (const [kind, n] of Object.entries(wire.errors))
    errors[`wire: ${kind}`] = (errors[`wire: ${kind}`] ?? 0) + n;
  return {
    path: "function",
    inputs: inProcess.inputs + wire.inputs,
    errors,
    findings: [...inProcess.findings, ...wire.findings],
    milliseconds: inProcess.milliseconds + wire.milliseconds,
    notes: [
      `${inProcess.inputs} RunFunctionRequests in process, ${wire.inputs} over the function's gRPC server`,
      ...wire.notes,
    ],
  };
}

/** The closing lines: totals, and how to reproduce. */
export function summary(report: FuzzReport): string {
  const inputs = report.results.reduce((n, r) => n + r.inputs, 0);
  const count = (kind: "crash" | "hang" | "unhandled rejection") =>
    report.results.reduce((n, r) => n + countOf(r, kind), 0);
  return [
    `total: ${inputs} inputs in ${(report.milliseconds / 1000).toFixed(1)} s, seed ${report.seed}; ` +
      `crashes ${count("crash")}, hangs ${count("hang")}, unhandled rejections ${count("unhandled rejection")}`,
    report.failed ? `FAILED; reproduce with: npm run fuzz -- --seed ${report.seed}` : "passed",
  ].join("\n");
}
