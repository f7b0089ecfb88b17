import { parseArgs } from "node:util";
import { PATHS, type PathName } from "./report.ts";

/** What `npm run fuzz` runs: which paths, how many inputs each, from which seed. */
export interface FuzzOptions {
  seed: number;
  paths: PathName[];
  /** Inputs per path; the function's over-the-wire part gets a seventh of its count. */
  runs: Record<PathName, number>;
  /** An input that takes longer than this is a hang. */
  timeoutMs: number;
  /** Also send the provider a real request just under its size limit and one over it (about 512 MB in all). */
  limits: boolean;
}

/**
 * The full run: over 100,000 inputs through the cty codecs, the request decoding and the
 * provider's server, and 12,000 RunFunctionRequests (10,500 in process, as
 * functions/cozystack/fuzz.test.ts runs, and 1,500 over the function's server).
 */
export const FULL_RUNS: Record<PathName, number> = {
  cty: 60_000,
  proto: 40_000,
  rpc: 5_000,
  function: 10_500,
};

export type ParsedOptions = { ok: true; options: FuzzOptions } | { ok: false; message: string };

export const USAGE = `npm run fuzz -- [--seed N] [--runs N] [--paths ${PATHS.join(",")}] [--timeout MS] [--no-limits]
  --seed N     the seed to start from (default: random, printed)
  --runs N     inputs per selected path (default: ${PATHS.map((p) => `${p} ${FULL_RUNS[p]}`).join(", ")})
  --paths      which paths to run, comma-separated (default: all)
  --timeout    milliseconds before an input counts as hung (default 10000)
  --no-limits  skip the two requests at the provider's 256 MiB limit`;

export function parseOptions(argv: readonly string[], randomSeed: () => number = defaultSeed): ParsedOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        seed: { type: "string" },
        runs: { type: "string" },
        paths: { type: "string" },
        timeout: { type: "string" },
        "no-limits": { type: "boolean" },
      },
      strict: true,
    }));
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const seed = values.seed === undefined ? randomSeed() : Number(values.seed);
  if (!Number.isSafeInteger(seed))
    return { ok: false, message: `--seed must be an integer, got ${values.seed}` };
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  if (runs !== undefined && !(Number.isSafeInteger(runs) && runs > 0))
    return { ok: false, message: `--runs must be a positive integer, got ${values.runs}` };
  const paths = (values.paths ?? PATHS.join(",")).split(",").map((p) => p.trim());
  const unknown = paths.filter((p) => !PATHS.includes(p as PathName));
  if (unknown.length > 0)
    return { ok: false, message: `unknown path ${unknown.join(", ")}; the paths are ${PATHS.join(", ")}` };
  const timeoutMs = values.timeout === undefined ? 10_000 : Number(values.timeout);
  if (!(Number.isSafeInteger(timeoutMs) && timeoutMs > 0))
    return {
      ok: false,
      message: `--timeout must be a positive number of milliseconds, got ${values.timeout}`,
    };
  return {
    ok: true,
    options: {
      seed,
      paths: PATHS.filter((p) => paths.includes(p)),
      runs: Object.fromEntries(PATHS.map((p) => [p, runs ?? FULL_RUNS[p]])) as Record<PathName, number>,
      timeoutMs,
      limits: !values["no-limits"],
    },
  };
}

/** A seed fast-check accepts: a 31-bit integer. */
export function defaultSeed(): number {
  return Math.floor(Math.random() * 0x7fffffff);
}
