import { describe, expect, it } from "vitest";
import {
  box1,
  boxType,
  engineFor,
  summaries,
  sent,
  toyDefinition,
  type Recorded,
} from "./engine.test-support.ts";
import { validateResourceConfig } from "./validate-resource-config.ts";

describe("ValidateResourceConfig", () => {
  it("hands the configuration and the client's capabilities to the resource", async () => {
    const recorded: Recorded = { calls: [] };
    const answer = await validateResourceConfig(engineFor(toyDefinition(recorded)), {
      type_name: "toy_box",
      config: sent(box1("a"), boxType),
      client_capabilities: { deferral_allowed: false, write_only_attributes_allowed: true },
    });
    expect(answer.diagnostics).toEqual([]);
    expect(recorded.calls).toEqual([
      {
        name: "validate",
        req: {
          config: box1("a"),
          clientCapabilities: { deferralAllowed: false, writeOnlyAttributesAllowed: true },
        },
      },
    ]);
  });

  it.each([
    {
      type: "toy_box",
      name: "fail",
      expected: ["error: refused"],
      reason: "the resource's diagnostics are passed on",
    },
    {
      type: "toy_nothing",
      name: "a",
      expected: ["error: Unknown resource type"],
      reason: "an unknown type is refused",
    },
  ])("$reason", async ({ type, name, expected }) => {
    const answer = await validateResourceConfig(engineFor(), {
      type_name: type,
      config: sent(box1(name), boxType),
    });
    expect(summaries(answer.diagnostics)).toEqual(expected);
  });
});
