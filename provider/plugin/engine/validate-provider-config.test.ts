import { describe, expect, it } from "vitest";
import { configType, engineFor, summaries, sent } from "./engine.test-support.ts";
import { validateProviderConfig } from "./validate-provider-config.ts";

describe("ValidateProviderConfig", () => {
  it.each([
    { region: "eu", expected: [], reason: "the definition finds nothing wrong" },
    { region: "fail", expected: ["error: refused"], reason: "the definition's diagnostics are passed on" },
    {
      region: "throw",
      expected: ["error: Unexpected error in ValidateProviderConfig"],
      reason: "a throw is a diagnostic",
    },
  ])("region $region: $reason", async ({ region, expected }) => {
    const answer = await validateProviderConfig(engineFor(), { config: sent({ region }, configType) });
    expect(summaries(answer.diagnostics)).toEqual(expected);
  });

  it("a configuration the host did not send is an error, not a crash", async () => {
    const answer = await validateProviderConfig(engineFor(), {});
    expect(summaries(answer.diagnostics)).toEqual([
      "error: ValidateProviderConfig: the host sent no configuration",
    ]);
  });
});
