import { describe, expect, it } from "vitest";
import { configType, engineFor, summaries, sent } from "./engine.test-support.ts";
import { validateListResourceConfig } from "./validate-list-resource-config.ts";

describe("ValidateListResourceConfig", () => {
  it.each([
    {
      type: "toy_box",
      config: sent({ region: "eu" }, configType),
      expected: [],
      reason: "a list block's configuration",
    },
    {
      type: "toy_box",
      config: undefined,
      expected: ["error: ValidateListResourceConfig: the host sent no configuration"],
      reason: "no configuration is an error, not a crash",
    },
    {
      type: "toy_nothing",
      config: undefined,
      expected: ["error: Unknown list resource type"],
      reason: "an unknown type is refused first",
    },
  ])("$reason", async ({ type, config, expected }) => {
    const answer = await validateListResourceConfig(engineFor(), { type_name: type, config });
    expect(summaries(answer.diagnostics)).toEqual(expected);
  });
});
