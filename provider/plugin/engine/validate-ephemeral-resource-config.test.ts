import { describe, expect, it } from "vitest";
import { configType, engineFor, summaries, sent } from "./engine.test-support.ts";
import { validateEphemeralResourceConfig } from "./validate-ephemeral-resource-config.ts";

describe("ValidateEphemeralResourceConfig", () => {
  it.each([
    {
      type: "toy_token",
      expected: [],
      reason: "an ephemeral resource without validate accepts any configuration",
    },
    {
      type: "toy_nothing",
      expected: ["error: Unknown ephemeral resource type"],
      reason: "an unknown type is refused",
    },
  ])("$reason", async ({ type, expected }) => {
    const answer = await validateEphemeralResourceConfig(engineFor(), {
      type_name: type,
      config: sent({ region: "eu" }, configType),
    });
    expect(summaries(answer.diagnostics)).toEqual(expected);
  });
});
