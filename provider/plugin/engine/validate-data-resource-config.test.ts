import { describe, expect, it } from "vitest";
import { box1, boxType, engineFor, summaries, sent } from "./engine.test-support.ts";
import { validateDataResourceConfig } from "./validate-data-resource-config.ts";

describe("ValidateDataResourceConfig", () => {
  it.each([
    { type: "toy_lookup", expected: [], reason: "a data source without validate accepts any configuration" },
    {
      type: "toy_nothing",
      expected: ["error: Unknown data source type"],
      reason: "an unknown type is refused",
    },
  ])("$reason", async ({ type, expected }) => {
    const answer = await validateDataResourceConfig(engineFor(), {
      type_name: type,
      config: sent(box1("fail"), boxType),
    });
    expect(summaries(answer.diagnostics)).toEqual(expected);
  });

  it("names the missing type in the detail", async () => {
    const answer = await validateDataResourceConfig(engineFor(), { type_name: "toy_nothing" });
    expect(answer.diagnostics[0]?.detail).toBe('This provider has no data source "toy_nothing".');
  });
});
