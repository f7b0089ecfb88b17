import { describe, expect, it } from "vitest";
import { defaultSeed, type FuzzOptions } from "../fuzz/options.ts";
import { formatResult, PATHS } from "../fuzz/report.ts";
import { runFuzz } from "../fuzz/run.ts";

/**
 * A sample of `npm run fuzz` (test/fuzz): every path, a few thousand inputs, a seed that
 * changes from run to run unless FUZZ_SEED fixes it. A failure names the seed and the
 * minimal failing input; `npm run fuzz -- --seed N --paths <path>` reproduces it.
 */
const seed = process.env.FUZZ_SEED === undefined ? defaultSeed() : Number(process.env.FUZZ_SEED);

const sample: FuzzOptions = {
  seed,
  paths: [...PATHS],
  runs: { cty: 4000, proto: 4000, rpc: 300, function: 700 },
  timeoutMs: 20_000,
  limits: false,
};

describe(`npm run fuzz, a sample (seed ${seed})`, () => {
  it("finds no crash, hang or unhandled rejection on any path", async () => {
    const report = await runFuzz(sample);
    expect(report.results.map((r) => r.path)).toEqual([...PATHS]);
    for (const result of report.results) {
      expect(result.findings, `seed ${seed}:\n${formatResult(result, false)}`).toEqual([]);
      // Inputs really ran: the function's count adds its over-the-wire part.
      expect(result.inputs, `${result.path} ran too few inputs`).toBeGreaterThanOrEqual(
        sample.runs[result.path],
      );
    }
  });
});
